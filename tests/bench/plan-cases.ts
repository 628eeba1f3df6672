import { columnsOf, TABLE_SPECS } from '../../electron/main/data-transfer/table-specs';
import { createInsightsRepo } from '../../electron/main/insights/insights-repo';
import { createPlanEvidenceRepo } from '../../electron/main/plan/plan-evidence-repo';
import { EXPORT_TABLES } from '../../electron/shared/data-transfer-export-schemas';
import type { BenchCase } from './harness';
import type { BenchContext } from './bench-context';

/** Runs per plan case: each builds the whole plan (tens of milliseconds), so 50 give a steady p95 without doubling the bench. */
const PLAN_ITERATIONS = 50;
/** Runs of the whole-database export: each takes a good part of a second at this size, so fewer runs say enough. */
const EXPORT_ITERATIONS = 20;

/** The plan screen at size: building the plan, its Markdown export, the insights charts, and the whole database as JSON. */
export async function planCases(ctx: BenchContext): Promise<BenchCase[]> {
  const { db } = ctx;
  // A plan the person has worked on: some action items of their own, and a note.
  for (let i = 0; i < 20; i++)
    await ctx.call('plan:addItem', { text: `Action item ${i}`, targetOn: i % 2 ? '2026-12-01' : null, area: 'closing' });
  // As the plan screen does: load the plan, then save the note at the revision it showed.
  const shown = (await ctx.call('plan:get', {})) as { note: { revision: number } };
  await ctx.call('plan:saveNote', { baseRevision: shown.note.revision, body: 'Notes on the plan. '.repeat(50) });

  // The plan's main reads as raw SQL: area averages, the lowest-rated evidence, the fumbled questions, the due counts.
  const insights = createInsightsRepo(db);
  const evidence = createPlanEvidenceRepo(db);
  const all = { from: '', to: '\uffff' };
  const planRaw = () => {
    const areas = insights.areaAverages(all).sort((a, b) => a.average - b.average);
    for (const a of areas.slice(0, 3)) evidence.lowest(a.area, all, 3);
    const fumbled = evidence.fumbled(all);
    for (const f of fumbled.slice(0, 20)) {
      evidence.keyPoints(f.question_id, all);
      evidence.practice(f.question_id);
    }
    return insights.dueBefore(new Date().toISOString());
  };

  // The export's reads as raw SQL: every table's rows as JSON text, joined.
  const dumps = EXPORT_TABLES.map((t) =>
    db
      .prepare(
        `SELECT json_object(${columnsOf(t)
          .map((c) => `'${c}', "${c}"`)
          .join(', ')}) FROM "${t}" ORDER BY ${TABLE_SPECS[t].key.join(', ')}`,
      )
      .pluck(),
  );
  const exportRaw = () => dumps.map((s) => (s.all() as string[]).join(',\n')).join('\n');

  return [
    {
      name: 'plan:get (whole journal)',
      route: () => ctx.call('plan:get', {}),
      raw: planRaw,
      targetP95Ms: 200,
      iterations: PLAN_ITERATIONS,
    },
    {
      name: 'plan:exportMarkdown (all sections)',
      route: () => ctx.call('plan:exportMarkdown', {}),
      targetP95Ms: 200,
      iterations: PLAN_ITERATIONS,
    },
    { name: 'insights:overview (five charts)', route: () => ctx.call('insights:overview', {}), iterations: PLAN_ITERATIONS },
    {
      name: 'data:exportJson (whole database)',
      route: () => ctx.call('data:exportJson', {}),
      raw: exportRaw,
      targetP95Ms: 2000,
      iterations: EXPORT_ITERATIONS,
    },
  ];
}
