import { z } from 'zod';

/** The revision an editor last loaded or saved; every save sends it back, and one from an older revision is refused. */
export const baseRevisionSchema = z
  .number({ error: 'Send the revision this was loaded at (baseRevision).' })
  .int('A revision is a whole number.')
  .min(1, 'A revision starts at 1.');

/** A record's revision in an answer: it goes up by one with every write of that record. */
export const revisionSchema = z.number().int().min(1);
