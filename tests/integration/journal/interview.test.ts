import { describe, expect, it } from 'vitest';
import { BUILT_IN_AREAS } from '../../../electron/shared/journal-schemas';
import { tickingClock } from '../support/clock';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { createInterview } from '../support/writes';
import { counts, updatedAt } from './helpers';

const open = useCores();

const FULL = {
  company: '  Northwind Traders  ',
  role: 'Backend engineer',
  heldAt: '2026-03-04T14:30',
  stage: 'second',
  format: 'video',
  outcome: 'rejected',
  interviewers: [{ name: 'Ana Ruiz', role: 'Engineering manager', email: 'ana@northwind.example' }, { name: 'Bo Chen' }],
  tags: ['remote', 'backend', 'remote'],
  notes: 'They asked about queues.',
  questionsAsked: 'What does on-call look like?',
  closingStatement: 'I said I was keen.',
} as const;

describe('interview:create and interview:get', () => {
  it('stores every field, trims names, sets up the seven built-in areas and one search row', async () => {
    const { core } = await open({ now: () => new Date('2026-03-05T08:00:00.000Z') });
    const db = core.database.db;
    const created = await call(core, 'interview:create', { ...FULL, interviewers: [...FULL.interviewers], tags: [...FULL.tags] });

    const row = db.prepare('SELECT * FROM interviews WHERE id = ?').get(created.id);
    expect(row).toEqual({
      id: created.id,
      company: 'Northwind Traders',
      role: 'Backend engineer',
      held_at: '2026-03-04T14:30',
      stage: 'second',
      format: 'video',
      outcome: 'rejected',
      notes: 'They asked about queues.',
      questions_asked: 'What does on-call look like?',
      closing_statement: 'I said I was keen.',
      created_at: '2026-03-05T08:00:00.000Z',
      updated_at: '2026-03-05T08:00:00.000Z',
      deleted_at: null,
      revision: 1,
      field_revisions: '{}',
    });
    expect(
      db.prepare('SELECT position, name, role, email FROM interviewers WHERE interview_id = ? ORDER BY position').all(created.id),
    ).toEqual([
      { position: 0, name: 'Ana Ruiz', role: 'Engineering manager', email: 'ana@northwind.example' },
      { position: 1, name: 'Bo Chen', role: '', email: '' },
    ]);
    // A repeated tag is stored once.
    expect(db.prepare('SELECT tag FROM interview_tags WHERE interview_id = ? ORDER BY tag').pluck().all(created.id)).toEqual([
      'backend',
      'remote',
    ]);
    expect(
      db
        .prepare('SELECT area, label, custom, position, rating FROM reflections WHERE interview_id = ? ORDER BY position')
        .all(created.id),
    ).toEqual(BUILT_IN_AREAS.map((a, i) => ({ area: a.key, label: a.label, custom: 0, position: i, rating: null })));
    expect(db.prepare('SELECT count(*) FROM interview_search WHERE rowid = ?').pluck().get(created.id)).toBe(1);

    const got = await call(core, 'interview:get', { id: created.id });
    expect(got).toEqual(created);
    expect(got).toMatchObject({ company: 'Northwind Traders', tags: ['backend', 'remote'], deletedAt: null, questions: [] });
    expect(got.reflections.map((r) => r.area)).toEqual(BUILT_IN_AREAS.map((a) => a.key));
  });

  it('fills the optional fields with empty values when only company and date are given', async () => {
    const { core } = await open();
    const created = await call(core, 'interview:create', { company: 'Acme', heldAt: '2026-01-15' });
    expect(created).toMatchObject({
      company: 'Acme',
      role: '',
      heldAt: '2026-01-15',
      stage: null,
      format: null,
      outcome: 'waiting',
      interviewers: [],
      tags: [],
      notes: '',
      questionsAsked: '',
      closingStatement: '',
    });
  });

  it('get of an unknown id is NOT_FOUND', async () => {
    const { core } = await open();
    const err = await fail(core, 'interview:get', { id: 999 });
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/no interview with id 999/);
  });
});

