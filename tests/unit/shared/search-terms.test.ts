import { describe, expect, it } from 'vitest';
import { isSearchable, MAX_SEARCH_TERMS, searchTerms } from '../../../electron/shared/search-terms';

const words = (input: string) => searchTerms(input).map((t) => t.words);

describe('searchTerms', () => {
  it('reads technical terms as typed: C++ and C# whole, joined words as one term', () => {
    expect(words('C++')).toEqual([['C++']]);
    expect(words('C#')).toEqual([['C#']]);
    expect(words('IFRS-16')).toEqual([['IFRS', '16']]);
    expect(words('node.js')).toEqual([['node', 'js']]);
    expect(words('24/7')).toEqual([['24', '7']]);
    expect(words('C++/CLI')).toEqual([['C++', 'CLI']]);
    expect(words("it's")).toEqual([['it', 's']]);
    expect(words('hank@globex.example')).toEqual([['hank', 'globex', 'example']]);
  });

  it('keeps the dot of .NET as a literal, since the index drops it', () => {
    expect(searchTerms('.NET')).toEqual([{ words: ['NET'], literal: '.NET' }]);
    expect(searchTerms('(.NET)')).toEqual([{ words: ['NET'], literal: '.NET' }]);
    expect(searchTerms('ASP.NET')).toEqual([{ words: ['ASP', 'NET'], literal: null }]);
    expect(searchTerms('C#/.NET')).toEqual([
      { words: ['C#'], literal: null },
      { words: ['NET'], literal: '.NET' },
    ]);
  });

  it('drops punctuation at the edges, and splits at anything that is not a single joiner', () => {
    expect(words('C++.')).toEqual([['C++']]);
    expect(words('(IFRS-16),')).toEqual([['IFRS', '16']]);
    expect(words('e.g.')).toEqual([['e', 'g']]);
    expect(words('notes:cats')).toEqual([['notes'], ['cats']]);
    expect(words('c"a"t')).toEqual([['c'], ['a'], ['t']]);
    expect(words('NEAR(a b, 2)')).toEqual([['NEAR'], ['a'], ['b'], ['2']]);
    expect(words('a--b')).toEqual([['a'], ['b']]);
    expect(words('^start -not')).toEqual([['start'], ['not']]);
  });

  it('finds nothing to search in punctuation alone, so it is no search', () => {
    for (const input of [
      '',
      '   ',
      '"',
      '""',
      '*',
      '%',
      '(',
      '()',
      ':',
      '-',
      '...',
      '+',
      '#',
      '++',
      '\u0002\u0003',
      '—–',
      '!@#$%^&*()_+',
    ]) {
      expect(searchTerms(input), JSON.stringify(input)).toEqual([]);
      expect(isSearchable(input), JSON.stringify(input)).toBe(false);
    }
    expect(isSearchable('C++')).toBe(true);
    expect(isSearchable(' "x" ')).toBe(true);
  });

  it('folds compatibility forms and composes accents, in any script', () => {
    expect(words('ＡＢＣ')).toEqual([['ABC']]);
    expect(words('cafe\u0301')).toEqual([['café']]);
    expect(words('東京 面接')).toEqual([['東京'], ['面接']]);
    expect(words('Ｃ＋＋')).toEqual([['C++']]);
  });

  it(`keeps the first ${MAX_SEARCH_TERMS} terms`, () => {
    const terms = searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
    expect(terms).toHaveLength(MAX_SEARCH_TERMS);
    expect(terms[0].words).toEqual(['w0']);
    expect(terms[MAX_SEARCH_TERMS - 1].words).toEqual([`w${MAX_SEARCH_TERMS - 1}`]);
  });
});
