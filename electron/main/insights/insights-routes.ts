import type { Handlers } from '../ipc/router';
import type { InsightsService } from './insights-service';

/** The insights routes: each one line into the service. */
export function insightsRoutes(insights: InsightsService): Handlers {
  return {
    'insights:overview': ({ limit, ...range }) => insights.overview(range, limit),
    'insights:areaTrends': ({ limit, ...range }) => insights.areaTrends(range, limit),
    'insights:fumbledCategories': (range) => insights.fumbledCategories(range),
    'insights:practiceGrades': (range) => insights.practiceGrades(range),
    'insights:dueForecast': () => insights.dueForecast(),
    'insights:streak': () => insights.streak(),
  };
}
