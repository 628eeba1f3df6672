import { describe, expect, it } from 'vitest';
import { reflection } from '../../helpers/journal-details';
import { tickingClock } from '../support/clock';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';
import { updatedAt } from './helpers';

const open = useCores();

describe('reflection:save', () => {
  it('writes only the fields sent, stores them, and bumps the interview', async () => {
    const { core } = await open({ now: tickingClock() });
    const db = core.database.db;
    const i = await createInterview(core);
    const row = () =>
      db
        .prepare(
          "SELECT rating, went_well, went_badly, notes, kind FROM reflections WHERE interview_id = ? AND area = 'confidence'",
        )
        .get(i.id);

    const stamp0 = updatedAt(db, i.id);
    const saved = await call(core, 'reflection:save', {
      interviewId: i.id,
      area: 'confidence',
      rating: 2,
      wentBadly: 'Voice shook',
    });
    expect(saved).toEqual({
      area: 'confidence',
      label: 'Confidence',
      custom: false,
      rating: 2,
      wentWell: '',
      wentBadly: 'Voice shook',
      notes: '',
      kind: null,
      revision: 2,
    });
    expect(row()).toEqual({ rating: 2, went_well: '', went_badly: 'Voice shook', notes: '', kind: null });
    expect(updatedAt(db, i.id) > stamp0).toBe(true);

    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', notes: 'Breathe first' });
    expect(row()).toEqual({ rating: 2, went_well: '', went_badly: 'Voice shook', notes: 'Breathe first', kind: null });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', kind: 'slip', wentWell: 'Good eye contact' });
    expect(row()).toEqual({
      rating: 2,
      went_well: 'Good eye contact',
      went_badly: 'Voice shook',
      notes: 'Breathe first',
      kind: 'slip',
    });
    // null clears the rating and the person's own call.
    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', rating: null, kind: null });
    expect(row()).toEqual({
      rating: null,
      went_well: 'Good eye contact',
      went_badly: 'Voice shook',
      notes: 'Breathe first',
      kind: null,
    });
    // Every rating from 1 to 5 is accepted.
    for (const rating of [1, 2, 3, 4, 5]) {
      await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', rating });
      expect(db.prepare("SELECT rating FROM reflections WHERE interview_id = ? AND area = 'confidence'").pluck().get(i.id)).toBe(
        rating,
      );
    }
    // Other areas and interviews are untouched.
    expect(
      db
        .prepare("SELECT count(*) FROM reflections WHERE area <> 'confidence' AND (rating IS NOT NULL OR went_badly <> '')")
        .pluck()
        .get(),
    ).toBe(0);
    const detail = await call(core, 'interview:get', { id: i.id });
    expect(detail.reflections.find((r) => r.area === 'confidence')).toMatchObject({ rating: 5, wentWell: 'Good eye contact' });
  });
});

describe('reflection:addArea and reflection:removeArea', () => {
  it('adds custom areas at the end with their own keys, saves them, and removes them', async () => {
    const { core } = await open();
    const db = core.database.db;
    const i = await createInterview(core);
    const a = await call(core, 'reflection:addArea', { interviewId: i.id, label: '  Coding exercise ' });
    // A new area is blank: nothing rated or written, at its first revision.
    expect(a).toEqual(reflection({ area: 'custom-1', label: 'Coding exercise', custom: true }));
    const b = await call(core, 'reflection:addArea', { interviewId: i.id, label: 'Salary talk' });
    expect(b.area).toBe('custom-2');
    expect(
      db.prepare('SELECT area, custom, position FROM reflections WHERE interview_id = ? ORDER BY position').all(i.id).slice(-2),
    ).toEqual([
      { area: 'custom-1', custom: 1, position: 7 },
      { area: 'custom-2', custom: 1, position: 8 },
    ]);

    const saved = await call(core, 'reflection:save', {
      interviewId: i.id,
      area: 'custom-2',
      rating: 1,
      wentBadly: 'Named a number too low',
    });
    expect(saved).toMatchObject({ area: 'custom-2', label: 'Salary talk', custom: true, rating: 1 });

    expect(await call(core, 'reflection:removeArea', { interviewId: i.id, area: 'custom-1' })).toEqual({ ok: true });
    const areas = (await call(core, 'interview:get', { id: i.id })).reflections.map((r) => r.area);
    expect(areas).toEqual([
      'punctuality',
      'first-impressions',
      'body-language',
      'confidence',
      'answers',
      'questions-asked',
      'closing',
      'custom-2',
    ]);
    expect(db.prepare("SELECT count(*) FROM reflections WHERE area = 'custom-1'").pluck().get()).toBe(0);

    // A new area never takes the key of one still there, and goes after it.
    const c = await call(core, 'reflection:addArea', { interviewId: i.id, label: 'Coding exercise' });
    expect(c.area).toBe('custom-3');
    expect((await call(core, 'interview:get', { id: i.id })).reflections.at(-1)?.label).toBe('Coding exercise');

    // Custom keys are per interview.
    const other = await createInterview(core);
    expect((await call(core, 'reflection:addArea', { interviewId: other.id, label: 'Coding exercise' })).area).toBe('custom-1');
  });
});
