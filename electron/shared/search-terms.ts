/**
 * One thing to look for, as the person typed it: its words in order ("IFRS-16" is "IFRS" then "16", found only side
 * by side), and for a term that starts with a dot (".NET") the literal text, since the index drops that dot.
 */
export interface SearchTerm {
  words: string[];
  literal: string | null;
}

/** Most terms one search uses; a pasted paragraph is searched by its start. */
export const MAX_SEARCH_TERMS = 20;

// What the index keeps as word characters: letters, digits, marks, private use (unicode61's defaults) and its
// tokenchars "+" and "#", so C++ and C# are words of their own.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}+#]+/gu;
// Between two words, one of these keeps them one term ("node.js", "IFRS-16", "24/7", "it's", "hank@globex.example");
// anything else (a colon, a quote, a bracket, a second symbol) splits them, so FTS syntax never glues words together.
const JOINER = /^[.\-/'’_@&]$/u;
// A word must hold a letter or a digit: "+", "#" and "++" alone are punctuation, not something written.
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** The words of one whitespace-free chunk, grouped into terms. */
function chunkTerms(chunk: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let current: string[] = [];
  let end = 0;
  let literal: string | null = null;
  const flush = () => {
    if (current.length) terms.push({ words: current, literal });
    current = [];
    literal = null;
  };
  for (const match of chunk.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!SEARCHABLE.test(word)) {
      flush();
      end = start + word.length;
      continue;
    }
    const gap = chunk.slice(end, start);
    if (!current.length || !JOINER.test(gap)) {
      flush();
      // ".NET": a dot right before the first word, at the start of the chunk or after a bracket or quote.
      if (gap.endsWith('.') && !/[\p{L}\p{N}]/u.test(chunk.charAt(start - 2))) literal = `.${word}`;
    }
    current.push(word);
    end = start + word.length;
  }
  flush();
  return terms;
}

/**
 * Reads a search box into terms: whitespace separates terms, punctuation inside a chunk either joins its words into
 * one term or splits them, and nothing that is only punctuation ('"', '*', '%', '(') is kept. An empty list means
 * "no search": the list as it is.
 */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const chunk of input.normalize('NFKC').split(/\s+/u)) {
    if (chunk) terms.push(...chunkTerms(chunk));
    if (terms.length >= MAX_SEARCH_TERMS) break;
  }
  return terms.slice(0, MAX_SEARCH_TERMS);
}

/** True when the box holds something to search for; punctuation alone is no search, so no "found" count. */
export function isSearchable(input: string): boolean {
  return searchTerms(input).length > 0;
}
