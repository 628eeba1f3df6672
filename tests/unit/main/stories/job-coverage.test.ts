import { describe, expect, it } from 'vitest';
import type { JobTermEntry } from '../../../../electron/shared/stories-schemas';
import { jobCoverage } from '../../../../electron/main/stories/job-coverage';
import { findTerm, matchTokens } from '../../../../electron/main/stories/text-match';

const term = (t: string): JobTermEntry => ({ term: t, weight: 1, kind: 'skill', source: 'found' });
const found = (t: string, text: string) => findTerm(matchTokens(t), matchTokens(text)).length > 0;

describe('matching a term in a text', () => {
  it('matches whole words by their stem, multi-word terms side by side', () => {
    expect(found('stakeholder management', 'I managed stakeholders daily')).toBe(false);
    expect(found('stakeholder management', 'Stakeholder Management was my job')).toBe(true);
    expect(found('forecasting model', 'I built forecasting models')).toBe(true);
    expect(found('Excel', 'an excellent result')).toBe(false);
    expect(found('month-end close', 'I ran the month end close')).toBe(true);
    expect(found('data model', 'data and a model')).toBe(false);
    expect(found('budget planning', 'we planned the budget')).toBe(false);
    expect(found('planned maintenance', 'plan maintenance')).toBe(true);
    expect(found('technical skills', 'skilled technical staff')).toBe(false);
    expect(found('analytics', 'Analytic work')).toBe(true);
  });

  it('keeps symbols as written', () => {
    expect(found('C++', 'I wrote C++ for ten years')).toBe(true);
    expect(found('C++', 'I wrote C for ten years')).toBe(false);
    expect(found('CI/CD', 'we set up CI/CD pipelines')).toBe(true);
    expect(found('IFRS 16', 'leases under IFRS 16.')).toBe(true);
    expect(found('IFRS 16', 'leases under IFRS 15')).toBe(false);
    expect(found('Node.js', 'services in Node.js.')).toBe(true);
  });
});

describe('jobCoverage', () => {
  it('lists the stories and answers that mention each term, and the terms no story covers as gaps', () => {
    const stories = [{ id: 7, title: 'Dashboards', text: 'I built Power BI dashboards from PostgreSQL.' }];
    const answers = [
      { attemptId: 3, questionText: 'Tell me about SQL', text: 'I tuned PostgreSQL queries and IFRS 16 schedules.' },
    ];
    const { rows, gaps } = jobCoverage([term('Power BI'), term('PostgreSQL'), term('IFRS 16')], 3, stories, answers);
    expect(rows.map((r) => [r.term, r.stories.map((s) => s.id), r.answers.map((a) => a.attemptId)])).toEqual([
      ['Power BI', [7], []],
      ['PostgreSQL', [7], [3]],
      ['IFRS 16', [], [3]],
    ]);
    expect(gaps).toEqual(['IFRS 16']);
    expect(rows[1].answers[0].excerpt).toBe('I tuned PostgreSQL queries and IFRS 16 schedules.');
  });

  it('counts the gaps past the key terms without listing them: those terms are weak', () => {
    const stories = [{ id: 7, title: 'Close', text: 'I ran the month-end close.' }];
    const terms = ['month-end close', 'IFRS 16', 'Power BI', 'world', 'show'].map(term);
    const coverage = jobCoverage(terms, 3, stories, []);
    expect(coverage.rows.map((r) => r.term)).toEqual(['month-end close', 'IFRS 16', 'Power BI', 'world', 'show']);
    expect(coverage.keyTerms).toBe(3);
    expect(coverage.gaps).toEqual(['IFRS 16', 'Power BI']);
    expect(coverage.moreGaps).toBe(2);
  });

  it('cuts a long answer to the words around the term', () => {
    const long = `${'word '.repeat(40)}the IFRS 16 lease schedules ${'more '.repeat(40)}`;
    const { rows } = jobCoverage([term('IFRS 16')], 1, [], [{ attemptId: 1, questionText: 'Q', text: long }]);
    const excerpt = rows[0].answers[0].excerpt;
    expect(excerpt).toMatch(/^…word/);
    expect(excerpt).toContain('the IFRS 16 lease schedules');
    expect(excerpt).toMatch(/more…$/);
  });
});
