import { describe, expect, it } from 'vitest';
import {
  chooseCitations,
  citationSentence,
  withoutSentence,
  type StoryBank,
} from '../../../../electron/main/followups/story-citations';
import { missedPointsText } from '../../../../electron/main/followups/missed-point-sentences';
import { bestStoryFor } from '../../../../electron/main/stories/best-story';
import type { Story } from '../../../../electron/shared/stories-schemas';
import { story as storyDetail } from '../../../helpers/story-details';

/** Story `id`, finished and otherwise blank, with the fields given. */
function story(id: number, fields: Partial<Story> = {}): Story {
  return storyDetail({
    id,
    title: `Story ${id}`,
    check: { draft: false, missingParts: [], resultHasNumber: false, pronouns: { singular: 0, plural: 0 }, remarks: [] },
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  });
}

describe('citationSentence', () => {
  it('tells where, what the person did and the result in one sentence when the parts read so', () => {
    expect(
      citationSentence({
        situation: 'At Acme Logistics, during the ERP migration. The close was slipping.',
        action: 'I rebuilt the month-end close checklist.',
        result: 'we closed the books in 3 days instead of 8.',
      }),
    ).toBe(
      'At Acme Logistics, during the ERP migration, I rebuilt the month-end close checklist and we closed the books in 3 days instead of 8.',
    );
  });

  it('opens with where or when only: a situation that tells what happened is left to the story', () => {
    const told = { action: 'I rebuilt the checklist', result: 'we closed in 3 days' };
    const situations = ['At Acme, the month-end close took 8 days.', 'At Acme the close took 8 days.'];
    expect(situations.map((situation) => citationSentence({ ...told, situation }))).toEqual([
      'At Acme, I rebuilt the checklist and we closed in 3 days.',
      'I rebuilt the checklist and we closed in 3 days.',
    ]);
  });

  it('lower-cases only a common first word of the result, and keeps a name or a figure as written', () => {
    const base = { situation: 'At Acme', action: 'I led the lease review' };
    const results = ['The audit found 0 issues', '40% fewer late entries', 'Northwind renewed for £1.2m'];
    expect(results.map((result) => citationSentence({ ...base, result }))).toEqual([
      'At Acme, I led the lease review and the audit found 0 issues.',
      'At Acme, I led the lease review and 40% fewer late entries.',
      // A word that may be a name stays capitalised: the result then stands as its own sentence.
      'At Acme, I led the lease review. Northwind renewed for £1.2m.',
    ]);
  });

  it('lower-cases a first word the story writes in lower case elsewhere: a common word, not a name', () => {
    expect(
      citationSentence({
        situation: 'At Northwind Retail',
        task: 'Get order data to the warehouse the same hour',
        action: 'I moved the batch jobs onto Kafka streams',
        result: 'Order data arrived in 4 minutes, not 6 hours',
      }),
    ).toBe('At Northwind Retail, I moved the batch jobs onto Kafka streams and order data arrived in 4 minutes, not 6 hours.');
  });

  it('keeps a result of several sentences whole, every claim and number in it', () => {
    const result = 'We cut the close from 8 days to 3. Audit adjustments fell by 60%. The CFO made it the standard.';
    const sentence = citationSentence({
      situation: 'The company had grown fast',
      action: 'I mapped every step, then cut the waiting. It took a month.',
      result,
    });
    expect(sentence).toBe(result);
  });

  it('uses the result alone when the action is not told as "I ..." and the situation does not say where', () => {
    expect(citationSentence({ situation: 'Busy season', action: 'Mapped the steps', result: 'close time fell 40%' })).toBe(
      'Close time fell 40%.',
    );
    expect(
      citationSentence({ situation: 'In my last role at a bank', action: '', result: 'we passed the audit with 0 findings!' }),
    ).toBe('In my last role at a bank, we passed the audit with 0 findings.');
  });

  it('has nothing to cite for a story with no result', () => {
    expect(citationSentence({ situation: 'At Acme', action: 'I led it', result: '  ' })).toBeNull();
  });
});

