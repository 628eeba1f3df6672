import { describe, expect, it } from 'vitest';
import { singularOf } from '../../../../electron/main/stories/job-terms/singular';

describe('a plural word made singular, the one rule every job-term comparison uses', () => {
  it('makes English plurals singular, in lower case', () => {
    const plurals = ['policies', 'boxes', 'matches', 'processes', 'nurses', 'Radiographers', 'midwives', 'shelves', 'KPIs'];
    expect(plurals.map(singularOf)).toEqual([
      'policy',
      'box',
      'match',
      'process',
      'nurse',
      'radiographer',
      'midwife',
      'shelf',
      'kpi',
    ]);
  });

  it('leaves words that only end in s as they are', () => {
    const words = ['process', 'status', 'analysis', 'gas', 'NHS', 'archive', 'drives'];
    expect(words.map(singularOf)).toEqual(['process', 'status', 'analysis', 'gas', 'nhs', 'archive', 'drive']);
  });
});
