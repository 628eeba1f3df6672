import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { askedSet, SET, sessionOver, STORY, storyLinkedTo } from './helpers';

describe('stories in practice', () => {
  const open = useCores();

  it('shows each question its stories before answering, and counts the questions with none', async () => {
    const { core } = await open();
    const asked = await askedSet(core);
    const ids = asked.asked.map((a) => a.questionId);
    const story = await storyLinkedTo(core, [ids[0]]);
    const out = await call(core, 'story:forQuestions', { questionIds: ids });
    expect(out.byQuestion[0]).toEqual({
      questionId: ids[0],
      stories: [
        {
          id: story.id,
          title: STORY.title,
          situation: STORY.situation,
          task: STORY.task,
          action: STORY.action,
          result: STORY.result,
        },
      ],
    });
    expect(out.byQuestion.slice(1).map((q) => q.stories)).toEqual([[], [], []]);
    expect(out.withoutStory).toBe(3);
    expect(out.withoutStoryMessage).toBe('3 of the questions you are practising have no story yet.');
    expect(out.overused).toEqual([]);
  });

  it('flags a story linked to more than half of a set, naming the questions it covers', async () => {
    const { core } = await open();
    const asked = await askedSet(core);
    const ids = asked.asked.map((a) => a.questionId);
    const story = await storyLinkedTo(core, ids.slice(0, 3));
    const out = await call(core, 'story:forQuestions', { questionIds: ids });
    expect(out.withoutStoryMessage).toBe('1 of the questions you are practising has no story yet.');
    expect(out.overused).toEqual([
      {
        storyId: story.id,
        title: STORY.title,
        reason: 'linked',
        questions: SET.slice(0, 3).map((questionText, i) => ({ questionId: ids[i], questionText })),
        message: `"${STORY.title}" answers 3 of the 4 questions here. Find a second story for some of them, so the interviewer does not hear the same one twice.`,
      },
    ]);
    // Two of four is not more than half: not flagged.
    await call(core, 'story:unlink', { storyId: story.id, questionId: ids[2] });
    expect((await call(core, 'story:forQuestions', { questionIds: ids })).overused).toEqual([]);
  });

  it('says after an answer whether it told the linked story result, quoting the answer', async () => {
    const { core } = await open();
    const asked = await askedSet(core);
    const questionId = asked.asked[0].questionId;
    const story = await storyLinkedTo(core, [questionId]);
    const answer =
      'I joined Northwind when onboarding was slow. I scripted the access requests. In the end onboarding took three days instead of ten.';
    const [check] = await call(core, 'story:checkAnswer', { questionId, answer });
    expect(check).toMatchObject({ storyId: story.id, toldResult: true, result: STORY.result });
    expect(check.message).toBe(`You told the result of "${STORY.title}".`);
    expect(check.quotes).toEqual([
      { start: answer.indexOf('In the end'), end: answer.length, text: 'In the end onboarding took three days instead of ten.' },
    ]);

    const [missed] = await call(core, 'story:checkAnswer', {
      questionId,
      answer: 'I wrote a checklist and paired people up with a buddy.',
    });
    expect(missed).toMatchObject({ toldResult: false, quotes: [] });
    expect(missed.message).toBe(`Your answer did not tell the result of "${STORY.title}". Say what changed, with its number.`);
  });

  it('flags a story told in three answers of one session, naming the questions', async () => {
    const { core } = await open();
    const asked = await askedSet(core);
    const story = await storyLinkedTo(core, []);
    const session = await sessionOver(core, asked.id);
    const told = 'Onboarding went from ten days to three days after I scripted the access.';
    const answers = [told, told, 'I like the mission of the company.', `As before: ${told}`];
    for (const [position, answerText] of answers.entries()) {
      await call(core, 'practice:saveAttempt', { sessionId: session.id, position, answerText, durationMs: 30_000 });
    }
    const flagged = await call(core, 'story:sessionOveruse', { sessionId: session.id });
    const questions = session.questions.map((q) => ({ questionId: q.questionId, questionText: q.text }));
    expect(flagged).toEqual([
      {
        storyId: story.id,
        title: STORY.title,
        reason: 'told',
        questions: [questions[0], questions[1], questions[3]],
        message: `"${STORY.title}" was told in 3 answers of this session. Keep it for the question it answers best and find another story for the rest.`,
      },
    ]);
  });

  it('refuses unknown questions and sessions with a clear message', async () => {
    const { core } = await open();
    const forQuestions = await fail(core, 'story:forQuestions', { questionIds: [999_999] });
    expect(forQuestions).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no question with id 999999. It may have been deleted.',
    });
    const check = await fail(core, 'story:checkAnswer', { questionId: 999_999, answer: 'x' });
    expect(check.code).toBe('NOT_FOUND');
    const session = await fail(core, 'story:sessionOveruse', { sessionId: 999_999 });
    expect(session).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no practice session with id 999999. It may have been deleted.',
    });
  });
});