describe('interview:update (autosave patches)', () => {
  it('each one-field patch changes that field only and leaves every other stored value as it was', async () => {
    const { core } = await open({ now: tickingClock() });
    const db = core.database.db;
    const created = await call(core, 'interview:create', { ...FULL, interviewers: [...FULL.interviewers], tags: [...FULL.tags] });
    const stored = () => ({
      row: db
        .prepare(
          'SELECT company, role, held_at, stage, format, outcome, notes, questions_asked, closing_statement FROM interviews WHERE id = ?',
        )
        .get(created.id) as Record<string, unknown>,
      interviewers: db
        .prepare('SELECT name, role, email FROM interviewers WHERE interview_id = ? ORDER BY position')
        .all(created.id),
      tags: db.prepare('SELECT tag FROM interview_tags WHERE interview_id = ? ORDER BY tag').pluck().all(created.id),
    });

    const patches: {
      patch: Record<string, unknown>;
      expect: (before: ReturnType<typeof stored>) => ReturnType<typeof stored>;
    }[] = [
      { patch: { company: 'Contoso' }, expect: (b) => ({ ...b, row: { ...b.row, company: 'Contoso' } }) },
      { patch: { role: 'Staff engineer' }, expect: (b) => ({ ...b, row: { ...b.row, role: 'Staff engineer' } }) },
      { patch: { heldAt: '2026-03-05' }, expect: (b) => ({ ...b, row: { ...b.row, held_at: '2026-03-05' } }) },
      { patch: { stage: 'final' }, expect: (b) => ({ ...b, row: { ...b.row, stage: 'final' } }) },
      { patch: { stage: null }, expect: (b) => ({ ...b, row: { ...b.row, stage: null } }) },
      { patch: { format: 'on-site' }, expect: (b) => ({ ...b, row: { ...b.row, format: 'on-site' } }) },
      {
        patch: { outcome: 'second-chance-requested' },
        expect: (b) => ({ ...b, row: { ...b.row, outcome: 'second-chance-requested' } }),
      },
      { patch: { notes: 'New notes.' }, expect: (b) => ({ ...b, row: { ...b.row, notes: 'New notes.' } }) },
      { patch: { questionsAsked: 'Team size?' }, expect: (b) => ({ ...b, row: { ...b.row, questions_asked: 'Team size?' } }) },
      { patch: { closingStatement: '' }, expect: (b) => ({ ...b, row: { ...b.row, closing_statement: '' } }) },
      {
        patch: { interviewers: [{ name: 'Cy Diaz', role: 'CTO', email: 'cy@contoso.example' }] },
        expect: (b) => ({ ...b, interviewers: [{ name: 'Cy Diaz', role: 'CTO', email: 'cy@contoso.example' }] }),
      },
      { patch: { tags: ['onsite', 'final-round'] }, expect: (b) => ({ ...b, tags: ['final-round', 'onsite'] }) },
      { patch: { tags: [] }, expect: (b) => ({ ...b, tags: [] }) },
      { patch: { interviewers: [] }, expect: (b) => ({ ...b, interviewers: [] }) },
      { patch: {}, expect: (b) => b },
    ];
    for (const step of patches) {
      const before = stored();
      const stampBefore = updatedAt(db, created.id);
      const out = await call(core, 'interview:update', { id: created.id, patch: step.patch });
      expect(stored(), JSON.stringify(step.patch)).toEqual(step.expect(before));
      // Even an empty patch is a save: updated_at moves, and the echo is what is stored.
      expect(updatedAt(db, created.id) > stampBefore).toBe(true);
      expect(out.updatedAt).toBe(updatedAt(db, created.id));
      expect(out).toEqual(await call(core, 'interview:get', { id: created.id }));
    }
  });

  it('a patch of several fields writes them together', async () => {
    const { core } = await open();
    const created = await createInterview(core, { notes: 'keep me' });
    const out = await call(core, 'interview:update', {
      id: created.id,
      patch: { company: 'Fabrikam', outcome: 'offer', tags: ['dream-job'], interviewers: [{ name: 'Di', email: '' }] },
    });
    expect(out).toMatchObject({
      company: 'Fabrikam',
      outcome: 'offer',
      tags: ['dream-job'],
      notes: 'keep me',
      interviewers: [{ name: 'Di', role: '', email: '' }],
    });
  });
});

