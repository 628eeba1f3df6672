import { describe, expect, it } from 'vitest';
import { inline, planFileName, renderPlanMarkdown } from '../../../../electron/main/plan/plan-markdown';
import { PLAN_SECTIONS } from '../../../../electron/shared/plan-schemas';
import { samplePlan } from './plan-fixture';

describe('renderPlanMarkdown', () => {
  it('writes a titled document with every section as a heading, in the plan order', () => {
    const md = renderPlanMarkdown(samplePlan(), [...PLAN_SECTIONS].reverse());
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Weakest areas',
      '## Action items',
      '## Questions to practise',
      '## Model answers',
      '## Your stories',
      '## Key terms no story covers yet',
      '## Practice schedule',
      '## Follow-ups and second chances',
      '## Notes',
    ]);
    expect(md.startsWith('# Improvement plan\n\nMade on 2026-03-10 · all interviews · 2 interviews\n')).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('lists each model answer under its question, with a label on each part it has', () => {
    const plan = samplePlan();
    plan.modelAnswers = [
      {
        questionId: 1,
        questionText: 'Tell me about a time you failed',
        parts: { situation: 'A launch *slipped*.', task: '', action: 'I re-planned it.', result: 'It shipped in 2 weeks.' },
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        revision: 2,
      },
    ];
    const md = renderPlanMarkdown(plan, ['model-answers']);
    expect(md).toContain(
      '### Tell me about a time you failed\n\n- **Situation:** A launch \\*slipped\\*.\n- **Action:** I re-planned it.\n- **Result:** It shipped in 2 weeks.\n',
    );
    expect(md).not.toContain('**Task:**');
  });

  it('lists each fumbled question under its own heading with its key points', () => {
    const md = renderPlanMarkdown(samplePlan(), ['fumbled-questions']);
    expect(md).toContain('### Tell me about a time you failed\n');
    expect(md).toContain(
      'Behavioural · fumbled 2 times, most recently at Acme (2026-03-01) · last practice: Hard · next due 2026-03-12',
    );
    expect(md).toContain('Key points to make:\n\n- Own the mistake\n- What changed after (made at the interview)\n');
    expect(md).toContain('### Why this company?\n');
    expect(md).toContain('No key points written down yet.');
  });

  it('includes only the chosen sections', () => {
    const md = renderPlanMarkdown(samplePlan(), ['action-items', 'note']);
    expect(md).toContain('## Action items');
    expect(md).toContain('## Notes\n\nSleep well the night before.');
    expect(md).not.toContain('## Weakest areas');
    expect(md).not.toContain('Tell me about a time you failed');
  });

  it('writes action items as a checklist with their date and status', () => {
    const md = renderPlanMarkdown(samplePlan(), ['action-items']);
    expect(md).toContain('- [ ] Rehearse my \\*closing\\* statement (by 2026-03-20; doing; area: Closing statement)');
    expect(md).toContain('- [x] Buy a notebook');
  });

  it('gives the evidence for the weakest areas', () => {
    const md = renderPlanMarkdown(samplePlan(), ['weakest-areas']);
    expect(md).toContain('### Closing statement: 1.5 out of 5 on average (2 interviews)');
    expect(md).toContain('- Acme, 2026-03-01: rated 1. “I trailed off.”');
  });

  it('shows the schedule as a list and a table, and the follow-ups by state', () => {
    const md = renderPlanMarkdown(samplePlan(), ['schedule', 'followups']);
    expect(md).toContain('- Due today: 3 (1 overdue)');
    expect(md).toContain('| 2026-03-11 | 2 |');
    expect(md).toContain('- Thank-you to Acme (interview 2026-03-01): not sent yet, due 2026-03-03');
    expect(md).toContain('- Second-chance request to Acme (interview 2026-03-01): sent 2026-03-04, waiting for an answer');
  });

  it('says what to do next in empty sections instead of leaving them blank', () => {
    const empty = samplePlan({
      interviewsInRange: 0,
      weakestAreas: [],
      fumbledQuestions: [],
      fumbledTotal: 0,
      items: [],
      note: { body: '', updatedAt: null, revision: 1 },
      followups: { available: false, followUps: [], secondChances: [] },
      range: { from: '2026-01-01', to: '2026-01-31' },
    });
    const md = renderPlanMarkdown(empty, [...PLAN_SECTIONS]);
    expect(md).toContain('from 2026-01-01 to 2026-01-31 · 0 interviews');
    expect(md).toContain('No rated areas yet.');
    expect(md).toContain('No action items yet.');
    expect(md).toContain('No fumbled questions in this period.');
    expect(md).toContain('No notes.');
  });

  it('lists each story with what it shows and answers, a draft with the parts it lacks', () => {
    const md = renderPlanMarkdown(samplePlan(), ['stories']);
    expect(md).toContain(
      ['### The month-end close I rebuilt', '', '- Shows: data, pressure', '- Answers: “Tell me about a time you failed”'].join(
        '\n',
      ),
    );
    expect(md).toContain(
      ['### Untitled story (draft)', '', '- Answers: no question linked yet', '- Still missing: the task and the result'].join(
        '\n',
      ),
    );
  });

  it('lists the terms no story covers under their interview, and says so when there is nothing to list', () => {
    const md = renderPlanMarkdown(samplePlan(), ['uncovered-terms']);
    expect(md).toContain(['### Northwind, Financial Controller (2026-03-20)', '', '- IFRS 16', '- Power BI'].join('\n'));
    const covered = samplePlan({
      uncoveredTerms: [{ interviewId: 2, company: 'Northwind', role: '', heldAt: '2026-03-20T10:00', terms: [] }],
    });
    expect(renderPlanMarkdown(covered, ['uncovered-terms'])).toContain(
      'Every key term of your job descriptions is covered by a story.',
    );
    const none = renderPlanMarkdown(samplePlan({ stories: [], uncoveredTerms: [] }), ['stories', 'uncovered-terms']);
    expect(none).toContain('No stories yet.');
    expect(none).toContain('No job description pasted on an interview in this period.');
  });

  it('mentions fumbled questions beyond those listed', () => {
    expect(renderPlanMarkdown(samplePlan({ fumbledTotal: 5 }), ['fumbled-questions'])).toContain(
      'And 3 more fumbled questions, in Practice.',
    );
  });

  it('names the file by the day', () => {
    expect(planFileName(samplePlan())).toBe('debrief-plan-2026-03-10.md');
  });
});

describe('inline', () => {
  it('keeps text on one line and escapes what Markdown or HTML would act on', () => {
    expect(inline('  a\n\nb  ')).toBe('a b');
    expect(inline('<script>*x*</script> [link](y) `code` a|b')).toBe(
      '\\<script\\>\\*x\\*\\</script\\> \\[link\\](y) \\`code\\` a\\|b',
    );
  });
});
