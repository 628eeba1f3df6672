import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { createInterview, practise } from '../support/writes';
import { STORY } from './helpers';

const JOB = [
  'Finance Analyst',
  'Responsibilities',
  '• Prepare the month-end close and IFRS 16 lease schedules',
  '• Build Power BI dashboards for the board',
  'Requirements',
  '• Strong Excel and PostgreSQL skills',
  '• ACCA qualified or part-qualified',
].join('\n');

const rowsOf = (core: Core) => core.database.db.prepare('SELECT * FROM job_descriptions ORDER BY interview_id').all();

describe('job descriptions', () => {
  const open = useCores();

  it('starts empty at revision 1, saves a pasted description and picks out its terms', async () => {
    const { core } = await open();
    const interview = await createInterview(core);
    expect(await call(core, 'job:get', { interviewId: interview.id })).toEqual({
      interviewId: interview.id,
      text: '',
      terms: [],
      keyTerms: 0,
      removed: [],
      skipped: 'empty',
      notice: null,
      revision: 1,
    });
    const saved = await call(core, 'job:save', { interviewId: interview.id, baseRevision: 1, text: JOB });
    expect(saved.revision).toBe(2);
    expect(saved.text).toBe(JOB);
    const terms = saved.terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['Power BI', 'PostgreSQL']));
    expect(saved.terms.every((t) => t.source === 'found')).toBe(true);
    expect(saved.notice).toBeNull();
  });

  it('removes a found term on every read, restores it, and adds and removes the person’s own', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    await call(core, 'job:save', { interviewId, text: JOB });
    const removed = await call(core, 'job:removeTerm', { interviewId, term: 'power bi' });
    expect(removed.terms.map((t) => t.term)).not.toContain('Power BI');
    expect(removed.removed).toEqual(['Power BI']);
    expect((await call(core, 'job:get', { interviewId })).removed).toEqual(['Power BI']);
    const restored = await call(core, 'job:restoreTerm', { interviewId, term: 'Power BI' });
    expect(restored.terms.map((t) => t.term)).toContain('Power BI');
    expect(restored.removed).toEqual([]);

    const added = await call(core, 'job:addTerm', { interviewId, term: '  stakeholder   management ' });
    expect(added.terms[0]).toEqual({ term: 'stakeholder management', weight: 1, kind: 'skill', source: 'added' });
    const twice = await fail(core, 'job:addTerm', { interviewId, term: 'Stakeholder management' });
    expect(twice).toMatchObject({ code: 'VALIDATION', message: '"Stakeholder management" is already in the list.' });
    const gone = await call(core, 'job:removeTerm', { interviewId, term: 'stakeholder management' });
    expect(gone.terms.map((t) => t.term)).not.toContain('stakeholder management');
    expect(gone.removed).toEqual([]);
  });

  it('says terms are found in English only for a description in another language', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    const french =
      'Nous recherchons un analyste financier pour notre équipe à Paris. Vous serez chargé de la clôture mensuelle et des rapports pour la direction.';
    const saved = await call(core, 'job:save', { interviewId, text: french });
    expect(saved).toMatchObject({ terms: [], skipped: 'not-english' });
    expect(saved.notice).toMatch(/^Terms are found in English only/);
  });

  it('keeps a PDF’s page breaks as line breaks', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    const saved = await call(core, 'job:save', { interviewId, text: 'Finance Analyst\fRequirements\r\n• Power BI' });
    expect(saved.text).toBe('Finance Analyst\nRequirements\n• Power BI');
  });

  it('shows each term against the stories and practice answers that mention it; the terms no story covers are gaps', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    await call(core, 'job:save', { interviewId, text: JOB });
    await call(core, 'job:addTerm', { interviewId, term: 'month-end close' });
    const story = await call(core, 'story:create', {
      fields: { ...STORY, title: 'Dashboards', action: 'I built Power BI dashboards from our PostgreSQL data.' },
    });
    let coverage = await call(core, 'job:coverage', { interviewId });
    const row = (term: string) => coverage.rows.find((r) => r.term === term)!;
    expect(row('Power BI').stories).toEqual([{ id: story.id, title: 'Dashboards' }]);
    expect(row('PostgreSQL').stories).toEqual([{ id: story.id, title: 'Dashboards' }]);
    expect(coverage.gaps).toContain('month-end close');
    expect(coverage.gaps).not.toContain('Power BI');

    // A practice answer mentions the gap; a new story closes it.
    const { questionId } = await call(core, 'interview-question:add', { interviewId, text: 'Walk me through a close' });
    const graded = await practise(core, questionId, 'good');
    core.database.db
      .prepare('UPDATE attempts SET answer_text = ? WHERE id = ?')
      .run('I ran the month-end close for three entities.', graded.id);
    coverage = await call(core, 'job:coverage', { interviewId });
    expect(row('month-end close').answers).toEqual([
      { attemptId: graded.id, questionText: 'Walk me through a close', excerpt: 'I ran the month-end close for three entities.' },
    ]);
    expect(coverage.gaps).toContain('month-end close');
    // A story started from the gap (titled and tagged with the term) covers it only once a part is written.
    const started = await call(core, 'story:create', { fields: { title: 'month-end close', tags: ['month-end close'] } });
    coverage = await call(core, 'job:coverage', { interviewId });
    expect(coverage.gaps).toContain('month-end close');
    expect(row('month-end close').stories).toEqual([]);
    await call(core, 'story:update', {
      id: started.id,
      baseRevision: started.revision,
      patch: { result: 'The close moved from day eight to day three.' },
    });
    coverage = await call(core, 'job:coverage', { interviewId });
    expect(coverage.gaps).not.toContain('month-end close');
    expect(row('month-end close').stories).toEqual([{ id: started.id, title: 'month-end close' }]);
  });

  it('refuses a description over 100,000 characters, control characters, an unknown interview and a stale copy', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    await call(core, 'job:save', { interviewId, text: JOB });
    const before = rowsOf(core);

    const long = await fail(core, 'job:save', { interviewId, baseRevision: 2, text: 'word '.repeat(20_001).slice(0, 100_001) });
    expect(long.code).toBe('VALIDATION');
    expect(long.details).toEqual([
      {
        path: 'text',
        message: 'A job description is read up to 100,000 characters: paste the part with the duties and the requirements.',
      },
    ]);
    const control = await fail(core, 'job:save', { interviewId, baseRevision: 2, text: 'Analyst\u0000' });
    expect(control.details?.[0]).toMatchObject({ path: 'text', message: expect.stringContaining('control character') });
    const unknown = await fail(core, 'job:save', { interviewId: 999_999, baseRevision: 1, text: JOB });
    expect(unknown).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no interview with id 999999. It may have been deleted.',
    });
    const stale = await fail(core, 'job:save', { interviewId, baseRevision: 1, text: 'Older words' });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('This job description was changed in another window');
    const notListed = await fail(core, 'job:restoreTerm', { interviewId, term: 'Cobol' });
    expect(notListed).toMatchObject({ code: 'VALIDATION', message: '"Cobol" is not among the removed terms.' });
    const emptyTerm = await fail(core, 'job:addTerm', { interviewId, term: '   ' });
    expect(emptyTerm.details?.[0]).toMatchObject({ path: 'term', message: 'Type the term to add.' });
    expect(rowsOf(core)).toEqual(before);

    // Exactly 100,000 characters (a long pasted description) is read.
    let long100k = '';
    for (let i = 0; long100k.length < 100_000; i++) long100k += `${JOB}\n• Reconcile ledger ${i} and report variances\n`;
    const full = await call(core, 'job:save', { interviewId, text: long100k.slice(0, 100_000) });
    expect(full.text.length).toBe(100_000);
    expect(full.terms.map((t) => t.term)).toContain('Power BI');
  });
});

