import { describe, expect, it } from 'vitest';
import { WORD_HOLD_SECONDS, wordIndexAt, wordNear } from '@renderer/features/speech/word-at-time';
import { WORDS } from './speech-fixtures';

describe('wordIndexAt', () => {
  it('finds no word before the first one starts, or in an empty transcript', () => {
    expect(wordIndexAt(WORDS, 0)).toBe(-1);
    expect(wordIndexAt(WORDS, 0.29)).toBe(-1);
    expect(wordIndexAt([], 1)).toBe(-1);
  });

  it('finds the word being said, from its very start', () => {
    expect(wordIndexAt(WORDS, 0.3)).toBe(0);
    expect(wordIndexAt(WORDS, 0.45)).toBe(0);
    expect(wordIndexAt(WORDS, 2.0)).toBe(4);
    expect(wordIndexAt(WORDS, 6.3)).toBe(7);
  });

  it('at a boundary shared by two words, gives the one starting', () => {
    expect(wordIndexAt(WORDS, 1.9)).toBe(4);
    expect(wordIndexAt(WORDS, 2.4)).toBe(5);
  });

  it('in a short gap between words keeps the word just said', () => {
    expect(wordIndexAt(WORDS, 0.65)).toBe(0);
    expect(wordIndexAt(WORDS, 1.2)).toBe(1);
  });

  it('in a long silence, and after the last word, shows none once the hold is over', () => {
    expect(wordIndexAt(WORDS, 3.0 + WORD_HOLD_SECONDS - 0.01)).toBe(5);
    expect(wordIndexAt(WORDS, 3.0 + WORD_HOLD_SECONDS)).toBe(-1);
    expect(wordIndexAt(WORDS, 5.0)).toBe(-1);
    expect(wordIndexAt(WORDS, 5.8)).toBe(6);
    expect(wordIndexAt(WORDS, 6.6 + WORD_HOLD_SECONDS)).toBe(-1);
    expect(wordIndexAt(WORDS, 100)).toBe(-1);
  });

  it('agrees with a plain scan at every tenth of a second', () => {
    const scan = (t: number) => {
      let found = -1;
      WORDS.forEach((w, i) => {
        if (w.start <= t) found = i;
      });
      return found >= 0 && t < WORDS[found].end + WORD_HOLD_SECONDS ? found : -1;
    };
    for (let t = 0; t <= 8; t = Math.round((t + 0.1) * 10) / 10) expect(wordIndexAt(WORDS, t), `at ${t} s`).toBe(scan(t));
  });
});

describe('wordNear', () => {
  it('is the word being said, else the next to come, else the last', () => {
    expect(wordNear(WORDS, 0)).toBe(0);
    expect(wordNear(WORDS, 2.0)).toBe(4);
    expect(wordNear(WORDS, 4.5)).toBe(6);
    expect(wordNear(WORDS, 50)).toBe(7);
    expect(wordNear([], 1)).toBe(-1);
  });
});
