import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';
import { counts, snapshot } from './helpers';

const open = useCores();

describe('reality-check:get', () => {
  it('reads what was written: names the slip and the gap, counts areas, and says what is recoverable', async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Hooli', outcome: 'rejected' });
    const empty = await call(core, 'reality-check:get', { interviewId: i.id });
    expect(empty).toMatchObject({
      interviewId: i.id,
      verdict: 'nothing-written',
      badThings: [],
      areasRated: 0,
      comparison: [],
      recoverable: [expect.stringMatching(/another chance/)],
    });

    await call(core, 'reflection:save', { interviewId: i.id, area: 'punctuality', rating: 2, wentBadly: 'Five minutes late' });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', rating: 4 });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'closing', rating: 5 });
    const q = await call(core, 'interview-question:add', {
      interviewId: i.id,
      text: 'How would you design a rate limiter?',
      category: 'technical',
    });
    await call(core, 'interview-question:update', {
      id: q.id,
      howItWent: 'fumbled',
      keyPoints: [{ text: 'Token bucket' }, { text: 'Per-user keys' }],
    });

    const rc = await call(core, 'reality-check:get', { interviewId: i.id });
    expect(rc.verdict).toBe('some-gaps');
    expect(rc.headline).toBe('One real gap to work on, and one slip that matters less than it feels.');
    expect(rc.areasRated).toBe(3);
    expect(rc.areasFine).toBe(2);
    expect(rc.badThings).toEqual([
      expect.objectContaining({
        source: 'area',
        ref: 'punctuality',
        kind: 'slip',
        ruleKind: 'slip',
        overridden: false,
        detail: 'Rated 2 of 5. Five minutes late',
      }),
      expect.objectContaining({
        source: 'question',
        ref: String(q.id),
        label: 'How would you design a rate limiter?',
        kind: 'gap',
        category: 'technical',
        detail: 'Missed: Token bucket; Per-user keys',
      }),
    ]);
    expect(rc.recoverable[0]).toContain('Token bucket; Per-user keys');
    expect(rc.rules.length).toBeGreaterThan(3);

    // The person's own call replaces the rule, and is read from the database.
    await call(core, 'reflection:save', { interviewId: i.id, area: 'punctuality', kind: 'gap' });
    await call(core, 'interview-question:update', { id: q.id, kind: 'slip' });
    const overridden = await call(core, 'reality-check:get', { interviewId: i.id });
    expect(overridden.badThings.map((b) => [b.ref, b.kind, b.ruleKind, b.overridden])).toEqual([
      ['punctuality', 'gap', 'slip', true],
      [String(q.id), 'slip', 'gap', true],
    ]);
    expect(overridden.headline).toBe('One real gap to work on, and one slip that matters less than it feels.');
  });

  it('compares built-in areas with earlier live interviews only, and never pairs unrelated custom areas', async () => {
    const { core } = await open();
    const first = await createInterview(core, { heldAt: '2026-01-05' });
    const second = await createInterview(core, { heldAt: '2026-01-20T10:00' });
    const later = await createInterview(core, { heldAt: '2026-06-01' });
    const trashed = await createInterview(core, { heldAt: '2026-01-10' });
    const now = await createInterview(core, { heldAt: '2026-02-01' });
    await call(core, 'reflection:save', { interviewId: first.id, area: 'confidence', rating: 2 });
    await call(core, 'reflection:save', { interviewId: second.id, area: 'confidence', rating: 3 });
    await call(core, 'reflection:save', { interviewId: later.id, area: 'confidence', rating: 5 });
    await call(core, 'reflection:save', { interviewId: later.id, area: 'answers', rating: 5 });
    await call(core, 'reflection:save', { interviewId: trashed.id, area: 'confidence', rating: 1 });
    await call(core, 'interview:trash', { id: trashed.id });
    // Both earlier interviews have a custom-1 area, about something else entirely.
    for (const id of [first.id, second.id]) {
      const area = await call(core, 'reflection:addArea', { interviewId: id, label: 'Whiteboard' });
      await call(core, 'reflection:save', { interviewId: id, area: area.area, rating: 5 });
    }

    await call(core, 'reflection:save', { interviewId: now.id, area: 'confidence', rating: 4 });
    await call(core, 'reflection:save', { interviewId: now.id, area: 'answers', rating: 3 });
    const salary = await call(core, 'reflection:addArea', { interviewId: now.id, label: 'Salary talk' });
    expect(salary.area).toBe('custom-1');
    await call(core, 'reflection:save', { interviewId: now.id, area: salary.area, rating: 1 });

    const rc = await call(core, 'reality-check:get', { interviewId: now.id });
    // Only confidence has earlier data (answers only later; custom-1 is a different area there).
    expect(rc.comparison).toEqual([{ area: 'confidence', label: 'Confidence', rating: 4, earlierAverage: 2.5, earlierCount: 2 }]);

    // The first interview has nothing earlier to compare with.
    await call(core, 'reflection:save', { interviewId: first.id, area: 'answers', rating: 2 });
    expect((await call(core, 'reality-check:get', { interviewId: first.id })).comparison).toEqual([]);
  });

  it('reads without writing, and works on a trashed interview', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    await call(core, 'reflection:save', { interviewId: i.id, area: 'answers', rating: 1 });
    await call(core, 'interview:trash', { id: i.id });
    const before = snapshot(core.database.db);
    const rc = await call(core, 'reality-check:get', { interviewId: i.id });
    expect(rc.verdict).toBe('some-gaps');
    expect(snapshot(core.database.db)).toEqual(before);
    expect(counts(core.database.db).interviews).toBe(1);
  });
});
