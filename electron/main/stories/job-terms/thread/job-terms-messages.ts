import { z } from 'zod';
import { jobTermsSchema } from '../../../../shared/stories-schemas';

/** What the main process asks the terms thread: the terms of one text. */
export interface ThreadRequest {
  id: number;
  text: string;
}

/** What the terms thread answers, checked on arrival: the terms, or the extractor's own failure. */
export const threadReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), terms: jobTermsSchema }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type ThreadReply = z.infer<typeof threadReplySchema>;
