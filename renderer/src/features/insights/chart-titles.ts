// Each insight's title, shared by the Plan screen's cards and the printed plan, so paper says what the screen says.

/** The five insights, in the order the plan shows them. */
export const CHART_TITLES = {
  areas: 'How each part went, interview by interview',
  categories: 'Questions fumbled, by kind',
  grades: 'Practice grades over time',
  forecast: 'Due over the next 14 days',
  streak: 'Practice days in a row',
} as const;
