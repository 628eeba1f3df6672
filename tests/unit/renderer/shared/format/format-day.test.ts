import { describe, expect, it } from 'vitest';
import { formatDay, formatLocalDay, formatShortDay, formatWeekday } from '@renderer/shared/format/format-day';
import { formatDateTime } from '@renderer/shared/format/format-date';
import { formatHeldAt, formatRowDay } from '@renderer/shared/format/format-held-at';
import { formatDay as followupDay } from '@renderer/features/followups/followup-dates';
import { dateInputProblem } from '@renderer/shared/date-input-problem';

const now = new Date(2026, 4, 20, 12, 0);

describe('one date format on every screen', () => {
  it('reads "day month year" wherever a date is shown, with no locale passed', () => {
    expect(formatDay('2026-03-03')).toBe('3 Mar 2026');
    expect(formatLocalDay(new Date(2026, 2, 3, 23, 59))).toBe('3 Mar 2026');
    expect(formatHeldAt('2026-03-03')).toBe('Tue, 3 Mar 2026');
    expect(formatHeldAt('2026-03-03T14:30')).toBe('Tue, 3 Mar 2026, 14:30');
    expect(followupDay('2025-03-04', now)).toBe('Tue, 4 Mar 2025');
    expect(formatDateTime(new Date(2025, 0, 14, 18, 0).toISOString(), now)).toBe('14 Jan 2025 at 18:00');
  });

  it('leaves the year out only where a screen asks', () => {
    expect(formatRowDay('2026-03-03', now)).toBe('3 Mar');
    expect(formatRowDay('2025-03-03', now)).toBe('3 Mar 2025');
    expect(followupDay('2026-03-04T09:00', now)).toBe('Wed 4 Mar');
    expect(formatShortDay('2026-03-03')).toBe('3 Mar');
    expect(formatWeekday('2026-05-02')).toBe('Sat 2');
  });

  it('gives back what is not a date unchanged', () => {
    expect(formatDay('soon')).toBe('soon');
    expect(formatHeldAt('')).toBe('No date');
  });
});

describe('dateInputProblem', () => {
  const input = (value: string, badInput = false) => ({ value, validity: { badInput } as ValidityState });

  it('says the main process’s sentence for an impossible date, and its own when the control hides the parts', () => {
    expect(dateInputProblem(input('2026-02-30'))).toBe('There is no 30 February 2026.');
    expect(dateInputProblem(input('', true))).toMatch(/^There is no such date/);
    expect(dateInputProblem(input('2026-02-28'))).toBeNull();
    expect(dateInputProblem(input(''))).toBeNull();
  });
});
