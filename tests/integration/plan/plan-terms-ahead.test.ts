import { describe, expect, it } from 'vitest';
import { createInsightsDomain } from '../../../electron/main/insights/insights-domain';
import { createPlanDomain } from '../../../electron/main/plan/plan-domain';
import { createStoriesDomain } from '../../../electron/main/stories/stories-domain';
import { countingReader } from '../support/counting-reader';
import { useCores } from '../support/cores';
import { call } from '../support/routes';

describe('the plan has its job descriptions read off the main thread', () => {
  const open = useCores();

  it('reads every interview’s terms on the terms thread before it lists the uncovered ones, once each', async () => {
    const { core, db } = await open();
    for (let i = 1; i <= 10; i++) {
      const { id } = await call(core, 'interview:create', { company: `Company ${i}`, heldAt: `2026-03-0${(i % 9) + 1}T10:00` });
      await call(core, 'job:save', { interviewId: id, baseRevision: 1, text: `Analyst ${i}\nRequirements\n• Power BI ${i}` });
    }
    // A fresh start: nothing kept yet, as when the app opens on the plan.
    const now = () => new Date('2026-03-10T12:00:00Z');
    const reader = countingReader();
    const stories = createStoriesDomain(db, now, reader).stories;
    const insights = createInsightsDomain(db, now);
    const { routes } = createPlanDomain(db, {
      insights: insights.insights,
      insightsRepo: insights.repo,
      now,
      stories: {
        list: () => stories.list(),
        gaps: (interviewId) => stories.coverage(interviewId).gaps,
        readAhead: (interviewIds) => stories.readAhead(interviewIds),
      },
    });

    // Two windows open the plan at once: each description goes to the thread once all the same.
    const [plan] = await Promise.all([routes['plan:get']!({ questionLimit: 5 }), routes['plan:get']!({ questionLimit: 5 })]);
    expect(plan.uncoveredTerms).toHaveLength(10);
    expect(plan.uncoveredTerms.flatMap((i) => i.terms)).toEqual(expect.arrayContaining(['Power BI 1', 'Power BI 10']));
    // Each description went to the thread (none was read on the main thread behind its back)…
    expect(reader.texts).toHaveLength(10);
    expect(new Set(reader.texts).size).toBe(10);
    // …and the export, and the plan again, find them all kept.
    const md = await routes['plan:exportMarkdown']!({ questionLimit: 5, sections: ['uncovered-terms'] });
    expect(md.content).toContain('Power BI 7');
    await routes['plan:get']!({ questionLimit: 5 });
    expect(reader.texts).toHaveLength(10);
  });
});
