/** A word of a text with its offsets, its folded form and its stem. */
export interface MatchToken {
  start: number;
  end: number;
  /** Lower case, accents and apostrophes folded. */
  norm: string;
  /** The word with its inflections folded (stemWord); symbols and figures ("C++", "16", "CI/CD") stay as written. */
  stem: string;
}

// A token: letters and digits, with the symbols job texts write inside names kept ("C++", "C#", "CI/CD", "FP&A",
// "Node.js", "3.5%"). A trailing dot or slash is punctuation, not part of the word; a hyphen parts two words, so
// "month-end close" and "month end close" meet.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:[+#&./]+[\p{L}\p{N}]+)*[+#%]*/gu;

/** Folds case, accents and curly apostrophes so "Café's" and "cafe's" meet. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, '');
}

/**
 * Folds a word's inflections only (plural, possessive, -ed, -ing, a final e): "models" and "model", "managed" and
 * "manage", "forecasting" and "forecast" meet, but "excellent" stays apart from "Excel" and "management" from "manage",
 * which a full stemmer (Porter2) would join. Words with a digit or a symbol ("C++", "16", "CI/CD") are kept whole.
 */
export function stemWord(norm: string): string {
  if (!/^\p{L}+$/u.test(norm) || norm.length <= 3) return norm;
  let w = norm;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  // "planned" -> "plann" -> "plan", as "plan" is; "ll", "ss" and "zz" stay ("skilled" -> "skill").
  if (/([b-df-hj-kmnp-rtv-y])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Every word of a text, stemmed, with offsets into the text. */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const norm = fold(m[0]);
    if (!norm) continue;
    out.push({ start: m.index, end: m.index + m[0].length, norm, stem: stemWord(norm) });
  }
  return out;
}

/** Words that carry no content of their own: left out when a result's words are compared with an answer. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can did do does for from had has have how i if in into is it its just me my ' +
    'not of on or our so than that the their them then there these they this to was we were what when which who ' +
    'why will with you your about also more most very really us he she his her were after before over under all ' +
    'any each some such only own same too up out off again further once here both few other no nor'
  ).split(' '),
);

/**
 * Where a term occurs in a text as whole words: every word of the term, stemmed, side by side in the text (so "data
 * model" is not found in "data and a model", and "Excel" is not found in "excellent"). Returns the matched ranges.
 */
export function findTerm(termTokens: readonly MatchToken[], textTokens: readonly MatchToken[]): { start: number; end: number }[] {
  if (!termTokens.length) return [];
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + termTokens.length <= textTokens.length; i++) {
    let k = 0;
    while (k < termTokens.length && textTokens[i + k]!.stem === termTokens[k]!.stem) k++;
    if (k === termTokens.length) out.push({ start: textTokens[i]!.start, end: textTokens[i + k - 1]!.end });
  }
  return out;
}
