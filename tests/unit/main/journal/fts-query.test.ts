import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../electron/main/journal/fts-query';

describe('toFtsQuery', () => {
  it('quotes each word and makes it a prefix, all words required', () => {
    expect(toFtsQuery('whiteb')).toBe('"whiteb"*');
    expect(toFtsQuery('system design')).toBe('"system"* "design"*');
    expect(toFtsQuery('  many   spaces\tand\nlines ')).toBe('"many"* "spaces"* "and"* "lines"*');
  });

  it('strips FTS syntax: quotes, stars, parentheses, column filters, carets, minus, and keeps words', () => {
    expect(toFtsQuery('"quoted phrase"')).toBe('"quoted"* "phrase"*');
    expect(toFtsQuery('cat*')).toBe('"cat"*');
    expect(toFtsQuery('NEAR(a b, 2)')).toBe('"NEAR"* "a"* "b"* "2"*');
    expect(toFtsQuery('notes:cats')).toBe('"notes"* "cats"*');
    expect(toFtsQuery('{company role}: acme')).toBe('"company"* "role"* "acme"*');
    expect(toFtsQuery('^start -not +plus')).toBe('"start"* "not"* "plus"*');
    expect(toFtsQuery('it\'s c"a"t')).toBe('"it"* "s"* "c"* "a"* "t"*');
    // Operators become plain words, quoted so FTS5 cannot read them as operators.
    expect(toFtsQuery('cats OR dogs AND NOT birds')).toBe('"cats"* "OR"* "dogs"* "AND"* "NOT"* "birds"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '"', '""', '*', '()', ':', '-', '...', '\u0002\u0003', '—–', '!@#$%^&*()_+']) {
      expect(toFtsQuery(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('keeps letters and digits of any script, and folds compatibility forms', () => {
    expect(toFtsQuery('café')).toBe('"café"*');
    expect(toFtsQuery('Zoë 2026')).toBe('"Zoë"* "2026"*');
    expect(toFtsQuery('東京 面接')).toBe('"東京"* "面接"*');
    // Full-width letters (NFKC) become plain ASCII.
    expect(toFtsQuery('ＡＢＣ')).toBe('"ABC"*');
    // A decomposed é (e + combining accent) is composed first, so it stays one word.
    expect(toFtsQuery('cafe\u0301')).toBe('"café"*');
  });

  it('limits the query to the first 20 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const query = toFtsQuery(words.join(' '))!;
    expect(query.split(' ')).toHaveLength(20);
    expect(query.startsWith('"w0"* ')).toBe(true);
    expect(query.endsWith(' "w19"*')).toBe(true);
  });

  it('never lets a double quote through inside a word', () => {
    for (const input of ['a"b', '"a" OR "b"', 'x""y', '“curly”']) {
      const q = toFtsQuery(input)!;
      for (const term of q.split(' ')) expect(term).toMatch(/^"[^"]+"\*$/);
    }
  });
});
