import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { ask, createInterview, sessionOn } from '../support/writes';
import { answerAndGrade } from './helpers';

const open = useCores();

describe('practice:queue and practice:dueCount', () => {
  it('an empty journal has nothing due and nothing new', async () => {
    const { core } = await open();
    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 0, newFromJournal: 0 });
    expect(await call(core, 'practice:queue', undefined)).toEqual([]);
  });

  it('a question fumbled in the journal is new and due now, with no card yet', async () => {
    const { core, clock } = await open();
    const i = await createInterview(core);
    const { questionId } = await ask(core, i.id, 'Why did the migration slip?', { howItWent: 'fumbled', category: 'technical' });

    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 0, newFromJournal: 1 });
    const queue = await call(core, 'practice:queue', {});
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      questionId,
      text: 'Why did the migration slip?',
      category: 'technical',
      isNew: true,
      lapses: 0,
      lastGrade: null,
    });
    expect(Date.parse(queue[0].due)).toBeLessThanOrEqual(clock.current().getTime());
  });

  it('a question with only a missed key point counts too; one with every point made does not', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const missed = await ask(core, i.id, 'Tell me about a conflict.', {
      howItWent: 'okay',
      keyPoints: [{ text: 'Name the outcome', missed: true }],
    });
    const noVerdict = await ask(core, i.id, 'How do you prioritise?', {
      keyPoints: [
        { text: 'Impact over effort', missed: false },
        { text: 'Say no', missed: true },
      ],
    });
    await ask(core, i.id, 'Why this company?', { howItWent: 'okay', keyPoints: [{ text: 'Their mission', missed: false }] });
    await ask(core, i.id, 'What are you proud of?', { howItWent: 'strong' });
    await ask(core, i.id, 'Where do you see yourself?');

    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 0, newFromJournal: 2 });
    const ids = (await call(core, 'practice:queue', {})).map((d) => d.questionId);
    expect(ids.sort()).toEqual([missed.questionId, noVerdict.questionId].sort());
  });

  it('becomes due when a later edit marks it fumbled, and stops when the edit is undone', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const q = await ask(core, i.id, 'Describe a failure.', { howItWent: 'okay' });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(0);
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'fumbled' });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(1);
    await call(core, 'interview-question:update', { id: q.askedId, howItWent: 'strong' });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(0);
    expect(await call(core, 'practice:queue', {})).toEqual([]);
  });

  it("a trashed interview's questions do not count; restoring brings them back", async () => {
    const { core } = await open();
    const i = await createInterview(core, { company: 'Gone' });
    await ask(core, i.id, 'Fumbled and trashed?', { howItWent: 'fumbled' });
    await ask(core, i.id, 'Missed a point and trashed?', { keyPoints: [{ text: 'x marks' }] });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(2);

    await call(core, 'interview:trash', { id: i.id });
    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 0, newFromJournal: 0 });
    expect(await call(core, 'practice:queue', {})).toEqual([]);

    await call(core, 'interview:restore', { id: i.id });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(2);
  });

  it('a question fumbled in two interviews counts once, and still counts when one of them is trashed', async () => {
    const { core } = await open();
    const a = await createInterview(core, { company: 'A' });
    const b = await createInterview(core, { company: 'B' });
    const q = await ask(core, a.id, 'Why leave your job?', { howItWent: 'fumbled' });
    await ask(core, b.id, 'why leave your job?', { howItWent: 'fumbled', keyPoints: [{ text: 'Growth' }] });
    expect((await call(core, 'practice:dueCount', undefined)).newFromJournal).toBe(1);
    expect((await call(core, 'practice:queue', {})).map((d) => d.questionId)).toEqual([q.questionId]);
    await call(core, 'interview:trash', { id: a.id });
    expect((await call(core, 'practice:queue', {})).map((d) => d.questionId)).toEqual([q.questionId]);
  });

  it('after a grade the question has a card: Again keeps it due today, Easy moves it out of today', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const hard = await ask(core, i.id, 'Question graded again?', { howItWent: 'fumbled' });
    const easy = await ask(core, i.id, 'Question graded easy?', { howItWent: 'fumbled' });

    const s1 = await sessionOn(core, hard.questionId);
    await answerAndGrade(core, s1.id, 0, 'again');
    const s2 = await sessionOn(core, easy.questionId);
    await answerAndGrade(core, s2.id, 0, 'easy');

    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 1, newFromJournal: 0 });
    const queue = await call(core, 'practice:queue', {});
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ questionId: hard.questionId, isNew: false, lapses: 0, lastGrade: 'again' });
  });

  it('lists due cards before new journal questions, and respects the limit', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const graded = await ask(core, i.id, 'Graded first, due again soon?', { howItWent: 'fumbled' });
    const fresh: number[] = [];
    for (let n = 0; n < 4; n++)
      fresh.push((await ask(core, i.id, `Fresh fumble number ${n}?`, { howItWent: 'fumbled' })).questionId);
    const s = await sessionOn(core, graded.questionId);
    await answerAndGrade(core, s.id, 0, 'again');

    const queue = await call(core, 'practice:queue', { limit: 50 });
    expect(queue.map((d) => d.questionId)).toHaveLength(5);
    expect(queue[0]).toMatchObject({ questionId: graded.questionId, isNew: false });
    expect(queue.slice(1).every((d) => d.isNew)).toBe(true);
    expect(new Set(queue.slice(1).map((d) => d.questionId))).toEqual(new Set(fresh));

    expect((await call(core, 'practice:queue', { limit: 1 })).map((d) => d.questionId)).toEqual([graded.questionId]);
    expect(await call(core, 'practice:queue', { limit: 3 })).toHaveLength(3);
  });

  it('a card not due today comes back once its day arrives', async () => {
    const { core, clock } = await open();
    const i = await createInterview(core);
    const q = await ask(core, i.id, 'Easy now, due later?', { howItWent: 'fumbled' });
    const s = await sessionOn(core, q.questionId);
    const graded = await answerAndGrade(core, s.id, 0, 'easy');
    expect((await call(core, 'practice:dueCount', undefined)).dueToday).toBe(0);

    clock.set(graded.dueAfter!);
    expect(await call(core, 'practice:dueCount', undefined)).toEqual({ dueToday: 1, newFromJournal: 0 });
    expect((await call(core, 'practice:queue', {}))[0]).toMatchObject({
      questionId: q.questionId,
      isNew: false,
      lastGrade: 'easy',
    });
  });
});
