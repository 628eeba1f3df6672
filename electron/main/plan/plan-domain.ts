import type Database from 'better-sqlite3';
import type { InsightsRepo, InsightsService } from '../insights/insights-domain';
import { createPlanEvidenceRepo } from './plan-evidence-repo';
import { createPlanFollowupsRepo } from './plan-followups-repo';
import { createPlanGenerator } from './plan-generated';
import { createPlanRepo } from './plan-repo';
import { createPlanPdf, type WritePdf } from './plan-pdf';
import { planRoutes } from './plan-routes';
import { createPlanService } from './plan-service';

// What the composition root may use: the desktop app's PDF writer has this shape.
export type { WritePdf } from './plan-pdf';

/** What the plan takes from the composition root besides the database: the insights it draws its evidence from. */
interface PlanDomainOptions {
  insights: InsightsService;
  insightsRepo: InsightsRepo;
  now: () => Date;
  /** Writes the print view as a PDF (the desktop app); the browser host leaves it out. */
  writePdf?: WritePdf;
}

/** Builds the improvement plan: generated parts from the journal, practice, insights and follow-ups, own parts stored. */
export function createPlanDomain(db: Database.Database, o: PlanDomainOptions) {
  const generator = createPlanGenerator({
    evidence: createPlanEvidenceRepo(db),
    insightsRepo: o.insightsRepo,
    insights: o.insights,
    followups: createPlanFollowupsRepo(db),
    now: o.now,
  });
  const plan = createPlanService(db, createPlanRepo(db), generator, o.now);
  const pdf = createPlanPdf({ writePdf: o.writePdf, now: o.now });
  return { plan, routes: planRoutes(plan, pdf) };
}
