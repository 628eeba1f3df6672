import { z } from 'zod';
import { byId, defineRoute } from './define-route';
import { missedPointTextSchema, missedPointsStateSchema, suggestionKeySchema } from './missed-points-schemas';
import { baseRevisionSchema } from './revision';
import { idSchema } from './ids';
import { moveDirectionSchema } from './move-direction';

const interview = { interviewId: idSchema };

/** Routes of an interview's "points I did not get across" (the journal's), which follow-ups offer first. */
export const missedPointsContract = {
  /** The list, and the sentences of the notes and "what went badly" that say something was not said. */
  'missed-point:list': defineRoute({ input: z.object(interview).strict(), output: missedPointsStateSchema }),
  'missed-point:add': defineRoute({
    input: z.object({ ...interview, text: missedPointTextSchema }).strict(),
    output: missedPointsStateSchema,
  }),
  /** Adds a suggestion to the list, as offered or reworded (text); it is not offered again. */
  'missed-point:accept': defineRoute({
    input: z.object({ ...interview, key: suggestionKeySchema, text: missedPointTextSchema.optional() }).strict(),
    output: missedPointsStateSchema,
  }),
  /** Says no to a suggestion; it is not offered again. */
  'missed-point:dismiss': defineRoute({
    input: z.object({ ...interview, key: suggestionKeySchema }).strict(),
    output: missedPointsStateSchema,
  }),
  'missed-point:update': defineRoute({
    input: z.object({ id: idSchema, baseRevision: baseRevisionSchema, text: missedPointTextSchema }).strict(),
    output: missedPointsStateSchema,
  }),
  /** Removes a point; one that came from a suggestion is not suggested again. */
  'missed-point:remove': defineRoute({ input: byId, output: missedPointsStateSchema }),
  /** Follow-ups quote the first one or two, so the order is the person's to set. */
  'missed-point:move': defineRoute({
    input: z.object({ id: idSchema, direction: moveDirectionSchema }).strict(),
    output: missedPointsStateSchema,
  }),
};
