import { describe, expect, it } from 'vitest';
import { createStoriesDomain } from '../../../electron/main/stories/stories-domain';
import { countingReader } from '../support/counting-reader';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';

describe('the terms of each interview’s description are read once', () => {
  const open = useCores();

  it('keeps every interview’s terms, however many interviews hold a description (the plan asks for all in turn)', async () => {
    const { core, db } = await open();
    const ids: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const { id } = await createInterview(core, { company: `Company ${i}` });
      await call(core, 'job:save', { interviewId: id, baseRevision: 1, text: `Analyst ${i}\nRequirements\n• Power BI ${i}` });
      ids.push(id);
    }
    const reader = countingReader();
    const { routes } = createStoriesDomain(db, () => new Date('2026-03-10T12:00:00Z'), reader);
    for (let round = 0; round < 3; round++) {
      for (const interviewId of ids) {
        const coverage = await routes['job:coverage']!({ interviewId });
        expect(coverage.rows.map((r) => r.term)).toContain(`Power BI ${ids.indexOf(interviewId) + 1}`);
      }
    }
    // Twelve descriptions, each read once; the second and third rounds find them all kept.
    expect(reader.texts).toHaveLength(12);
    expect(new Set(reader.texts).size).toBe(12);
  });
});
