import { z } from 'zod';
import { defineRoute, noInput } from './define-route';
import {
  areaTrendsSchema,
  dayRangeSchema,
  dayRangeShape,
  dueForecastSchema,
  fumbledCategoriesSchema,
  inOrder,
  insightsOverviewSchema,
  outOfOrder,
  practiceGradesSchema,
  streakSchema,
} from './insights-schemas';

/** How many interviews the area chart shows at most by default; more points than this are unreadable on a chart. */
const DEFAULT_TREND_INTERVIEWS = 50;

const rangeInput = dayRangeSchema.default({});
const trendInput = z
  .object({ ...dayRangeShape, limit: z.number().int().min(1).max(1000).default(DEFAULT_TREND_INTERVIEWS) })
  .strict()
  .refine(inOrder, outOfOrder)
  .default({ limit: DEFAULT_TREND_INTERVIEWS });

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
