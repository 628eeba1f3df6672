import { z } from 'zod';
import { keyPointOriginSchema } from './practice-schemas';
import { speechFiguresSchema, timeSpanSchema, timedWordSchema } from './speech-schemas';

// The shapes the database's JSON text columns hold, named once: repos read each column back through its schema (a
// damaged value fails where it is read, not screens later), and an import checks the same shapes in the file.

/** A list of strings: a question's hints and tags, an interview's tags, a follow-up's missed points. */
export const stringListColumn = z.array(z.string());

/** A follow-up's story citations (migration 0015): which story backs which missed point, and whether it was left out. */
export const storyCitationsColumn = z.array(
  z.object({ point: z.string(), story: z.string(), sentence: z.string(), leftOut: z.boolean() }).strict(),
);

/** A practice session's plan: the questions in order, each with the reason it was chosen. */
export const plannedQuestionsColumn = z.array(
  z.object({ questionId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), reason: z.string() }),
);
export type PlannedQuestion = z.infer<typeof plannedQuestionsColumn>[number];

/** An attempt's key points and whether the answer covered each; a point saved before origins were kept is the bank's. */
export const checkedPointsColumn = z.array(
  z.object({ text: z.string(), origin: keyPointOriginSchema.default('bank'), covered: z.boolean() }),
);

/** A transcript's recognised words with their times. */
export const timedWordsColumn = z.array(timedWordSchema);

/** A transcript's stretches of speech, as the voice-activity model found them. */
export const speechSpansColumn = z.array(timeSpanSchema);

/** A transcript's figures from the voice. */
export const speechFiguresColumn = speechFiguresSchema;
