import type Database from 'better-sqlite3';
import type { ModelAnswer } from '../../shared/model-answers-schemas';
import type { InsightsRepo, InsightsService } from '../insights/insights-domain';
import { createPlanEvidenceRepo } from './plan-evidence-repo';
import { createPlanFollowupsRepo } from './plan-followups-repo';
import { createPlanGenerator } from './plan-generated';
import { createPlanRepo } from './plan-repo';
import { createPlanPdf, type WritePdf } from './plan-pdf';
import { planRoutes } from './plan-routes';
import { planStories, readPlanTermsAhead, type PlanStoryBank } from './plan-stories';
import { createPlanStoriesRepo } from './plan-stories-repo';
import { createPlanService } from './plan-service';

// What the composition root may use: the desktop app's PDF writer has this shape.
export type { WritePdf } from './plan-pdf';
export type { PlanStoryBank } from './plan-stories';

/** What the plan takes from the composition root besides the database: the insights it draws its evidence from. */
interface PlanDomainOptions {
  insights: InsightsService;
  insightsRepo: InsightsRepo;
  now: () => Date;
  /** Writes the print view as a PDF (the desktop app); the browser host leaves it out. */
  writePdf?: WritePdf;
  /** The person's model answers, listed by the plan and its export. */
  modelAnswers?: () => ModelAnswer[];
  /** The story bank: its stories and each job description's key terms no story covers, listed by the plan and its export. */
  stories?: PlanStoryBank;
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
  const storiesRepo = createPlanStoriesRepo(db);
  const plan = createPlanService(db, createPlanRepo(db), generator, o.now, o.modelAnswers, (range) =>
    planStories(o.stories, storiesRepo, range),
  );
  const pdf = createPlanPdf({ writePdf: o.writePdf, now: o.now });
  return { plan, routes: planRoutes(plan, pdf, (range) => readPlanTermsAhead(o.stories, storiesRepo, range)) };
}
