import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJobTerms } from '../../../electron/main/stories/job-terms/job-terms';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/job-terms');
const SHORT = fs.readFileSync(
  path.join(
    FIXTURES,
    fs.readdirSync(FIXTURES).find((f) => f.endsWith('.txt'))!,
  ),
  'utf8',
);
/** A pasted description near the 100,000-character limit: its terms take a noticeable while to find. */
const LONG = Array.from({ length: Math.ceil(99_000 / (SHORT.length + 1)) }, () => SHORT)
  .join('\n')
  .slice(0, 99_000)
  .trimEnd();

describe('job terms are found off the main thread', () => {
  const open = useCores();

  it('answers another route while a 99,000-character description is saved, and saves the same terms', async () => {
    const { core } = await open();
    const acme = await createInterview(core, { company: 'Acme' });
    const other = await createInterview(core, { company: 'Globex' });
    // Another window's description, read already: its route needs no new terms.
    await call(core, 'job:save', { interviewId: other.id, text: 'Analyst\nRequirements\n• Power BI' });

    const done: string[] = [];
    const save = core.router
      .dispatch('job:save', { interviewId: acme.id, baseRevision: 1, text: LONG })
      .then((r) => (done.push('job:save'), r));
    const list = core.router.dispatch('interview:list', {}).then((r) => (done.push('interview:list'), r));
    const get = core.router.dispatch('job:get', { interviewId: other.id }).then((r) => (done.push('job:get'), r));
    const [saved, listed, read] = await Promise.all([save, list, get]);
    expect(listed.ok && read.ok).toBe(true);
    // Found on this thread, the save would have held every other route back until its terms were found.
    expect(done).toEqual(['interview:list', 'job:get', 'job:save']);

    if (!saved.ok) expect.fail(JSON.stringify(saved.error));
    const expected = extractJobTerms(LONG);
    expect(saved.data).toEqual({
      interviewId: acme.id,
      text: LONG,
      terms: expected.terms.map((t) => ({ ...t, source: 'found' })),
      keyTerms: 25,
      removed: [],
      skipped: expected.skipped,
      notice: null,
      revision: 2,
    });
    expect(await call(core, 'job:get', { interviewId: acme.id })).toEqual(saved.data);
    const coverage = await call(core, 'job:coverage', { interviewId: acme.id });
    expect(coverage.rows.map((r) => r.term)).toEqual(expected.terms.map((t) => t.term));
  });

  it('refuses a stale save from a second window while the first one’s terms were being found', async () => {
    const { core } = await open();
    const acme = await createInterview(core);
    const first = core.router.dispatch('job:save', { interviewId: acme.id, baseRevision: 1, text: LONG });
    const second = core.router.dispatch('job:save', { interviewId: acme.id, baseRevision: 1, text: 'Barista' });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error.code).toBe('CONFLICT');
    const kept = await call(core, 'job:get', { interviewId: acme.id });
    expect(kept.revision).toBe(2);
  });
});
