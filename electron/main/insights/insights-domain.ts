import type Database from 'better-sqlite3';
import { createReviewRepo } from '../practice/practice-domain';
import { createInsightsRepo } from './insights-repo';
import { insightsRoutes } from './insights-routes';
import { createInsightsService } from './insights-service';

// What other domains may use: the plan draws its evidence from the same service and repo.
export type { HeldBounds, InsightsRepo } from './insights-repo';
export { oneDecimal, type InsightsService } from './insights-service';

/** Builds the insights charts over one database; the plan reads the same service and repo for its evidence. */
export function createInsightsDomain(db: Database.Database, now: () => Date) {
  const repo = createInsightsRepo(db);
  const insights = createInsightsService(repo, createReviewRepo(db), now);
  return { insights, repo, routes: insightsRoutes(insights) };
}
