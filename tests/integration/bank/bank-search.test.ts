import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call } from '../support/routes';

const open = useCores();

/** The texts a bank search returns, best first. */
async function found(core: Core, query: string, limit = 500): Promise<string[]> {
  return (await call(core, 'bank:list', { query, limit })).items.map((q) => q.text);
}

/** How many of the words start a word in the question or its hints: what the ranking counts. */
function wordsMatched(words: string[], q: { text: string; hints: string[] }): number {
  const haystack = `${q.text} ${q.hints.join(' ')}`.toLowerCase();
  return words.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}`, 'u').test(haystack)).length;
}

describe('the bank search forgives', () => {
  it('"conflict colleague" finds the question about a conflict with a colleague, first', async () => {
    const { core } = await open();
    const texts = await found(core, 'conflict colleague');
    expect(texts[0]).toBe('Tell me about a conflict with a colleague and how you resolved it.');
    // Word starts, in any case, and the words people type around them change nothing.
    expect((await found(core, 'CONFL COLLEAG'))[0]).toBe(texts[0]);
    expect((await found(core, 'tell me about a conflict with a colleague'))[0]).toBe(texts[0]);
  });

  it('matches any of the words, and ranks questions matching more of them higher', async () => {
    const { core } = await open();
    const page = await call(core, 'bank:list', { query: 'deadline missed pressure', limit: 500 });
    expect(page.total).toBe(page.items.length);
    const matched = page.items.map((q) => wordsMatched(['deadline', 'missed', 'pressure'], q));
    // Every result holds at least one of the words, and no result holds more of them than one above it.
    expect(matched.every((n) => n >= 1)).toBe(true);
    expect(matched).toEqual(matched.slice().sort((a, b) => b - a));
    expect(matched[0]).toBeGreaterThanOrEqual(2);
    // A word nobody wrote does not stop the others from finding.
    expect(await found(core, 'colleague zzyzx')).toEqual(await found(core, 'colleague'));
    // Word starts only: the middle of a word is not a match.
    expect(await found(core, 'flict')).toEqual([]);
  });

  it('finds the common behavioural questions by the words people use for them', async () => {
    const { core } = await open();
    const expectations: [string, string][] = [
      ['conflict manager', 'Tell me about a conflict or disagreement with your manager.'],
      ['failure', 'What is the biggest failure of your career so far?'],
      ['mistake', 'Tell me about a mistake you made that affected other people.'],
      ['pressure', 'Describe a time you worked under a lot of pressure.'],
      ['missed deadline', 'Tell me about a time you missed a deadline.'],
      ['feedback hard to hear', 'Tell me about feedback you received that was hard to hear.'],
      ['led without authority', 'Tell me about a time you led without formal authority.'],
      ['change pushed', 'Tell me about a change you pushed for at work.'],
    ];
    for (const [query, text] of expectations) expect((await found(core, query)).slice(0, 3), query).toContain(text);
  });

  it('narrows by category, pages the ranked list, and a punctuation-only search is the whole bank', async () => {
    const { core } = await open();
    const everything = await call(core, 'bank:list', { limit: 500 });
    for (const query of ['"', '*', '%', '('])
      expect((await call(core, 'bank:list', { query, limit: 500 })).total).toBe(everything.total);

    const situational = await call(core, 'bank:list', { query: 'colleague manager', category: 'situational', limit: 500 });
    expect(situational.items.length).toBeGreaterThan(0);
    expect(situational.items.every((q) => q.category === 'situational')).toBe(true);

    const all = await found(core, 'team work time');
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7)
      paged.push(...(await call(core, 'bank:list', { query: 'team work time', limit: 7, offset })).items.map((q) => q.text));
    expect(paged).toEqual(all);
  });

  it('finds the person’s own questions with technical terms as typed', async () => {
    const { core } = await open();
    await call(core, 'bank:add', { text: 'Why do you prefer C# to Java?', category: 'technical' });
    await call(core, 'bank:add', { text: 'How would you apply IFRS-16 to a car lease?', category: 'technical' });
    expect(await found(core, 'C#')).toEqual(['Why do you prefer C# to Java?']);
    expect(await found(core, 'IFRS-16')).toEqual(['How would you apply IFRS-16 to a car lease?']);
  });
});
