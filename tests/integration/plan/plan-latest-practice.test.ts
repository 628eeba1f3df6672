import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { journal } from '../support/writes';

describe('the plan reads the latest practice', () => {
  const open = useCores();

  it('a point the latest practice covered is no longer listed as missed; a later miss brings it back', async () => {
    const { core } = await open();
    const acme = await journal(core, {
      questions: [
        {
          text: 'Tell me about a time you failed',
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Own the mistake' }, { text: 'Say what changed after' }, { text: 'Name the lesson' }],
        },
      ],
    });
    const questionId = acme.asked[0].questionId;
    const practise = async (answerText: string) => {
      const holder = await call(core, 'interview:create', { company: 'Replay', heldAt: '2026-01-01' });
      await call(core, 'interview-question:add', { interviewId: holder.id, questionId });
      const session = await call(core, 'practice:start', { source: 'interview', interviewId: holder.id, length: 1 });
      await call(core, 'interview:trash', { id: holder.id });
      const saved = await call(core, 'practice:saveAttempt', {
        sessionId: session.id,
        position: 0,
        answerText,
        durationMs: 40_000,
      });
      return call(core, 'practice:grade', { attemptId: saved.id, grade: 'good', keyPoints: saved.keyPoints });
    };
    const points = async () =>
      (await call(core, 'plan:get', {})).fumbledQuestions[0].keyPoints.map((p) => [p.text, p.missed, p.coveredInPractice]);

    const all = await practise('I own the mistake, I say what changed after, and I name the lesson I learned.');
    expect(all.keyPoints.filter((p) => p.covered)).toHaveLength(3);
    expect(await points()).toEqual([
      ['Own the mistake', true, true],
      ['Say what changed after', true, true],
      ['Name the lesson', true, true],
    ]);
    const markdown = await call(core, 'plan:exportMarkdown', {});
    expect(markdown.content).toContain('- Own the mistake (covered in your latest practice)');

    await practise('I own the mistake.');
    expect(await points()).toEqual([
      ['Own the mistake', true, true],
      ['Say what changed after', true, false],
      ['Name the lesson', true, false],
    ]);
  });
});
