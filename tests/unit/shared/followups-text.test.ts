import { describe, expect, it } from 'vitest';
import { countWords, findUnfilled } from '../../../electron/shared/followups-text';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['Thank you for your time.', 5],
    ['Dear Ann,\n\nThanks  -  really.', 4],
    ['e-mail, 2026 and café', 4],
    ['{{interviewer_first_name}}, hello', 2],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('findUnfilled', () => {
  it('lists every {{name}} left in the texts once, in order, unknown ones and stray sections included', () => {
    expect(
      findUnfilled('Dear {{interviewer_name}}', 'About {{ specific_moment }}, {{interviewer_name}} and {{made_up}} {{#role}}'),
    ).toEqual(['interviewer_name', 'specific_moment', 'made_up', 'role']);
  });

  it('is empty for a finished text', () => {
    expect(findUnfilled('Subject', 'A body with {single} braces } and {{ but no tag')).toEqual([]);
  });
});