describe('the key terms of a long description', () => {
  const open = useCores();
  // A real ad of 600 words: far more terms are found than matter, and the weak ones come last.
  const SOUND = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/job-terms/blind8-sound-engineer.txt'), 'utf8');

  it('are the best 25 found and those added by hand; the gaps and the plan list only those, the rest are counted', async () => {
    const { core } = await open();
    const interview = await call(core, 'interview:create', {
      company: 'Riverside Hall',
      role: 'Sound Engineer',
      heldAt: '2026-03-06T10:00',
    });
    const interviewId = interview.id;
    const saved = await call(core, 'job:save', { interviewId, text: SOUND });
    expect(saved.terms.length).toBeGreaterThan(40);
    expect(saved.keyTerms).toBe(25);
    const firstPastKey = saved.terms[25]!.term;

    const added = await call(core, 'job:addTerm', { interviewId, term: 'stage management' });
    expect(added.keyTerms).toBe(26);
    expect(added.terms[0]).toMatchObject({ term: 'stage management', source: 'added' });
    expect(added.terms[26]!.term).toBe(firstPastKey);

    // A story covers the best found term: it is no gap, and no term past the key ones is listed as one.
    const best = added.terms[1]!.term;
    await call(core, 'story:create', {
      fields: { ...STORY, title: 'Festival stage', action: `I looked after the ${best} for the whole run.` },
    });
    const coverage = await call(core, 'job:coverage', { interviewId });
    expect(coverage.rows.map((r) => r.term)).toEqual(added.terms.map((t) => t.term));
    expect(coverage.keyTerms).toBe(26);
    const key = added.terms.slice(0, 26).map((t) => t.term);
    expect(coverage.gaps).not.toContain(best);
    expect(coverage.gaps).toContain('stage management');
    expect(coverage.gaps.every((g) => key.includes(g))).toBe(true);
    expect(coverage.gaps.length).toBe(key.filter((k) => coverage.rows.find((r) => r.term === k)!.stories.length === 0).length);
    const uncoveredPast = coverage.rows.slice(26).filter((r) => r.stories.length === 0).length;
    expect(coverage.moreGaps).toBe(uncoveredPast);
    expect(coverage.moreGaps).toBeGreaterThan(10);

    const plan = await call(core, 'plan:get', {});
    expect(plan.uncoveredTerms[0]!.terms).toEqual(coverage.gaps);
    const { content } = await call(core, 'plan:exportMarkdown', {});
    expect(content).toContain(`- ${coverage.gaps[0]}\n`);
    expect(content).not.toContain(`- ${firstPastKey}\n`);

    // A term found further down, typed in "Add your own term", moves up among the key terms, as the text spells it;
    // one listed among them already is refused.
    const weak = added.terms[40]!.term;
    const pinned = await call(core, 'job:addTerm', { interviewId, term: weak.toUpperCase() });
    expect(pinned.terms[0]).toMatchObject({ source: 'added' });
    expect(pinned.terms.slice(0, 2).map((t) => t.term)).toEqual(['stage management', weak]);
    expect(pinned.keyTerms).toBe(27);
    expect(pinned.terms.filter((t) => t.term === weak)).toHaveLength(1);
    const twice = await fail(core, 'job:addTerm', { interviewId, term: best });
    expect(twice).toMatchObject({ code: 'VALIDATION', message: `"${best}" is already in the list.` });
    await call(core, 'job:removeTerm', { interviewId, term: weak });
    expect((await call(core, 'job:get', { interviewId })).terms.map((t) => t.term)).not.toContain(weak);

    // Removing a key term brings the next found one into the key terms.
    const removed = await call(core, 'job:removeTerm', { interviewId, term: best });
    expect(removed.keyTerms).toBe(26);
    expect(removed.terms.slice(0, 26).map((t) => t.term)).toContain(firstPastKey);
  });
});

