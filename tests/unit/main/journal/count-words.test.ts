import { describe, expect, it } from 'vitest';
import { capitalised, countOf, countWord, everyOf } from '../../../../electron/main/journal/count-words';

describe('counts that read like sentences', () => {
  it('says every one of a group as a person would', () => {
    expect(everyOf(1, 'thing')).toBe('the one thing');
    expect(everyOf(2, 'thing')).toBe('both things');
    expect(everyOf(3, 'thing')).toBe('all three things');
    expect(everyOf(12, 'thing')).toBe('all 12 things');
  });

  it('spells small counts and keeps large ones as digits', () => {
    expect(countWord(0)).toBe('no');
    expect(countOf(1, 'slip')).toBe('one slip');
    expect(countOf(2, 'key point')).toBe('two key points');
    expect(countOf(11, 'slip')).toBe('11 slips');
    expect(capitalised(countOf(2, 'real gap'))).toBe('Two real gaps');
  });
});
