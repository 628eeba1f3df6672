import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { limitNumber, overLimit, splitAtLimit } from '@renderer/shared/too-long';

describe('splitAtLimit', () => {
  it('cuts after the last word break within the limit, and the two parts are the whole text', () => {
    const text = 'one two three four';
    const { keep, rest } = splitAtLimit(text, 10);
    expect(keep).toBe('one two ');
    expect(rest).toBe('three four');
    expect(keep + rest).toBe(text);
  });

  it('prefers a line break, and cuts at the limit when no break is near it', () => {
    expect(splitAtLimit('first line\nsecond', 14)).toEqual({ keep: 'first line\n', rest: 'second' });
    const word = 'x'.repeat(5000);
    expect(splitAtLimit(word, 4000)).toEqual({ keep: 'x'.repeat(4000), rest: 'x'.repeat(1000) });
  });

  it('leaves a text within the limit whole', () => {
    expect(splitAtLimit('short', 10)).toEqual({ keep: 'short', rest: '' });
  });
});

describe('overLimit', () => {
  it('reads the limit from the schema’s words, for the journal’s texts and the plan’s note alike', () => {
    const field = (message: string) =>
      new ApiError({ code: 'VALIDATION', message: 'Check the highlighted fields.', details: [{ path: 'body', message }] });
    expect(overLimit(field('This is over 100,000 characters; please shorten it.'))).toBe('100,000');
    expect(overLimit(field('This note is over 100,000 characters; please shorten it.'))).toBe('100,000');
    expect(overLimit(field('Enter the company.'))).toBeNull();
    expect(limitNumber('100,000')).toBe(100_000);
  });
});
