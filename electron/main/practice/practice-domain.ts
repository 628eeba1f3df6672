import type Database from 'better-sqlite3';
import { installFumbledAgainRule } from './fumbled-again';
import { createPracticeService } from './practice-service';
import { practiceRoutes } from './practice-routes';
import { createPracticeSourcesRepo } from './practice-sources-repo';
import { createRecordingRepo } from './recording-repo';
import { createRecordingService } from './recording-service';
import { createReviewRepo } from './review-repo';
import { createSessionRepo } from './session-repo';

// What other domains may use: insights count reviews; speech reads answers with the same words and fillers.
export { createReviewRepo, type ReviewRepo } from './review-repo';
export { FILLERS, fillerAt, words } from './answer-analysis';

/** Builds practice and recordings over one database and the data folder's recordings directory. */
export function createPracticeDomain(db: Database.Database, recordingsDir: string, now: () => Date) {
  installFumbledAgainRule(db);
  const recordings = createRecordingService(db, createRecordingRepo(db), recordingsDir, now);
  const practice = createPracticeService(
    db,
    { reviews: createReviewRepo(db), sessions: createSessionRepo(db), sources: createPracticeSourcesRepo(db) },
    recordings,
    now,
  );
  return { practice, recordings, routes: practiceRoutes(practice, recordings) };
}
