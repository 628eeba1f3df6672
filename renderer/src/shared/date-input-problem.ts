import { impossibleDateMessage } from '@shared/dates';

/**
 * What is wrong with the date in a date input, before anything is sent: the main process's own sentence for an
 * impossible date ("There is no 30 February 2026."), or, when Chromium's date control holds a day the month does not
 * have (it then reports "bad input" and hides the parts typed), the same thought without the date. Null when fine.
 */
export function dateInputProblem(input: Pick<HTMLInputElement, 'value' | 'validity'>): string | null {
  if (input.validity.badInput) return 'There is no such date: that month does not have that day.';
  return impossibleDateMessage(input.value);
}
