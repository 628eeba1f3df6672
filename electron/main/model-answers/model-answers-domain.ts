import type Database from 'better-sqlite3';
import { createModelAnswersRepo } from './model-answers-repo';
import { modelAnswersRoutes } from './model-answers-routes';
import { createModelAnswersService } from './model-answers-service';

/** Builds model answers over one database: a person's rebuilt answers, one per question. */
export function createModelAnswersDomain(db: Database.Database, now: () => Date) {
  const modelAnswers = createModelAnswersService(db, createModelAnswersRepo(db), now);
  return { modelAnswers, routes: modelAnswersRoutes(modelAnswers) };
}
