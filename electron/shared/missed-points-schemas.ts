import { z } from 'zod';
import { plainString } from './plain-text';
import { revisionSchema } from './revision';
import { idSchema } from './ids';

/** The most points one interview's list holds: a follow-up quotes one or two, so a long list helps nobody. */
export const MAX_MISSED_POINTS = 20;

/** A point as the person words it: one line, what they did not get across. */
export const missedPointTextSchema = plainString()
  .trim()
  .min(1, 'Write the point, or remove it.')
  .max(1000, 'Keep each point under 1,000 characters.')
  .refine((v) => !/[\r\n]/.test(v), 'Keep a point to one line.');

/** A suggestion's key, as missed-point:list gave it. */
export const suggestionKeySchema = plainString().min(1).max(400);

/** One point of the list "points I did not get across". */
const missedPointSchema = z.object({
  id: idSchema,
  text: z.string(),
  /** Accepted from a sentence of the journal (rather than typed). */
  suggested: z.boolean(),
  /** Moves on with every rewording; missed-point:update needs it back. */
  revision: revisionSchema,
});

/** A sentence of the notes or "what went badly" that says something was not said, offered as a point. */
const missedPointSuggestionSchema = z.object({
  key: z.string(),
  /** The person's sentence, as written. */
  sentence: z.string(),
  /** The point it names, what accepting it adds (the person may reword it first). */
  point: z.string(),
  /** Where it was written: "Notes", "Quality of answers: what went badly". */
  from: z.array(z.string()),
});
export type MissedPointSuggestion = z.infer<typeof missedPointSuggestionSchema>;

/** An interview's list and the suggestions not yet accepted or dismissed; every missed-point route answers with it. */
export const missedPointsStateSchema = z.object({
  interviewId: idSchema,
  points: z.array(missedPointSchema),
  suggestions: z.array(missedPointSuggestionSchema),
  /** How many suggestions were dismissed; they are not offered again. */
  dismissed: z.number().int(),
});
export type MissedPointsState = z.infer<typeof missedPointsStateSchema>;