describe('interview:facets', () => {
  it('lists live companies (once regardless of case) and tags, sorted, leaving out trashed interviews', async () => {
    const { core } = await open();
    await createInterview(core, { company: 'beta', tags: ['remote'] });
    await createInterview(core, { company: 'Alpha', tags: ['python', 'remote'] });
    await createInterview(core, { company: 'BETA' });
    const gone = await createInterview(core, { company: 'Zeta', tags: ['secret'] });
    await call(core, 'interview:trash', { id: gone.id });

    const facets = await call(core, 'interview:facets', {});
    expect(facets.tags).toEqual(['python', 'remote']);
    expect(facets.companies).toHaveLength(2);
    expect(facets.companies[0]).toBe('Alpha');
    expect(facets.companies[1].toLowerCase()).toBe('beta');
    expect(await call(core, 'interview:facets', undefined)).toEqual(facets);
  });
});

describe('trash, restore, listTrash, emptyTrash', () => {
  it('trash hides the interview from the list and facets, keeps every row, and restore brings it back unchanged', async () => {
    const { core } = await open({ now: tickingClock() });
    const db = core.database.db;
    const keep = await createInterview(core, { company: 'Keep' });
    const bin = await createInterview(core, { company: 'Bin', tags: ['t'], notes: 'zebra' });
    const before = counts(db);

    expect(await call(core, 'interview:trash', { id: bin.id })).toEqual({ ok: true });
    const deletedAt = db.prepare('SELECT deleted_at FROM interviews WHERE id = ?').pluck().get(bin.id) as string | null;
    expect(deletedAt).not.toBeNull();
    expect(counts(db)).toEqual(before);
    expect((await call(core, 'interview:list', {})).items.map((i) => i.id)).toEqual([keep.id]);
    expect((await call(core, 'interview:list', {})).total).toBe(1);
    expect((await call(core, 'interview:facets', {})).companies).toEqual(['Keep']);
    const trash = await call(core, 'interview:listTrash', {});
    expect(trash.map((i) => [i.id, i.company, i.deletedAt])).toEqual([[bin.id, 'Bin', deletedAt]]);
    // It can still be opened (read-only) from the trash.
    expect((await call(core, 'interview:get', { id: bin.id })).deletedAt).toBe(deletedAt);

    // Trashing twice keeps the first time.
    await call(core, 'interview:trash', { id: bin.id });
    expect(db.prepare('SELECT deleted_at FROM interviews WHERE id = ?').pluck().get(bin.id)).toBe(deletedAt);

    expect(await call(core, 'interview:restore', { id: bin.id })).toEqual({ ok: true });
    expect(db.prepare('SELECT deleted_at FROM interviews WHERE id = ?').pluck().get(bin.id)).toBeNull();
    expect(await call(core, 'interview:listTrash', {})).toEqual([]);
    expect((await call(core, 'interview:list', {})).items.map((i) => i.id).sort()).toEqual([keep.id, bin.id].sort());
    expect(await call(core, 'interview:get', { id: bin.id })).toMatchObject({
      company: 'Bin',
      tags: ['t'],
      notes: 'zebra',
      deletedAt: null,
    });
    // Restoring a live interview is harmless.
    expect(await call(core, 'interview:restore', { id: bin.id })).toEqual({ ok: true });
  });

  it('trash and restore of an unknown id are NOT_FOUND', async () => {
    const { core } = await open();
    expect((await fail(core, 'interview:trash', { id: 42 })).code).toBe('NOT_FOUND');
    expect((await fail(core, 'interview:restore', { id: 42 })).code).toBe('NOT_FOUND');
  });

  it('emptyTrash needs confirm: true', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    await call(core, 'interview:trash', { id: i.id });
    for (const input of [{}, { confirm: false }, { confirm: 'yes' }, undefined]) {
      const err = await fail(core, 'interview:emptyTrash', input);
      expect(err.code).toBe('VALIDATION');
      expect(err.details?.some((d) => d.path === 'confirm' || d.path === '')).toBe(true);
    }
    expect(counts(core.database.db).interviews).toBe(1);
  });

  it('emptyTrash deletes trashed interviews with all their rows and search rows, and keeps the questions', async () => {
    const { core } = await open();
    const db = core.database.db;
    const live = await createInterview(core, { company: 'Live', tags: ['x'], interviewers: [{ name: 'L' }], notes: 'alive' });
    const dead = await createInterview(core, {
      company: 'Dead',
      tags: ['y', 'z'],
      interviewers: [{ name: 'D' }, { name: 'E' }],
      notes: 'gone',
    });
    for (const id of [live.id, dead.id]) {
      await call(core, 'reflection:addArea', { interviewId: id, label: 'Coding exercise' });
      const q = await call(core, 'interview-question:add', {
        interviewId: id,
        text: `My own question for ${id}?`,
        category: 'technical',
      });
      await call(core, 'interview-question:update', { id: q.id, keyPoints: [{ text: 'one' }, { text: 'two' }] });
      const bankId = (await call(core, 'bank:list', { query: 'tell me about yourself' })).items[0].id;
      await call(core, 'interview-question:add', { interviewId: id, questionId: bankId });
    }
    const questionsBefore = db.prepare('SELECT * FROM questions ORDER BY id').all();
    const before = counts(db);
    expect(before).toMatchObject({
      interviews: 2,
      interviewers: 3,
      interview_tags: 3,
      reflections: 16,
      interview_questions: 4,
      key_points: 4,
      interview_search: 2,
    });

    await call(core, 'interview:trash', { id: dead.id });
    expect(await call(core, 'interview:emptyTrash', { confirm: true })).toEqual({ deleted: 1 });

    expect(counts(db)).toEqual({
      ...before,
      interviews: 1,
      interviewers: 1,
      interview_tags: 1,
      reflections: 8,
      interview_questions: 2,
      key_points: 2,
      interview_search: 1,
    });
    // Nothing of the deleted interview is left anywhere; the questions (and practice history hanging off them) stay.
    for (const [table, column] of [
      ['interviewers', 'interview_id'],
      ['interview_tags', 'interview_id'],
      ['reflections', 'interview_id'],
      ['interview_questions', 'interview_id'],
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(dead.id), table).toBe(0);
    }
    expect(
      db
        .prepare('SELECT count(*) FROM key_points WHERE interview_question_id NOT IN (SELECT id FROM interview_questions)')
        .pluck()
        .get(),
    ).toBe(0);
    expect(db.prepare('SELECT rowid FROM interview_search').pluck().all()).toEqual([live.id]);
    expect(db.prepare('SELECT * FROM questions ORDER BY id').all()).toEqual(questionsBefore);
    expect(db.prepare('SELECT count(*) FROM questions WHERE text = ?').pluck().get(`My own question for ${dead.id}?`)).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    expect((await fail(core, 'interview:get', { id: dead.id })).code).toBe('NOT_FOUND');
    expect(await call(core, 'interview:listTrash', {})).toEqual([]);
    expect(await call(core, 'interview:emptyTrash', { confirm: true })).toEqual({ deleted: 0 });
    expect((await call(core, 'interview:get', { id: live.id })).questions).toHaveLength(2);
  });
});
