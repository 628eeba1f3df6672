import { coachRoutes } from './coach-routes';

// What other domains may use: the story bank reads job descriptions with the coach's tagger, words and language check.
// The story bank's coach (a story's parts, its result's number, "I" and "we", where an answer told a result) too.
export { looksEnglish } from './language-check';
export { tag, type Tagged } from './nlp';
export { hasQuantity } from './numbers';
export { countPronouns } from './pronouns';
export { readAnswer } from './read-answer';
export { segmentSentences, segmentWords, type Word } from './segment';

/** The answer coach: a pure reading of answers (no database, no state), behind one route. */
export function createCoachDomain() {
  return { routes: coachRoutes() };
}
