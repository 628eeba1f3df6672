import type Database from 'better-sqlite3';
import { createBankRepo } from '../bank/bank-repo';
import { createBankService } from '../bank/bank-service';
import { shippedQuestions } from '../bank/shipped-bank';
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

/** Builds the journal, its missed points, reality check and question bank over one database, and brings the shipped bank up to date. */
export function createJournalDomain(db: Database.Database, now: () => Date) {
  const bankRepo = createBankRepo(db);
  const bank = createBankService(db, bankRepo, now);
  bank.syncShipped(shippedQuestions());
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
  return { journal, bank, realityCheck, missedPoints, routes };
}
