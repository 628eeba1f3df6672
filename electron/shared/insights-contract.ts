import { z } from 'zod';
import { defineRoute } from './define-route';
import {
  areaTrendsSchema,
  daySchema,
  dueForecastSchema,
  fumbledCategoriesSchema,
  insightsOverviewSchema,
  practiceGradesSchema,
  streakSchema,
} from './insights-schemas';

/** How many interviews the area chart shows at most by default; more points than this are unreadable on a chart. */
export const DEFAULT_TREND_INTERVIEWS = 50;

const range = {
  /** First local day included (interviews by their date, practice by the local day it happened). */
  from: daySchema.optional(),
  /** Last local day included. */
  to: daySchema.optional(),
};
const ordered = <T extends { from?: string; to?: string }>(r: T) => !r.from || !r.to || r.from <= r.to;
const orderMessage = { message: 'The start date must be on or before the end date.', path: ['to'] };

const rangeInput = z.object(range).strict().refine(ordered, orderMessage).default({});
const trendInput = z
  .object({ ...range, limit: z.number().int().min(1).max(1000).default(DEFAULT_TREND_INTERVIEWS) })
  .strict()
  .refine(ordered, orderMessage)
  .default({ limit: DEFAULT_TREND_INTERVIEWS });
const noInput = z.object({}).strict().optional();

/** Read-only routes for the insights charts; every one answers with empty lists and zeros on an empty journal. */
export const insightsContract = {
  /** All five charts at once (the screen's one load); the range applies to areas, categories and grades. */
  'insights:overview': defineRoute({ input: trendInput, output: insightsOverviewSchema }),
  /** Each built-in area's rating across the latest `limit` rated interviews in the range, oldest first. */
  'insights:areaTrends': defineRoute({ input: trendInput, output: areaTrendsSchema }),
  /** Fumbled questions counted by category, most first. */
  'insights:fumbledCategories': defineRoute({ input: rangeInput, output: fumbledCategoriesSchema }),
  /** Graded practice answers per local day: a count per grade and the average. */
  'insights:practiceGrades': defineRoute({ input: rangeInput, output: practiceGradesSchema }),
  /** Cards due on each of the next 14 local days. */
  'insights:dueForecast': defineRoute({ input: noInput, output: dueForecastSchema }),
  /** Practice days in a row. */
  'insights:streak': defineRoute({ input: noInput, output: streakSchema }),
};
