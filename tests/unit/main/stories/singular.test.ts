import { describe, expect, it } from 'vitest';
import { singularOf } from '../../../../electron/main/stories/job-terms/singular';

describe('a plural word made singular, the one rule every job-term comparison uses', () => {
  it('makes English plurals singular, in lower case', () => {
    const pairs = {
      policies: 'policy',
      boxes: 'box',
      matches: 'match',
      processes: 'process',
      nurses: 'nurse',
      Radiographers: 'radiographer',
      midwives: 'midwife',
      shelves: 'shelf',
      KPIs: 'kpi',
      valves: 'valve',
      olives: 'olive',
      sizes: 'size',
      caches: 'cache',
      niches: 'niche',
      gases: 'gas',
      bonuses: 'bonus',
      movies: 'movie',
      ties: 'tie',
      objectives: 'objective',
    };
    expect(Object.keys(pairs).map(singularOf)).toEqual(Object.values(pairs));
  });

  it('leaves words that only end in s as they are', () => {
    const words = ['process', 'status', 'analysis', 'gas', 'NHS', 'news', 'series', 'logistics', 'macOS', 'archive'];
    expect(words.map(singularOf)).toEqual([
      'process',
      'status',
      'analysis',
      'gas',
      'nhs',
      'news',
      'series',
      'logistics',
      'macos',
      'archive',
    ]);
  });
});
