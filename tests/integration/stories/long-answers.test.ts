import { describe, expect, it } from 'vitest';
import { MAX_STORY_PART } from '../../../electron/shared/stories-schemas';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { journal, practise } from '../support/writes';

const QUESTION = 'Tell me about a process you improved';
const OPENING = 'Last year at Acme our releases took two hours.';
const CLOSING = 'As a result releases take fifteen minutes now, and failed releases fell by 80%.';
/** Action sentences, numbered so each one is told apart; `count` of them run to about 80 characters each. */
const steps = (count: number) =>
  Array.from({ length: count }, (_, n) => `I rewrote the test runner for service number ${n + 1} so it ran jobs in parallel.`);

describe('a story from a long answer', () => {
  const open = useCores();

  it('keeps whole sentences, keeps the closing result, and says what of a long practice answer was left out', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: [{ text: QUESTION, howItWent: 'fumbled' }] });
    const attempt = await practise(core, acme.asked[0].questionId, 'good');
    const actions = steps(120);
    const answer = [OPENING, ...actions, CLOSING].join(' ');
    expect(answer.length).toBeGreaterThan(MAX_STORY_PART + 4000);
    db.prepare('UPDATE attempts SET answer_text = ? WHERE id = ?').run(answer, attempt.id);

    const story = await call(core, 'story:create', { origin: { kind: 'attempt', attemptId: attempt.id } });
    // The result told at the very end of the answer is in the story.
    expect(story.result).toContain(CLOSING);
    expect(story.action.length).toBeLessThanOrEqual(MAX_STORY_PART);
    // Cut after a whole sentence: the action ends with one of the answer's sentences, whole.
    expect(story.action.endsWith('in parallel.')).toBe(true);
    expect(story.action).not.toContain('…');
    const kept = actions.filter((s) => story.action.includes(s)).length;
    expect(story.action).toBe(actions.slice(0, kept).join(' '));
    expect(kept).toBeLessThan(actions.length);
    // The person is told, in words, what was left out and where the whole answer still is.
    expect(story.notice).toBe(
      `This answer is longer than a story holds (5,000 characters a part), so some of it was left out: from the action, ${actions.length - kept} sentences. The whole answer is still where you gave it: add what matters to the story in your own words.`,
    );
    // The story as saved is the one returned; reading it again carries no notice (it is about the start only).
    expect((await call(core, 'story:get', { id: story.id })).action).toBe(story.action);
  });

  it('keeps an answer that fits whole, with no notice', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: [{ text: QUESTION }] });
    const attempt = await practise(core, acme.asked[0].questionId, 'good');
    const actions = steps(55);
    db.prepare('UPDATE attempts SET answer_text = ? WHERE id = ?').run([OPENING, ...actions, CLOSING].join(' '), attempt.id);
    const story = await call(core, 'story:create', { origin: { kind: 'attempt', attemptId: attempt.id } });
    expect(story.action).toBe(actions.join(' '));
    expect(story.notice).toBeNull();
  });

  it('never drops the missed key points of a long answer as given: the answer is cut, and the notice says so', async () => {
    const { core, db } = await open();
    const acme = await journal(core, {
      questions: [
        {
          text: QUESTION,
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Explain why I chose parallel jobs over more machines' }, { text: 'Releases now take 15 minutes' }],
        },
      ],
    });
    const actions = steps(70);
    db.prepare('UPDATE interview_questions SET answer_given = ? WHERE id = ?').run(
      [OPENING, ...actions].join(' '),
      acme.asked[0].id,
    );
    const story = await call(core, 'story:create', {
      origin: { kind: 'interview-question', interviewQuestionId: acme.asked[0].id },
    });
    expect(story.action.length).toBeLessThanOrEqual(MAX_STORY_PART);
    expect(story.action.endsWith('\nExplain why I chose parallel jobs over more machines')).toBe(true);
    expect(story.result).toBe('Releases now take 15 minutes');
    const kept = actions.filter((s) => story.action.includes(s)).length;
    expect(story.action).toBe(`${actions.slice(0, kept).join(' ')}\nExplain why I chose parallel jobs over more machines`);
    expect(story.notice).toContain(`from the action, ${actions.length - kept} sentences.`);

    // A part the person wrote themselves replaces the cut one: nothing of theirs was left out, so no notice.
    const own = await call(core, 'story:create', {
      origin: { kind: 'interview-question', interviewQuestionId: acme.asked[0].id },
      fields: { action: 'I split the tests.' },
    });
    expect(own.action).toBe('I split the tests.');
    expect(own.notice).toBeNull();
  });
});
