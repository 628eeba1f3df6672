import { describe, expect, it } from 'vitest';
import {
  asFragment,
  firstName,
  impressPlan,
  templateValues,
  type DraftFacts,
} from '../../../../electron/main/followups/template-values';

describe('firstName', () => {
  it.each([
    ['Ann Lee', 'Ann'],
    ['  Ann   Marie Lee ', 'Ann'],
    ['Dr. Ann Lee', 'Ann'],
    ['prof Bo Chen', 'Bo'],
    ['Ms Lee', 'Lee'],
    ['Madonna', 'Madonna'],
    ['Dr.', 'Dr.'],
    ['', ''],
  ])('%j -> %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });
});

describe('asFragment', () => {
  it('drops trailing punctuation the template adds itself, and keeps ? and !', () => {
    expect(asFragment('  I led the migration.  ')).toBe('I led the migration');
    expect(asFragment('three things:;, ')).toBe('three things');
    expect(asFragment('Really?')).toBe('Really?');
    expect(asFragment('v2.0 rollout')).toBe('v2.0 rollout');
  });
});

describe('templateValues', () => {
  const facts: DraftFacts = {
    company: ' Acme ',
    role: '',
    heldAt: '2026-03-03',
    recipientName: '',
    recipientRole: '',
    specificMoment: '',
    missedPoints: ['only one.'],
    yourName: '',
    salutation: 'first-name',
    decisionOn: null,
    doDifferently: '',
    whyFit: '',
    form: 'trial-task',
    plan: 'x.',
    dueOn: '2026-03-09',
  };

  it('leaves missing facts empty, so the template flags them rather than guessing', () => {
    const v = templateValues(facts);
    expect(v).toMatchObject({
      company: 'Acme',
      role: '',
      interviewer_name: '',
      interviewer_first_name: '',
      specific_moment: '',
      your_name: '',
      decision_date: '',
    });
    expect(v.missed_point_1).toBe('I should have mentioned only one.');
    expect(v.missed_point_2).toBe('');
  });

  it('words dates and forms as a message says them', () => {
    expect(templateValues(facts)).toMatchObject({
      interview_date: 'Tuesday 3 March',
      impress_due_date: 'Monday 9 March',
      impress_form: 'a small trial task',
      impress_plan: 'a small trial task: x',
    });
    expect(templateValues({ ...facts, heldAt: '2026-03-03T23:30', decisionOn: '2026-03-13' })).toMatchObject({
      interview_date: 'Tuesday 3 March',
      decision_date: 'Friday 13 March',
    });
  });
});

describe('impressPlan', () => {
  it.each([
    ['analysis', 'A two-page analysis of your Q3 close.', 'a two-page analysis of your Q3 close'],
    ['analysis', 'a short breakdown of where the time goes', 'a short breakdown of where the time goes'],
    ['analysis', 'where your Q3 close loses two days', 'a brief analysis: where your Q3 close loses two days'],
    ['work-sample', 'a sample dashboard for the sales team', 'a sample dashboard for the sales team'],
    ['research', 'The market for SME lending in Spain', 'a short piece of research: The market for SME lending in Spain'],
    ['trial-task', 'one small task from your backlog', 'one small task from your backlog'],
    ['trial-task', '', ''],
  ] as const)('%s + %j -> %j', (form, plan, expected) => {
    expect(impressPlan(form, plan)).toBe(expected);
  });
});
