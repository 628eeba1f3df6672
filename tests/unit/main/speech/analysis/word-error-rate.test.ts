import { describe, expect, it } from 'vitest';
import { wordErrorRate } from '../../../../../electron/main/speech/analysis/word-error-rate';

describe('wordErrorRate', () => {
  const script = 'And so my fellow Americans, ask not what your country can do for you';
  it('is 0 for the same words, whatever the case and punctuation', () => {
    expect(wordErrorRate(script, 'and so, my fellow americans: ask not what your country can do for you.')).toBe(0);
  });
  it("counts substitutions, deletions and insertions over the script's words", () => {
    expect(wordErrorRate('a b c d', 'a x c d')).toBe(0.25);
    expect(wordErrorRate('a b c d', 'a c d')).toBe(0.25);
    expect(wordErrorRate('a b c d', 'a b c d e f')).toBe(0.5);
    expect(wordErrorRate('a b', '')).toBe(1);
    expect(wordErrorRate('', '')).toBe(0);
  });
});
