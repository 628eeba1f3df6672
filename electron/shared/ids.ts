import { z } from 'zod';

/** A database id, always a positive whole number. */
export const idSchema = z.number().int().positive();
