import { z } from 'zod';

/** The most a pasted job description may hold: several pages of text; more is refused with a message. */
export const MAX_JOB_TEXT_CHARS = 100_000;

/** What a job term names: a skill, a tool or system, a qualification, or a duty of the job. */
export const jobTermKindSchema = z.enum(['skill', 'tool', 'qualification', 'duty']);

/** One term that matters in a job description, with its weight (1 for the strongest) and kind. */
export const jobTermSchema = z.object({
  term: z.string(),
  weight: z.number().min(0).max(1),
  kind: jobTermKindSchema,
});
export type JobTerm = z.infer<typeof jobTermSchema>;

/** The terms of a job description, best first; `skipped` says why there are none (nothing pasted, not English). */
export const jobTermsSchema = z.object({
  terms: z.array(jobTermSchema),
  skipped: z.enum(['empty', 'not-english']).nullable(),
});
export type JobTerms = z.infer<typeof jobTermsSchema>;

/**
 * A job description as pasted or read from a file, checked for size before anything reads it. Control characters are
 * not refused here: pdftotext's page breaks (form feeds) are ordinary in such files, and the reader turns them into
 * line breaks.
 */
export const jobTextSchema = z
  .string()
  .max(
    MAX_JOB_TEXT_CHARS,
    `A job description is read up to ${MAX_JOB_TEXT_CHARS.toLocaleString('en')} characters: paste the part with the duties and the requirements.`,
  );
