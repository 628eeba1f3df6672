// wink-porter2-stemmer ships no typings: it is one function from a word to its Porter2 stem.
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of one lower-case word. */
  export default function stem(word: string): string;
}