describe('job description terms when the text changes', () => {
  const open = useCores();

  it('keeps a removed term out, brings it back by hand even after the text dropped it, and shows an added term once', async () => {
    const { core } = await open();
    const { id: interviewId } = await createInterview(core);
    await call(core, 'job:save', { interviewId, text: JOB });
    await call(core, 'job:removeTerm', { interviewId, term: 'Power BI' });
    // The text no longer holds it: adding it by hand lists it as added.
    await call(core, 'job:save', { interviewId, text: JOB.replace('Power BI', 'Tableau') });
    const added = await call(core, 'job:addTerm', { interviewId, term: 'Power BI' });
    expect(added.removed).toEqual([]);
    expect(added.terms.filter((t) => t.term === 'Power BI')).toEqual([
      { term: 'Power BI', weight: 1, kind: 'skill', source: 'added' },
    ]);
    // The text holds it again: it shows once, still as added (a key term); removing it takes out both.
    const again = await call(core, 'job:save', { interviewId, text: JOB });
    expect(again.terms.filter((t) => t.term === 'Power BI').map((t) => t.source)).toEqual(['added']);
    expect(again.terms[0]!.term).toBe('Power BI');
    const removed = await call(core, 'job:removeTerm', { interviewId, term: 'Power BI' });
    expect(removed.terms.map((t) => t.term)).not.toContain('Power BI');
    expect(core.database.db.prepare('SELECT added_terms, removed_terms FROM job_descriptions').get()).toEqual({
      added_terms: '[]',
      removed_terms: '["Power BI"]',
    });
  });
});
