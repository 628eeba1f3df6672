import type Database from 'better-sqlite3';
import { createReviewRepo } from '../practice/review-repo';
import { createInsightsRepo } from './insights-repo';
import { insightsRoutes } from './insights-routes';
import { createInsightsService } from './insights-service';

/** Builds the insights charts over one database; the plan reads the same service and repo for its evidence. */
export function createInsightsDomain(db: Database.Database, now: () => Date) {
  const repo = createInsightsRepo(db);
  const insights = createInsightsService(repo, createReviewRepo(db), now);
  return { insights, repo, routes: insightsRoutes(insights) };
}
