import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../electron/main/db/fts-query';

const match = (input: string) => toFtsQuery(input)?.match ?? null;

describe('toFtsQuery', () => {
  it('quotes each term and makes its last word a prefix, every term required', () => {
    expect(match('whiteb')).toBe('"whiteb"*');
    expect(match('system design')).toBe('"system"* "design"*');
    expect(match('  many   spaces\tand\nlines ')).toBe('"many"* "spaces"* "and"* "lines"*');
  });

  it('searches technical terms as typed: whole words with + and #, phrases for joined words', () => {
    expect(match('C++')).toBe('"C++"*');
    expect(match('C#')).toBe('"C#"*');
    expect(match('IFRS-16 lease')).toBe('"IFRS 16"* "lease"*');
    expect(match('node.js')).toBe('"node js"*');
    expect(match('24/7')).toBe('"24 7"*');
    expect(toFtsQuery('.NET')).toEqual({ match: '"NET"*', literals: ['.net'] });
    expect(toFtsQuery('.NET .net')?.literals).toEqual(['.net']);
    // A non-ASCII literal cannot be compared without case in SQLite, so its phrase alone decides.
    expect(toFtsQuery('.Ärger')?.literals).toEqual([]);
  });

  it('strips FTS syntax: quotes, stars, parentheses, column filters, carets, minus, and keeps words', () => {
    expect(match('"quoted phrase"')).toBe('"quoted"* "phrase"*');
    expect(match('cat*')).toBe('"cat"*');
    expect(match('NEAR(a b, 2)')).toBe('"NEAR"* "a"* "b"* "2"*');
    expect(match('notes:cats')).toBe('"notes"* "cats"*');
    expect(match('{company role}: acme')).toBe('"company"* "role"* "acme"*');
    expect(match('^start -not')).toBe('"start"* "not"*');
    expect(match('it\'s c"a"t')).toBe('"it s"* "c"* "a"* "t"*');
    // Operators become plain words, quoted so FTS5 cannot read them as operators.
    expect(match('cats OR dogs AND NOT birds')).toBe('"cats"* "OR"* "dogs"* "AND"* "NOT"* "birds"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '"', '""', '*', '%', '()', ':', '-', '...', '+', '\u0002\u0003', '—–', '!@#$%^&*()_+']) {
      expect(toFtsQuery(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('never lets a double quote through inside a term', () => {
    for (const input of ['a"b', '"a" OR "b"', 'x""y', '“curly”', 'C++"', '"C#']) {
      const q = match(input)!;
      for (const term of q.split('* ')) expect(term.replace(/\*$/, '')).toMatch(/^"[^"]+"$/);
    }
  });
});
