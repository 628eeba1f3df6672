import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';

const open = useCores();
const FORGOT = 'Forgot to mention my IFRS 16 lease accounting experience';

/** An interview whose notes and "what went badly" both say the IFRS 16 point was forgotten, plus one more. */
async function forgetfulInterview(core: Core) {
  const iv = await call(core, 'interview:create', {
    company: 'Northwind',
    role: 'Financial Controller',
    heldAt: '2026-03-03T10:00',
    notes: `Long panel. ${FORGOT}.\nThey liked the close process.`,
  });
  await call(core, 'reflection:save', {
    interviewId: iv.id,
    area: 'answers',
    wentBadly: `Rambled on the first one. ${FORGOT}. Never brought up the audit I led.`,
  });
  return iv;
}

function rows(db: Database.Database) {
  return {
    points: db.prepare('SELECT interview_id, position, text, suggestion_key FROM missed_points ORDER BY id').all(),
    dismissed: db.prepare('SELECT interview_id, suggestion_key FROM missed_point_dismissals ORDER BY suggestion_key').all(),
  };
}

describe('points I did not get across', () => {
  it('suggests the sentences that say something was forgotten, once each, naming where they were written', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    const state = await call(core, 'missed-point:list', { interviewId: iv.id });
    expect(state).toEqual({
      interviewId: iv.id,
      points: [],
      dismissed: 0,
      suggestions: [
        {
          key: 'my ifrs 16 lease accounting experience',
          sentence: `${FORGOT}.`,
          point: 'my IFRS 16 lease accounting experience',
          from: ['Notes', 'Quality of answers: what went badly'],
        },
        {
          key: 'the audit i led',
          sentence: 'Never brought up the audit I led.',
          point: 'the audit I led',
          from: ['Quality of answers: what went badly'],
        },
      ],
    });
  });

  it('stores an accepted suggestion (as offered or reworded) and a typed point, in order, and survives a reopen', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    const before = (await call(core, 'interview:get', { id: iv.id })).updatedAt;
    const accepted = await call(core, 'missed-point:accept', {
      interviewId: iv.id,
      key: 'my ifrs 16 lease accounting experience',
    });
    expect(accepted.points).toEqual([
      { id: expect.any(Number), text: 'my IFRS 16 lease accounting experience', suggested: true, revision: 1 },
    ]);
    expect(accepted.suggestions.map((s) => s.key)).toEqual(['the audit i led']);
    const reworded = await call(core, 'missed-point:accept', {
      interviewId: iv.id,
      key: 'the audit i led',
      text: 'the 2025 audit I led, which closed with no findings',
    });
    expect(reworded.suggestions).toEqual([]);
    const typed = await call(core, 'missed-point:add', { interviewId: iv.id, text: '  I speak German  ' });
    expect(typed.points.map((p) => [p.text, p.suggested])).toEqual([
      ['my IFRS 16 lease accounting experience', true],
      ['the 2025 audit I led, which closed with no findings', true],
      ['I speak German', false],
    ]);
    expect((await call(core, 'interview:get', { id: iv.id })).updatedAt).not.toBe(before);

    const moved = await call(core, 'missed-point:move', { id: typed.points[2].id, direction: 'up' });
    expect(moved.points.map((p) => p.text)).toEqual([
      'my IFRS 16 lease accounting experience',
      'I speak German',
      'the 2025 audit I led, which closed with no findings',
    ]);
    const edited = await call(core, 'missed-point:update', { id: moved.points[0].id, text: 'my IFRS 16 experience' });
    // Rewording an accepted point does not bring its suggestion back.
    expect(edited.suggestions).toEqual([]);

    const dir = core.database.paths.dir;
    core.close();
    const { core: again } = await open({ dir });
    expect((await call(again, 'missed-point:list', { interviewId: iv.id })).points.map((p) => p.text)).toEqual([
      'my IFRS 16 experience',
      'I speak German',
      'the 2025 audit I led, which closed with no findings',
    ]);
  });

  it('keeps a dismissed suggestion dismissed, through edits elsewhere and a removed point', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    const dismissed = await call(core, 'missed-point:dismiss', { interviewId: iv.id, key: 'the audit i led' });
    expect(dismissed.suggestions.map((s) => s.key)).toEqual(['my ifrs 16 lease accounting experience']);
    expect(dismissed.dismissed).toBe(1);
    // The note is edited around the sentence: still the same point, still dismissed.
    await call(core, 'reflection:save', {
      interviewId: iv.id,
      area: 'answers',
      wentBadly: `Rambled. ${FORGOT}! I never brought up the audit I led, sadly.`,
    });
    expect((await call(core, 'missed-point:list', { interviewId: iv.id })).suggestions.map((s) => s.key)).toEqual([
      'my ifrs 16 lease accounting experience',
    ]);
    // Removing an accepted point dismisses its suggestion, so it does not come straight back.
    const accepted = await call(core, 'missed-point:accept', {
      interviewId: iv.id,
      key: 'my ifrs 16 lease accounting experience',
    });
    const removed = await call(core, 'missed-point:remove', { id: accepted.points[0].id });
    expect(removed).toMatchObject({ points: [], suggestions: [], dismissed: 2 });
    expect(rows(core.database.db)).toEqual({
      points: [],
      dismissed: [
        { interview_id: iv.id, suggestion_key: 'my ifrs 16 lease accounting experience' },
        { interview_id: iv.id, suggestion_key: 'the audit i led' },
      ],
    });
  });

  it('does not suggest a point the person already typed in other words', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    const state = await call(core, 'missed-point:add', { interviewId: iv.id, text: 'My IFRS-16 lease accounting experience.' });
    expect(state.suggestions.map((s) => s.key)).toEqual(['the audit i led']);
  });

  it('refuses stale suggestions, unknown ids, bad text and trashed interviews, writing nothing', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    const { db } = core.database;
    const start = rows(db);
    expect(await fail(core, 'missed-point:accept', { interviewId: iv.id, key: 'something never written' })).toMatchObject({
      code: 'NOT_FOUND',
      details: [{ path: 'key' }],
    });
    expect(await fail(core, 'missed-point:dismiss', { interviewId: iv.id, key: 'something never written' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await fail(core, 'missed-point:add', { interviewId: iv.id, text: '   ' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'text', message: 'Write the point, or remove it.' }],
    });
    expect(await fail(core, 'missed-point:add', { interviewId: iv.id, text: 'two\nlines' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'text', message: 'Keep a point to one line.' }],
    });
    expect(await fail(core, 'missed-point:add', { interviewId: 999, text: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(core, 'missed-point:update', { id: 999, text: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(core, 'missed-point:remove', { id: 999 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(core, 'missed-point:list', { interviewId: iv.id, extra: 1 })).toMatchObject({ code: 'VALIDATION' });
    await call(core, 'interview:trash', { id: iv.id });
    expect(await fail(core, 'missed-point:add', { interviewId: iv.id, text: 'my MBA' })).toMatchObject({ code: 'CONFLICT' });
    expect(
      await fail(core, 'missed-point:accept', { interviewId: iv.id, key: 'my ifrs 16 lease accounting experience' }),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(rows(db)).toEqual(start);
    // A trashed interview's list can still be read.
    expect((await call(core, 'missed-point:list', { interviewId: iv.id })).suggestions).toHaveLength(2);
  });

  it('holds at most 20 points', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    for (let i = 1; i <= 20; i++) await call(core, 'missed-point:add', { interviewId: iv.id, text: `point ${i}` });
    expect(await fail(core, 'missed-point:add', { interviewId: iv.id, text: 'one more' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'text', message: 'The list is full.' }],
    });
  });

  it('goes with its interview when the trash is emptied', async () => {
    const { core } = await open();
    const iv = await forgetfulInterview(core);
    await call(core, 'missed-point:accept', { interviewId: iv.id, key: 'the audit i led' });
    await call(core, 'missed-point:dismiss', { interviewId: iv.id, key: 'my ifrs 16 lease accounting experience' });
    await call(core, 'interview:trash', { id: iv.id });
    await call(core, 'interview:emptyTrash', { confirm: true });
    expect(rows(core.database.db)).toEqual({ points: [], dismissed: [] });
  });
});
