import { searchTerms, type SearchTerm } from '../../shared/search-terms';

/** A search ready for SQL: the FTS5 expression, and texts each hit must also contain as typed. */
export interface FtsSearch {
  match: string;
  /** Lowercase ASCII texts (".net") the index cannot tell apart from a plain word, checked on the hit's text. */
  literals: string[];
}

/**
 * One term as an FTS5 phrase: its words side by side, the last one a prefix ("interv" finds "interview",
 * "IFRS-1" finds "IFRS-16"). Words hold no double quote, so nothing inside can be read as FTS syntax.
 */
export function ftsPhrase(term: SearchTerm): string {
  return `"${term.words.join(' ')}"*`;
}

// SQLite's lower() folds ASCII only, so only an ASCII literal can be compared without case.
const ASCII = /^[\x20-\x7e]+$/;

/**
 * Turns what a person typed into a safe FTS5 query where every term must appear (the journal's search), or null
 * when nothing searchable is left, which is no search at all.
 */
export function toFtsQuery(input: string): FtsSearch | null {
  const terms = searchTerms(input);
  if (!terms.length) return null;
  const literals = terms.flatMap((t) => (t.literal && ASCII.test(t.literal) ? [t.literal.toLowerCase()] : []));
  return { match: terms.map(ftsPhrase).join(' '), literals: [...new Set(literals)] };
}
