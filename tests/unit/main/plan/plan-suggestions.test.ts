import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../../electron/main/plan/plan-generated';
import { AREA_ACTIONS, buildSuggestions, stillWeak } from '../../../../electron/main/plan/plan-suggestions';
import { BUILT_IN_AREAS } from '../../../../electron/shared/journal-schemas';
import { samplePlan } from './plan-fixture';

const none = new Set<string>();

describe('buildSuggestions', () => {
  it('offers a step for a weak area, the questions still weak, daily practice and unsent follow-ups', () => {
    const list = buildSuggestions(samplePlan(), none, none);
    expect(list.map((s) => s.key)).toEqual(['area:closing', 'question:7', 'practice:daily', 'followup:4']);
    expect(list[0]).toMatchObject({
      kind: 'area',
      area: 'closing',
      text: AREA_ACTIONS.closing,
      reason: 'Closing statement averages 1.5 out of 5 over 2 interviews.',
    });
    expect(list[1]).toMatchObject({
      kind: 'question',
      questionId: 7,
      text: 'Practise “Tell me about a time you failed” until every key point comes across.',
    });
    expect(list[1].reason).toBe('Fumbled 2 times, most recently at Acme; last practice graded Hard.');
    expect(list[2].reason).toBe('5 questions are waiting for practice today.');
    expect(list[3]).toMatchObject({
      kind: 'followup',
      text: 'Send the thank-you to Acme.',
      reason: 'Written and waiting to be sent; due 3 Mar 2026.',
    });
  });

  it('leaves out areas that are fine and questions already answered well', () => {
    const list = buildSuggestions(samplePlan(), none, none);
    expect(list.some((s) => s.key === 'area:confidence')).toBe(false);
    expect(list.some((s) => s.key === 'question:8')).toBe(false);
  });

  it('leaves out suggestions already accepted or dismissed', () => {
    const list = buildSuggestions(samplePlan(), new Set(['area:closing']), new Set(['practice:daily', 'followup:4']));
    expect(list.map((s) => s.key)).toEqual(['question:7']);
  });

  it('offers nothing for an empty journal', () => {
    const empty = samplePlan({
      weakestAreas: [],
      fumbledQuestions: [],
      schedule: { dueToday: 0, overdue: 0, newFromJournal: 0, next7Days: 0, forecast: [] },
      followups: { available: false, followUps: [], secondChances: [] },
    });
    expect(buildSuggestions(empty, none, none)).toEqual([]);
  });

  it('has a concrete action for every built-in area', () => {
    for (const a of BUILT_IN_AREAS) expect(AREA_ACTIONS[a.key]).toMatch(/\.$/);
  });

  it('treats never practised, Again and Hard as still weak', () => {
    const q = samplePlan().fumbledQuestions[0];
    expect([null, 'again', 'hard', 'good', 'easy'].map((g) => stillWeak({ ...q, latestGrade: g as never }))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('excerpt', () => {
  it('prefers what went badly, falls back to the notes, and keeps one line', () => {
    expect(excerpt('  I froze.\nThen recovered. ', 'notes')).toBe('I froze. Then recovered.');
    expect(excerpt('', 'Only notes')).toBe('Only notes');
    expect(excerpt('', '')).toBe('');
  });

  it('cuts long text at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end`;
    const cut = excerpt(long, '');
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
