import { z } from 'zod';
import { questionCategorySchema } from '../../shared/journal-schemas';
import shipped from '../../../resources/question-bank.json';
import type { ShippedQuestion } from './bank-repo';

const shippedSchema = z.object({
  version: z.literal(1),
  questions: z.array(
    z.object({
      id: z.string().regex(/^qb-\d{3,}$/),
      text: z.string().min(3),
      category: questionCategorySchema,
      tags: z.array(z.string()),
      hints: z.array(z.string()).min(1),
    }),
  ),
});

/** The question bank shipped with the app, checked once: a broken bank file is a build error, not a runtime surprise. */
export function shippedQuestions(): ShippedQuestion[] {
  return shippedSchema.parse(shipped).questions;
}