describe('chooseCitations', () => {
  const linked = story(1, {
    title: 'Lease review',
    result: 'We restated 40 leases in 2 weeks',
    links: [{ questionId: 9, questionText: 'IFRS 16?', category: 'technical' }],
  });
  const close = story(2, { title: 'Close rebuilt', result: 'The close went from 8 days to 3' });
  const empty = story(3, { title: 'Half written', result: '' });
  const bank = (best: Record<string, Story | null>): StoryBank => ({
    list: () => [linked, close, empty],
    bestStoryFor: (point, among) => among.find((s) => s.id === best[point]?.id) ?? null,
  });

  it('prefers a story linked to the point’s question, then the best match by words, one story per point', () => {
    const got = chooseCitations(
      [
        { text: 'my IFRS 16 experience', questionId: 9 },
        { text: 'the month-end close', questionId: null },
        { text: 'the close again', questionId: null },
      ],
      bank({ 'my IFRS 16 experience': close, 'the month-end close': close, 'the close again': close }),
      new Set(),
    );
    expect(got).toEqual([
      { point: 'my IFRS 16 experience', story: 'Lease review', sentence: 'We restated 40 leases in 2 weeks.', leftOut: false },
      { point: 'the month-end close', story: 'Close rebuilt', sentence: 'The close went from 8 days to 3.', leftOut: false },
    ]);
  });

  it('cites nothing for a point with no story, nor a story with no result; keeps a left-out choice by point', () => {
    const got = chooseCitations(
      [
        { text: 'Nothing matches', questionId: null },
        { text: 'The draft', questionId: null },
        { text: 'The close!', questionId: null },
      ],
      bank({ 'The draft': empty, 'The close!': close }),
      new Set(['the close']),
    );
    expect(got).toEqual([
      { point: 'The close!', story: 'Close rebuilt', sentence: 'The close went from 8 days to 3.', leftOut: true },
    ]);
    expect(chooseCitations([{ text: 'x', questionId: null }], undefined, new Set())).toEqual([]);
  });
});

describe('chooseCitations with the real matching', () => {
  // A half-written story (no result, nothing to cite) that shares more words with the point, and a story already cited
  // for an earlier point, must not hide a complete story that matches too.
  const draft = story(1, { title: 'Month-end close', situation: 'The month-end close at Acme.', result: '' });
  const first = story(2, { title: 'Close rebuilt', action: 'I rebuilt the month-end close.', result: 'It took 3 days, not 8' });
  const second = story(3, { title: 'Close audit', situation: 'The close audit.', result: 'We passed with 0 findings' });
  const all = [draft, first, second];
  const bank: StoryBank = { list: () => all, bestStoryFor: (point, among) => bestStoryFor(point, among) };

  it('cites the best story that can still be cited, not nothing', () => {
    const got = chooseCitations(
      [
        { text: 'the month-end close', questionId: null },
        { text: 'the close', questionId: null },
      ],
      bank,
      new Set(),
    );
    expect(got.map((c) => [c.point, c.story])).toEqual([
      ['the month-end close', 'Close rebuilt'],
      ['the close', 'Close audit'],
    ]);
  });
});

describe('a request with stories', () => {
  it('follows each point with its story’s sentence, in sentences or in a list', () => {
    const stories = new Map([['ifrs 16', 'We restated 40 leases in 2 weeks.']]);
    expect(missedPointsText(['IFRS 16', 'Power BI'], stories)).toBe(
      'I should have mentioned IFRS 16. We restated 40 leases in 2 weeks. I also meant to mention Power BI.',
    );
    expect(missedPointsText(['IFRS 16', 'Power BI', 'SQL'], stories)).toBe(
      ['I should have mentioned:', '', '- IFRS 16. We restated 40 leases in 2 weeks.', '- Power BI', '- SQL'].join('\n'),
    );
  });

  it('takes one sentence out of a text and leaves the rest as written', () => {
    const text = 'I should have mentioned IFRS 16. We restated 40 leases in 2 weeks. I also meant to mention SQL.';
    expect(withoutSentence(text, 'We restated 40 leases in 2 weeks.')).toBe(
      'I should have mentioned IFRS 16. I also meant to mention SQL.',
    );
    expect(withoutSentence('- IFRS 16. We restated 40 leases.\n- SQL', 'We restated 40 leases.')).toBe('- IFRS 16.\n- SQL');
    expect(withoutSentence(text, 'Not there.')).toBe(text);
  });
});
