import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { ask } from '../support/writes';

const JOB = [
  'Financial Controller',
  '',
  'We are looking for a Financial Controller to own the month-end close and statutory reporting.',
  '',
  'Responsibilities:',
  '- Lead the month-end close and year-end audit',
  '- Prepare IFRS 16 lease accounting',
  '- Build dashboards in Power BI',
  'Requirements:',
  '- ACCA or CIMA qualified',
  '- Strong Excel and SQL skills',
].join('\n');

describe('the plan lists the story bank and the terms no story covers', () => {
  const open = useCores();

  it('on screen and in the Markdown: each story with its tags and questions, a draft with what it lacks, the gaps per interview', async () => {
    const { core } = await open();
    const interview = await call(core, 'interview:create', {
      company: 'Northwind',
      role: 'Financial Controller',
      heldAt: '2026-03-06T10:00',
    });
    const asked = await ask(core, interview.id, 'Tell me about a close you ran under pressure.', { howItWent: 'fumbled' });
    const story = await call(core, 'story:create', {
      fields: {
        title: 'The close I rebuilt',
        situation: 'At Acme, the month-end close took 8 days.',
        task: 'Cut it to 3 without errors.',
        action: 'I rebuilt the checklist in Excel and moved the reconciliations forward.',
        result: 'We closed in 3 days for 6 months running.',
        tags: ['pressure', 'data'],
      },
    });
    await call(core, 'story:link', { storyId: story.id, questionId: asked.questionId });
    await call(core, 'story:create', {
      fields: { title: 'Audit with no findings', action: 'I prepared the year-end audit file.' },
    });
    await call(core, 'job:save', { interviewId: interview.id, baseRevision: 1, text: JOB });

    const plan = await call(core, 'plan:get', {});
    expect(plan.stories).toEqual([
      expect.objectContaining({ title: 'Audit with no findings', draft: true, missing: ['Situation', 'Task', 'Result'] }),
      expect.objectContaining({
        title: 'The close I rebuilt',
        tags: ['pressure', 'data'],
        questions: ['Tell me about a close you ran under pressure.'],
        draft: false,
        missing: [],
      }),
    ]);
    const gaps = plan.uncoveredTerms;
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ interviewId: interview.id, company: 'Northwind', role: 'Financial Controller' });
    expect(gaps[0].terms).toEqual(expect.arrayContaining(['IFRS 16', 'Power BI']));
    // Covered by a story's words: the close story says Excel, the draft says year-end audit.
    expect(gaps[0].terms).not.toContain('Excel');
    expect(gaps[0].terms).not.toContain('year-end audit');

    const { content } = await call(core, 'plan:exportMarkdown', {});
    expect(content).toContain(
      [
        '## Your stories',
        '',
        '### Audit with no findings (draft)',
        '',
        '- Answers: no question linked yet',
        '- Still missing: the situation, the task and the result',
        '',
        '### The close I rebuilt',
        '',
        '- Shows: pressure, data',
        '- Answers: “Tell me about a close you ran under pressure.”',
      ].join('\n'),
    );
    expect(content).toContain('## Key terms no story covers yet\n\n### Northwind, Financial Controller (2026-03-06)\n');
    expect(content).toMatch(/\n- IFRS 16\n/);
    expect(content).toMatch(/\n- Power BI\n/);

    // A range that leaves the interview out leaves its job description out; the stories stay.
    const before = await call(core, 'plan:exportMarkdown', { to: '2026-03-05', sections: ['stories', 'uncovered-terms'] });
    expect(before.content).toContain('### The close I rebuilt');
    expect(before.content).toContain('No job description pasted on an interview in this period.');
    expect(before.content).not.toContain('IFRS 16');
  });

  it('says one plain line where there is nothing to list', async () => {
    const { core } = await open();
    const plan = await call(core, 'plan:get', {});
    expect(plan.stories).toEqual([]);
    expect(plan.uncoveredTerms).toEqual([]);
    const { content } = await call(core, 'plan:exportMarkdown', { sections: ['stories', 'uncovered-terms'] });
    expect(content).toContain('## Your stories\n\nNo stories yet.');
    expect(content).toContain('## Key terms no story covers yet\n\nNo job description pasted on an interview in this period.');
  });
});
