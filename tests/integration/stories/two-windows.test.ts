import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { STORY } from './helpers';

describe('one story open in two windows', () => {
  const open = useCores();

  it('saves both when they edit different fields, and refuses the same field edited from an older copy', async () => {
    const { core, db } = await open();
    const story = await call(core, 'story:create', { fields: STORY });
    const copy = story.revision;

    // Window A saves the result; window B, still on the first copy, saves the action: both stand.
    const a = await call(core, 'story:update', {
      id: story.id,
      baseRevision: copy,
      patch: { result: 'Onboarding took two days.' },
    });
    const b = await call(core, 'story:update', { id: story.id, baseRevision: copy, patch: { action: 'I scripted access.' } });
    expect(b).toMatchObject({ result: 'Onboarding took two days.', action: 'I scripted access.', revision: a.revision + 1 });

    // Window B now changes the result from its first copy: refused, nothing written, the saved story in the details.
    const before = db.prepare('SELECT * FROM stories').all();
    const error = await fail(core, 'story:update', { id: story.id, baseRevision: copy, patch: { result: 'Older words' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `This story was changed in another window since you opened it (your copy is revision ${copy}, the saved one ${b.revision}). Nothing was saved.`,
    );
    expect(error.details?.[0]).toMatchObject({ path: 'baseRevision', revision: b.revision });
    expect(db.prepare('SELECT * FROM stories').all()).toEqual(before);
  });

  it('lets a link made in another window pass an edit made from the older copy', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: STORY });
    const { questionId } = await call(core, 'interview-question:add', {
      interviewId: (await call(core, 'interview:create', { company: 'Acme', heldAt: '2026-03-01' })).id,
      text: 'Tell me about a time you taught someone',
      category: 'behavioural',
    });
    await call(core, 'story:link', { storyId: story.id, questionId });
    const saved = await call(core, 'story:update', {
      id: story.id,
      baseRevision: story.revision,
      patch: { title: 'Onboarding' },
    });
    expect(saved).toMatchObject({ title: 'Onboarding', links: [{ questionId }] });
  });

  it('refuses to edit or link a story in the trash', async () => {
    const { core } = await open();
    const story = await call(core, 'story:create', { fields: STORY });
    await call(core, 'story:trash', { id: story.id });
    const error = await fail(core, 'story:update', { id: story.id, baseRevision: story.revision, patch: { title: 'x' } });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'This story is in the trash. Restore it to edit it.' });
    const bankQuestion = core.database.db.prepare('SELECT id FROM questions LIMIT 1').pluck().get() as number;
    const link = await fail(core, 'story:link', { storyId: story.id, questionId: bankQuestion });
    expect(link.message).toBe('This story is in the trash. Restore it to edit it.');
  });
});
