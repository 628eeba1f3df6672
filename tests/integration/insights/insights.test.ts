import { describe, expect, it } from 'vitest';
import { localNoon } from '../support/clock';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journal, practise } from '../support/writes';

describe('insights on an empty journal', () => {
  const open = useCores();

  it('answers every chart with empty series and zeros', async () => {
    const { core } = await open();
    const o = await call(core, 'insights:overview', {});
    expect(o.areaTrends).toEqual({
      interviews: [],
      series: [],
      totalInterviews: 0,
      table: {
        caption: 'Ratings by area, 1 (low) to 5 (high), for the latest 0 rated interviews',
        columns: ['Interview', 'Date'],
        rows: [],
      },
    });
    expect(o.fumbledCategories).toMatchObject({ categories: [], totalFumbled: 0, table: { rows: [] } });
    expect(o.practiceGrades).toMatchObject({ days: [], totalGraded: 0, table: { rows: [] } });
    expect(o.dueForecast.days).toHaveLength(14);
    expect(o.dueForecast.days[0]).toEqual({ day: '2026-03-10', due: 0 });
    expect(o.dueForecast.days[13]).toEqual({ day: '2026-03-23', due: 0 });
    expect(o.dueForecast).toMatchObject({ overdue: 0, newFromJournal: 0, total: 0 });
    expect(o.dueForecast.table.rows).toHaveLength(14);
    expect(o.streak).toMatchObject({ current: 0, longest: 0, practisedToday: false, lastPractisedOn: null, today: '2026-03-10' });
    expect(o.streak.recent.every((d) => d.answers === 0)).toBe(true);
  });
});

describe('insights on one interview', () => {
  const open = useCores();

  it('shows a single point per rated area and the fumbled question', async () => {
    const { core } = await open();
    const acme = await journal(core, {
      company: 'Acme',
      heldAt: '2026-03-01T09:30',
      ratings: { 'first-impressions': 4, confidence: 2, closing: 1 },
      questions: [
        { text: 'Tell me about a time you failed', howItWent: 'fumbled' },
        { text: 'Why this role?', category: 'motivational', howItWent: 'strong' },
      ],
    });
    const trends = await call(core, 'insights:areaTrends', {});
    expect(trends.interviews).toEqual([{ interviewId: acme.id, company: 'Acme', heldAt: '2026-03-01T09:30' }]);
    expect(trends.series.map((s) => [s.area, s.values, s.average, s.count])).toEqual([
      ['first-impressions', [4], 4, 1],
      ['confidence', [2], 2, 1],
      ['closing', [1], 1, 1],
    ]);
    expect(trends.series[0].points).toEqual([{ interviewId: acme.id, heldAt: '2026-03-01T09:30', rating: 4 }]);
    expect(trends.table).toEqual({
      caption: 'Ratings by area, 1 (low) to 5 (high), for the one rated interview',
      columns: ['Interview', 'Date', 'First impressions', 'Confidence', 'Closing statement'],
      rows: [['Acme', '1 Mar 2026', 4, 2, 1]],
    });
    const categories = await call(core, 'insights:fumbledCategories', {});
    expect(categories.categories).toEqual([{ category: 'behavioural', label: 'Behavioural', fumbled: 1, asked: 1 }]);
    expect(categories.table.rows).toEqual([['Behavioural', 1, 1]]);
    const forecast = await call(core, 'insights:dueForecast', {});
    expect(forecast.newFromJournal).toBe(1);
    expect(forecast.total).toBe(0);
  });
});

describe('insights on many interviews', () => {
  const open = useCores();

  it('orders interviews by date, shows the latest `limit`, and averages over the whole range', async () => {
    const { core } = await open();
    await journal(core, { company: 'C', heldAt: '2026-02-20', ratings: { answers: 2 } });
    await journal(core, { company: 'A', heldAt: '2026-01-10', ratings: { answers: 4, confidence: 3 } });
    await journal(core, { company: 'B', heldAt: '2026-02-01T14:00', ratings: { answers: 3 } });
    await journal(core, { company: 'Unrated', heldAt: '2026-02-25' });
    const gone = await journal(core, { company: 'Trashed', heldAt: '2026-02-26', ratings: { answers: 1 } });
    await call(core, 'interview:trash', { id: gone.id });
    const custom = await journal(core, { company: 'Custom only', heldAt: '2026-02-27' });
    const area = await call(core, 'reflection:addArea', { interviewId: custom.id, label: 'Coffee' });
    await call(core, 'reflection:save', { interviewId: custom.id, area: area.area, rating: 1 });

    const all = await call(core, 'insights:areaTrends', {});
    expect(all.interviews.map((i) => i.company)).toEqual(['A', 'B', 'C']);
    expect(all.totalInterviews).toBe(3);
    const answers = all.series.find((s) => s.area === 'answers')!;
    expect(answers).toMatchObject({ values: [4, 3, 2], average: 3, count: 3 });
    expect(all.series.find((s) => s.area === 'confidence')!.values).toEqual([3, null, null]);

    const latest = await call(core, 'insights:areaTrends', { limit: 2 });
    expect(latest.interviews.map((i) => i.company)).toEqual(['B', 'C']);
    expect(latest.totalInterviews).toBe(3);
    expect(latest.series.find((s) => s.area === 'answers')).toMatchObject({ values: [3, 2], average: 3, count: 3 });
    // An area rated only outside the chart still has its average, and an all-empty line.
    expect(latest.series.find((s) => s.area === 'confidence')).toMatchObject({ values: [null, null], points: [], count: 1 });

    const feb = await call(core, 'insights:areaTrends', { from: '2026-02-01', to: '2026-02-20' });
    expect(feb.interviews.map((i) => i.company)).toEqual(['B', 'C']);
    expect(feb.series.map((s) => s.area)).toEqual(['answers']);
    expect(await fail(core, 'insights:areaTrends', { from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'to', message: 'The start date must be on or before the end date.' }],
    });
  });

  it('counts fumbled questions by category, most first, within the range', async () => {
    const { core } = await open();
    await journal(core, {
      heldAt: '2026-02-01',
      questions: [
        { text: 'Tech one', category: 'technical', howItWent: 'fumbled' },
        { text: 'Tech two', category: 'technical', howItWent: 'fumbled' },
        { text: 'Closing one', category: 'closing', howItWent: 'fumbled' },
        { text: 'Closing two', category: 'closing', howItWent: 'okay' },
      ],
    });
    await journal(core, {
      heldAt: '2026-03-01',
      questions: [{ text: 'Motive one', category: 'motivational', howItWent: 'fumbled' }],
    });
    const all = await call(core, 'insights:fumbledCategories', {});
    expect(all.categories.map((c) => [c.category, c.fumbled, c.asked])).toEqual([
      ['technical', 2, 2],
      // Ties in the categories' usual order.
      ['motivational', 1, 1],
      ['closing', 1, 2],
    ]);
    expect(all.totalFumbled).toBe(4);
    const march = await call(core, 'insights:fumbledCategories', { from: '2026-03-01' });
    expect(march.categories.map((c) => c.category)).toEqual(['motivational']);
  });
});

