import { z } from 'zod';

/** Which way a "move" route shifts an item in its list, one place at a time. */
export const moveDirectionSchema = z.enum(['up', 'down']);
export type MoveDirection = z.infer<typeof moveDirectionSchema>;
