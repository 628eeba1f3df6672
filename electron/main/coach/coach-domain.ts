import { coachRoutes } from './coach-routes';

// What other domains may use: the story bank reads job descriptions with the coach's tagger, words and language check.
export { looksEnglish } from './language-check';
export { tag, type Tagged } from './nlp';
export { readAnswer } from './read-answer';
export { segmentWords } from './segment';

/** The answer coach: a pure reading of answers (no database, no state), behind one route. */
export function createCoachDomain() {
  return { routes: coachRoutes() };
}