describe('practice over time', () => {
  const open = useCores();

  it('counts grades per local day with their average, and the days in a row', async () => {
    const t = await open();
    const a = await journal(t.core, { questions: [{ text: 'Tell me about a time you failed', howItWent: 'fumbled' }] });
    const q = a.asked[0].questionId;
    t.clock.set(localNoon(2026, 2, 7));
    await practise(t.core, q, 'again');
    t.clock.set(localNoon(2026, 2, 8));
    await practise(t.core, q, 'hard');
    await practise(t.core, q, 'easy');
    t.clock.set(new Date(2026, 2, 9, 23, 58));
    await practise(t.core, q, 'good');
    t.clock.set(localNoon(2026, 2, 10));

    const grades = await call(t.core, 'insights:practiceGrades', {});
    expect(grades.days).toEqual([
      { day: '2026-03-07', again: 1, hard: 0, good: 0, easy: 0, total: 1, average: 1 },
      { day: '2026-03-08', again: 0, hard: 1, good: 0, easy: 1, total: 2, average: 3 },
      { day: '2026-03-09', again: 0, hard: 0, good: 1, easy: 0, total: 1, average: 3 },
    ]);
    expect(grades.totalGraded).toBe(4);
    expect(grades.table.rows[1]).toEqual(['8 Mar 2026', 0, 1, 0, 1, 2, 3]);
    expect(
      (await call(t.core, 'insights:practiceGrades', { from: '2026-03-08', to: '2026-03-08' })).days.map((d) => d.day),
    ).toEqual(['2026-03-08']);

    // Not yet practised today: the run up to yesterday still counts.
    expect(await call(t.core, 'insights:streak', {})).toMatchObject({
      current: 3,
      longest: 3,
      practisedToday: false,
      lastPractisedOn: '2026-03-09',
    });
    await practise(t.core, q, 'good');
    expect(await call(t.core, 'insights:streak', {})).toMatchObject({ current: 4, practisedToday: true });
    t.clock.set(localNoon(2026, 2, 12));
    const later = await call(t.core, 'insights:streak', {});
    expect(later).toMatchObject({ current: 0, longest: 4, lastPractisedOn: '2026-03-10' });
    expect(later.recent.slice(-6).map((d) => d.answers)).toEqual([1, 2, 1, 1, 0, 0]);
  });

  it('forecasts cards per local day for two weeks, today with what is overdue', async () => {
    const t = await open();
    const a = await journal(t.core, {
      questions: [
        { text: 'Question one', howItWent: 'fumbled' },
        { text: 'Question two', howItWent: 'fumbled' },
        { text: 'Question three', howItWent: 'fumbled' },
        { text: 'Question four', howItWent: 'fumbled' },
      ],
    });
    for (const q of a.asked) await practise(t.core, q.questionId, 'good');
    const due = (questionId: number, at: Date) =>
      t.db.prepare('UPDATE review_items SET due = ? WHERE question_id = ?').run(at.toISOString(), questionId);
    due(a.asked[0].questionId, new Date(2026, 2, 8, 9, 0)); // overdue
    due(a.asked[1].questionId, new Date(2026, 2, 10, 23, 30)); // tonight
    due(a.asked[2].questionId, new Date(2026, 2, 12, 0, 0)); // first moment of the 12th
    due(a.asked[3].questionId, new Date(2026, 2, 24, 0, 0)); // beyond the two weeks
    const f = await call(t.core, 'insights:dueForecast', {});
    expect(f.days.filter((d) => d.due > 0)).toEqual([
      { day: '2026-03-10', due: 2 },
      { day: '2026-03-12', due: 1 },
    ]);
    expect(f).toMatchObject({ overdue: 1, total: 3, newFromJournal: 0 });
    expect(f.table.caption).toBe('Practice questions due over the next 14 days (today includes 1 overdue)');
    // The same count practice shows on its badge.
    expect((await call(t.core, 'practice:dueCount', {})).dueToday).toBe(2);
  });
});
