import { defineRoute } from './define-route';
import { coachInputSchema, coachReadingSchema } from './coach-schemas';

/** The answer coach: reads one answer (typed, or a corrected transcript) and says what it found. Stores nothing. */
export const coachContract = {
  /** STAR parts, a result with a number, "I" and "we", hedges, fillers, length and at most three remarks. */
  'coach:read': defineRoute({ input: coachInputSchema, output: coachReadingSchema }),
};
