import { describe, expect, it } from 'vitest';
import { localNoon, makeClock } from '../support/clock';
import { useCores } from '../support/cores';
import { counts } from '../support/export-dump';
import { call } from '../support/routes';
import { journal, practise } from '../support/writes';

describe('importing into a data folder that already has data', () => {
  const open = useCores();

  it('adds another history under new ids where its ids are taken, keeping every part with its interview', async () => {
    const target = await open({ clock: makeClock(localNoon(2026, 2, 10)) });
    await journal(target.core, { company: 'Mine', ratings: { confidence: 4 } });
    await journal(target.core, { company: 'Mine too' });

    const source = await open({ clock: makeClock(localNoon(2026, 2, 12)) });
    await journal(source.core, {
      company: 'Globex',
      heldAt: '2026-03-11',
      ratings: { closing: 2 },
      wentBadly: { closing: 'Rushed the ending' },
      questions: [
        {
          text: 'Describe a conflict with a colleague',
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Listen first' }, { text: 'Agree next steps' }],
        },
      ],
    });
    const { content } = await call(source.core, 'data:exportJson', {});

    const preview = await call(target.core, 'data:previewImport', { content });
    expect(preview.canImport).toBe(true);
    const interviews = preview.tables.find((t) => t.table === 'interviews')!;
    expect(interviews).toMatchObject({ inFile: 1, add: 1, renumbered: 1, existing: 0 });
    expect(preview.notes).toContain(
      '1 interviews use ids already taken here by other interviews; they will be added under new ids.',
    );

    const before = counts(target.db);
    await call(target.core, 'data:import', { content });
    expect(counts(target.db).interviews).toBe(before.interviews + 1);
    const list = await call(target.core, 'interview:list', {});
    const globex = list.items.find((i) => i.company === 'Globex')!;
    expect(globex.id).toBe(3);
    const detail = await call(target.core, 'interview:get', { id: globex.id });
    expect(detail.reflections.find((r) => r.area === 'closing')).toMatchObject({ rating: 2, wentBadly: 'Rushed the ending' });
    expect(detail.reflections).toHaveLength(7);
    expect(detail.questions.map((q) => [q.text, q.keyPoints.map((k) => k.text)])).toEqual([
      ['Describe a conflict with a colleague', ['Listen first', 'Agree next steps']],
    ]);
    // The other interviews are untouched.
    expect((await call(target.core, 'interview:get', { id: 1 })).company).toBe('Mine');
    expect((await call(target.core, 'interview:list', { filters: { query: 'Rushed' } })).items.map((i) => i.id)).toEqual([3]);
  });

  it('matches questions by their text, so references follow them to this folder’s numbering', async () => {
    const target = await open();
    // Typed here first, so this folder numbers it where the source numbers another question.
    const mine = await journal(target.core, {
      company: 'Mine',
      questions: [{ text: 'How would you price our Quokka plan?', howItWent: 'okay' }],
    });
    await practise(target.core, mine.asked[0].questionId, 'good');

    const source = await open({ clock: makeClock(localNoon(2026, 2, 12)) });
    const theirs = await journal(source.core, {
      company: 'Initech',
      questions: [
        { text: 'Walk me through the Zebra migration', howItWent: 'fumbled' },
        { text: 'How would you price our Quokka plan?', howItWent: 'fumbled' },
      ],
    });
    await practise(source.core, theirs.asked[0].questionId, 'again');
    await practise(source.core, theirs.asked[1].questionId, 'hard');
    expect(theirs.asked[0].questionId).toBe(mine.asked[0].questionId);

    const { content } = await call(source.core, 'data:exportJson', {});
    const preview = await call(target.core, 'data:previewImport', { content });
    expect(preview.tables.find((t) => t.table === 'questions')).toMatchObject({ add: 1, renumbered: 1 });
    // The schedule card of the question both have stays this folder's; the other one comes in.
    expect(preview.tables.find((t) => t.table === 'review_items')).toMatchObject({ add: 1, existing: 1 });
    await call(target.core, 'data:import', { content });

    const initech = (await call(target.core, 'interview:list', {})).items.find((i) => i.company === 'Initech')!;
    const detail = await call(target.core, 'interview:get', { id: initech.id });
    expect(detail.questions.map((q) => q.text)).toEqual([
      'Walk me through the Zebra migration',
      'How would you price our Quokka plan?',
    ]);
    expect(detail.questions[1].questionId).toBe(mine.asked[0].questionId);
    const conflict = detail.questions[0].questionId;
    expect(conflict).not.toBe(theirs.asked[0].questionId);
    const attempts = await call(target.core, 'practice:questionAttempts', { questionId: conflict });
    expect(attempts.map((a) => a.grade)).toEqual(['again']);
    // The imported session's plan points at the renumbered question too.
    const session = await call(target.core, 'practice:session', { id: attempts[0].sessionId });
    expect(session.questions.map((q) => q.text)).toEqual(['Walk me through the Zebra migration']);
    const hire = await call(target.core, 'practice:questionAttempts', { questionId: mine.asked[0].questionId });
    expect(hire.map((a) => a.grade).sort()).toEqual(['good', 'hard']);
  });

  it('leaves an item already here as it is, parts included, when an older copy of it comes back', async () => {
    const t = await open();
    const acme = await journal(t.core, {
      company: 'Acme',
      questions: [{ text: 'Tell me about yourself', howItWent: 'fumbled', keyPoints: [{ text: 'Old point' }] }],
    });
    const { content } = await call(t.core, 'data:exportJson', {});
    // Edited since the export: the key point rows are replaced (new ids).
    await call(t.core, 'interview-question:update', { id: acme.asked[0].id, keyPoints: [{ text: 'New point', missed: true }] });
    await call(t.core, 'interview:update', { id: acme.id, patch: { company: 'Acme Corp' } });
    const before = counts(t.db);

    const preview = await call(t.core, 'data:previewImport', { content });
    expect(preview.tables.find((x) => x.table === 'key_points')).toMatchObject({ add: 0, skipped: 1 });
    expect(preview.notes).toContain('1 key points belong to items already here and are left as they are.');
    await call(t.core, 'data:import', { content });
    expect(counts(t.db)).toEqual(before);
    const detail = await call(t.core, 'interview:get', { id: acme.id });
    expect(detail.company).toBe('Acme Corp');
    expect(detail.questions[0].keyPoints.map((k) => k.text)).toEqual(['New point']);
  });

  it('keeps both action items accepted from the same suggestion, the key only on the one already here', async () => {
    const interview = { company: 'Acme', ratings: { closing: 1 } };
    const target = await open();
    await journal(target.core, interview);
    await call(target.core, 'plan:acceptSuggestion', { key: 'area:closing' });
    const source = await open({ clock: makeClock(localNoon(2026, 2, 12)) });
    await journal(source.core, interview);
    await call(source.core, 'plan:acceptSuggestion', { key: 'area:closing' });
    const { content } = await call(source.core, 'data:exportJson', {});
    await call(target.core, 'data:import', { content });
    const items = (await call(target.core, 'plan:get', {})).items;
    expect(items.map((i) => [i.id, i.suggestionKey])).toEqual([
      [1, 'area:closing'],
      [2, null],
    ]);
  });

  it('keeps this folder’s settings and note when the file has others', async () => {
    const target = await open();
    await call(target.core, 'settings:update', { yourName: 'Here' });
    await call(target.core, 'plan:saveNote', { body: 'My note' });
    const source = await open();
    await call(source.core, 'settings:update', { yourName: 'There' });
    await call(source.core, 'plan:saveNote', { body: 'Their note' });
    const { content } = await call(source.core, 'data:exportJson', {});
    const result = await call(target.core, 'data:import', { content });
    expect(result.tables.find((x) => x.table === 'settings')).toMatchObject({ existing: 1, existingIds: ['yourName'] });
    expect((await call(target.core, 'settings:get', {})).yourName).toBe('Here');
    expect((await call(target.core, 'plan:get', {})).note.body).toBe('My note');
  });
});
