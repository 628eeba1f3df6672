import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isBefore, nextWeekday, toLocalStamp } from '../../../../electron/shared/local-days';
import { sendWindow, windowState } from '../../../../electron/main/followups/send-window';

describe('sendWindow', () => {
  it('1-2 days (the default advice): the two calendar days after the interview, whatever its time', () => {
    const expected = {
      setting: '1-2-days',
      opensAt: '2026-03-04T00:00',
      closesAt: '2026-03-06T00:00',
      firstDay: '2026-03-04',
      lastDay: '2026-03-05',
    };
    expect(sendWindow('2026-03-03T10:00', '1-2-days')).toEqual(expected);
    expect(sendWindow('2026-03-03', '1-2-days')).toEqual(expected);
    expect(sendWindow('2026-03-03T23:59', '1-2-days')).toEqual(expected);
    expect(sendWindow('2026-03-03T00:00', '1-2-days')).toEqual(expected);
  });

  it('same day: from the interview time to midnight; from the start of the day when no time was noted', () => {
    expect(sendWindow('2026-03-03T14:30', 'same-day')).toEqual({
      setting: 'same-day',
      opensAt: '2026-03-03T14:30',
      closesAt: '2026-03-04T00:00',
      firstDay: '2026-03-03',
      lastDay: '2026-03-03',
    });
    expect(sendWindow('2026-03-03', 'same-day')).toMatchObject({
      opensAt: '2026-03-03T00:00',
      closesAt: '2026-03-04T00:00',
      lastDay: '2026-03-03',
    });
  });

  it('within 24 hours: to the same time the next day; a date alone gets that day and the next', () => {
    expect(sendWindow('2026-03-03T14:30', 'within-24h')).toEqual({
      setting: 'within-24h',
      opensAt: '2026-03-03T14:30',
      closesAt: '2026-03-04T14:30',
      firstDay: '2026-03-03',
      lastDay: '2026-03-04',
    });
    expect(sendWindow('2026-03-03', 'within-24h')).toMatchObject({
      opensAt: '2026-03-03T00:00',
      closesAt: '2026-03-05T00:00',
      lastDay: '2026-03-04',
    });
    // An interview at midnight closes at midnight: the last whole day is the interview's own.
    expect(sendWindow('2026-03-03T00:00', 'within-24h')).toMatchObject({ closesAt: '2026-03-04T00:00', lastDay: '2026-03-03' });
  });

  it('crosses month, year and leap-day ends', () => {
    expect(sendWindow('2026-01-31T09:00', '1-2-days')).toMatchObject({
      opensAt: '2026-02-01T00:00',
      closesAt: '2026-02-03T00:00',
    });
    expect(sendWindow('2026-12-31', '1-2-days')).toMatchObject({ opensAt: '2027-01-01T00:00', closesAt: '2027-01-03T00:00' });
    expect(sendWindow('2028-02-28T23:00', 'within-24h')).toMatchObject({ closesAt: '2028-02-29T23:00', lastDay: '2028-02-29' });
    expect(sendWindow('2026-02-28T23:00', 'within-24h')).toMatchObject({ closesAt: '2026-03-01T23:00' });
  });
});

describe('windowState at the edges', () => {
  const w = sendWindow('2026-03-03T23:30', '1-2-days');

  it.each([
    ['2026-03-03T23:59', 'upcoming'],
    ['2026-03-04T00:00', 'due-now'],
    ['2026-03-05T23:59', 'due-now'],
    ['2026-03-06T00:00', 'overdue'],
    ['2027-01-01T00:00', 'overdue'],
  ] as const)('at %s a 1-2-days window of an interview at 23:30 is %s', (now, state) => {
    expect(windowState(w.opensAt, w.closesAt, now)).toBe(state);
  });

  it('same day, a few minutes before midnight', () => {
    const sameDay = sendWindow('2026-03-03T23:30', 'same-day');
    expect(windowState(sameDay.opensAt, sameDay.closesAt, '2026-03-03T23:29')).toBe('upcoming');
    expect(windowState(sameDay.opensAt, sameDay.closesAt, '2026-03-03T23:30')).toBe('due-now');
    expect(windowState(sameDay.opensAt, sameDay.closesAt, '2026-03-03T23:59')).toBe('due-now');
    expect(windowState(sameDay.opensAt, sameDay.closesAt, '2026-03-04T00:00')).toBe('overdue');
  });

  it('with no start it is due from now, with no end never overdue', () => {
    expect(windowState(null, null, '2030-01-01T00:00')).toBe('due-now');
    expect(windowState(null, '2026-03-04T00:00', '2026-03-04T00:00')).toBe('overdue');
    expect(windowState('2026-03-04T00:00', null, '2026-03-03T00:00')).toBe('upcoming');
  });
});

describe('local time helpers', () => {
  it('toLocalStamp reads the wall clock of the machine, to the minute', () => {
    expect(toLocalStamp(new Date(2026, 2, 3, 9, 5, 59))).toBe('2026-03-03T09:05');
    expect(toLocalStamp(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31T23:59');
  });

  it('addDays, nextWeekday and formatDay', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(nextWeekday('2026-03-07')).toBe('2026-03-09'); // Saturday -> Monday
    expect(nextWeekday('2026-03-08')).toBe('2026-03-09'); // Sunday -> Monday
    expect(nextWeekday('2026-03-06')).toBe('2026-03-06'); // Friday stays
    expect(formatDay('2026-03-03')).toBe('Tuesday 3 March');
  });

  it('isBefore compares a date alone by day, so a same-day send is never "before" a date-only interview', () => {
    expect(isBefore('2026-03-03T08:00', '2026-03-03')).toBe(false);
    expect(isBefore('2026-03-02T23:59', '2026-03-03')).toBe(true);
    expect(isBefore('2026-03-03T08:00', '2026-03-03T09:00')).toBe(true);
    expect(isBefore('2026-03-03', '2026-03-03T09:00')).toBe(false);
  });
});
