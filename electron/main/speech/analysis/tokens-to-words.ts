import type { TimedWord } from '../../../shared/speech-schemas';

/** One piece of whisper output: with maxLen 1 and token timestamps, each segment is a single token. */
export interface TimedToken {
  text: string;
  /** Seconds from the start of the audio. */
  start: number;
  end: number;
}

// Whisper writes sounds it hears but cannot spell as [BLANK_AUDIO], [Music], (laughs), *coughs*: not words.
const OPENERS: Record<string, string> = { '[': ']', '(': ')', '*': '*' };

/** Drops bracketed annotations, which may span several tokens ("[", "BL", "ANK", "_", "AUDIO", "]"). */
function withoutAnnotations(tokens: readonly TimedToken[]): TimedToken[] {
  const kept: TimedToken[] = [];
  let closer: string | null = null;
  for (const token of tokens) {
    let text = '';
    for (const ch of token.text) {
      if (closer) {
        if (ch === closer) closer = null;
      } else if (OPENERS[ch]) {
        closer = OPENERS[ch];
      } else text += ch;
    }
    if (text.length) kept.push({ ...token, text });
  }
  return kept;
}

/**
 * Joins sub-word tokens into words: a token that begins with a space starts a word, one that does not continues it
 * ("Amer" + "icans" + ","), so each word spans from its first piece's start to its last piece's end.
 */
export function tokensToWords(tokens: readonly TimedToken[]): TimedWord[] {
  const words: TimedWord[] = [];
  for (const token of withoutAnnotations(tokens)) {
    const startsWord = /^\s/.test(token.text) || words.length === 0;
    const text = token.text.replace(/\s+/g, ' ');
    const pieces = text.trim().split(' ');
    if (!pieces[0]) continue;
    pieces.forEach((piece, i) => {
      const last = words[words.length - 1];
      if (i === 0 && !startsWord && last) {
        last.word += piece;
        last.end = Math.max(last.end, token.end);
      } else {
        words.push({ word: piece, start: token.start, end: Math.max(token.start, token.end) });
      }
    });
  }
  // A word of punctuation alone ("-", "...") is not a spoken word; it is kept on the word before it.
  const spoken: TimedWord[] = [];
  for (const w of words) {
    const prev = spoken[spoken.length - 1];
    if (!/[\p{L}\p{N}]/u.test(w.word)) {
      if (prev) {
        prev.word += w.word;
        prev.end = Math.max(prev.end, w.end);
      }
    } else spoken.push(w);
  }
  return spoken;
}

/** The transcript's text: its words joined by single spaces. */
export function wordsToText(words: readonly TimedWord[]): string {
  return words.map((w) => w.word).join(' ');
}
