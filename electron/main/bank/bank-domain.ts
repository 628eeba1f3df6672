import type Database from 'better-sqlite3';
import { createBankRepo } from './bank-repo';
import { bankRoutes } from './bank-routes';
import { createBankService } from './bank-service';
import { shippedQuestions } from './shipped-bank';

// What other domains may use: the journal files questions through the repo; data transfers restock the shipped bank.
export type { BankRepo } from './bank-repo';
export type { BankService } from './bank-service';
export { shippedQuestions } from './shipped-bank';

/** Builds the question bank over one database and brings its shipped questions up to date. */
export function createBankDomain(db: Database.Database, now: () => Date) {
  const repo = createBankRepo(db);
  const bank = createBankService(db, repo, now);
  bank.syncShipped(shippedQuestions());
  return { bank, repo, routes: bankRoutes(bank) };
}
