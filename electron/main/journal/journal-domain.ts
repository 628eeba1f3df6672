import type Database from 'better-sqlite3';
import type { BankRepo } from '../bank/bank-domain';
import { createInterviewQuestionRepo } from './interview-question-repo';
import { createInterviewRepo } from './interview-repo';
import { createJournalListRepo } from './journal-list-repo';
import { journalRoutes } from './journal-routes';
import { createJournalService } from './journal-service';
import { createMissedPointRepo } from './missed-point-repo';
import { missedPointRoutes } from './missed-point-routes';
import { createMissedPointsService } from './missed-points-service';
import { createRealityCheckService } from './reality-check-service';
import { createReflectionRepo } from './reflection-repo';
import { createSearchIndexRepo } from './search-index-repo';

// What other domains may use: data transfers rebuild the search index; follow-ups read the forgotten points.
export { createSearchIndexRepo, type SearchIndexRepo } from './search-index-repo';
export { extractPoint, pointKey } from './forgotten-sentences';

/** Builds the journal, its missed points and reality check over one database; questions are filed in the bank's repo. */
export function createJournalDomain(db: Database.Database, bankRepo: BankRepo, now: () => Date) {
  const reflections = createReflectionRepo(db);
  const interviews = createInterviewRepo(db);
  const journal = createJournalService(
    db,
    {
      interviews,
      reflections,
      asked: createInterviewQuestionRepo(db),
      list: createJournalListRepo(db),
      search: createSearchIndexRepo(db),
      bank: bankRepo,
    },
    now,
  );
  const realityCheck = createRealityCheckService(journal, reflections);
  const missedPoints = createMissedPointsService(db, { points: createMissedPointRepo(db), interviews, reflections }, now);
  const routes = { ...journalRoutes(journal, realityCheck), ...missedPointRoutes(missedPoints) };
  return { journal, realityCheck, missedPoints, routes };
}
