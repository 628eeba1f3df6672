import { describe, expect, it } from 'vitest';
import { impossibleDateMessage, isRealDateTime, localDate, localDateTime } from '../../../electron/shared/dates';
import { longText, MAX_TEXT, shortText } from '../../../electron/shared/text-limits';

describe('impossibleDateMessage', () => {
  it.each([
    ['2026-02-30', 'There is no 30 February 2026.'],
    ['2027-02-29T10:00', 'There is no 29 February 2027.'],
    ['2026-04-31', 'There is no 31 April 2026.'],
    ['2026-13-01', 'There is no month 13; enter a month from 1 to 12.'],
    ['2026-03-01T25:00', 'There is no time 25:00.'],
  ])('names %s, which does not exist, in words', (value, words) => {
    expect(impossibleDateMessage(value)).toBe(words);
  });

  it.each(['2028-02-29', '30/02/2026', ''])('says nothing of %j, a real date or text that is not a date', (value) => {
    expect(impossibleDateMessage(value)).toBeNull();
  });

  it('is the message both date schemas give', () => {
    expect(localDateTime.safeParse('2026-02-30T09:00').error?.issues[0].message).toBe('There is no 30 February 2026.');
    expect(localDate.safeParse('2026-02-30').error?.issues[0].message).toBe('There is no 30 February 2026.');
    expect(localDate.safeParse('2026-02-10T09:00').error?.issues[0].message).toBe('Enter a real date as YYYY-MM-DD.');
  });
});

/** Real dates, with and without a time, and 29 February of leap years. */
const REAL = ['2026-03-01', '2026-03-01T09:30', '2026-12-31T23:59', '2026-01-01T00:00', '2028-02-29', '2000-02-29'];
/** The first and the last day of the years the app accepts. */
const REAL_AT_THE_ENDS = ['1900-01-01', '2200-12-31'];
/** Days that are not in the calendar: 29 February out of a leap year, month 0 or 13, day 0, 31 or 32. */
const NO_SUCH_DAY = ['2026-02-30', '2026-02-29', '1900-02-29', '2100-02-29', '2026-13-01', '2026-00-10'];
const NO_SUCH_DAY_IN_MONTH = ['2026-04-31', '2026-01-00', '2026-01-32'];
const NO_SUCH_TIME = ['2026-03-01T25:00', '2026-03-01T24:00', '2026-03-01T10:60', '2026-03-01T99:99'];
/** Dates written another way: missing zeros, other separators or order, seconds, a zone, spaces around. */
const OTHER_SHAPES = ['', '2026-3-1', '26-03-01', '2026/03/01', '01-03-2026', '2026-03-01 09:30', '2026-03-01T9:30'];
const WITH_MORE = ['2026-03-01T09:30:00', '2026-03-01T09:30Z', '2026-03-01T', ' 2026-03-01', '2026-03-01 ', 'tomorrow'];
/** Years before 1900 or after 2200, a signed year, and digits that are not ASCII. */
const OUT_OF_RANGE = ['1899-12-31', '2201-01-01', '0000-01-01', '+02026-03-01', '２０２６-03-01'];

describe('isRealDateTime', () => {
  it.each([...REAL, ...REAL_AT_THE_ENDS])('accepts the real date %s', (value) => {
    expect(isRealDateTime(value)).toBe(true);
  });

  it.each([...NO_SUCH_DAY, ...NO_SUCH_DAY_IN_MONTH, ...NO_SUCH_TIME])('refuses the impossible date or time %s', (value) => {
    expect(isRealDateTime(value)).toBe(false);
  });

  it.each([...OTHER_SHAPES, ...WITH_MORE, ...OUT_OF_RANGE])('refuses %j, another shape or a year out of range', (value) => {
    expect(isRealDateTime(value)).toBe(false);
  });
});

describe('localDateTime, longText and shortText schemas', () => {
  it('localDateTime explains what to enter', () => {
    expect(localDateTime.safeParse('2026-03-01').success).toBe(true);
    expect(localDateTime.safeParse('').error?.issues[0].message).toBe('Enter a date.');
    expect(localDateTime.safeParse(undefined).error?.issues[0].message).toBe('Enter a date.');
    expect(localDateTime.safeParse('2026-02-30').error?.issues[0].message).toBe('There is no 30 February 2026.');
    expect(localDateTime.safeParse('Feb 30').error?.issues[0].message).toMatch(/real date as YYYY-MM-DD/);
  });

  it('longText allows exactly 100,000 characters and not one more', () => {
    expect(MAX_TEXT).toBe(100_000);
    expect(longText().safeParse('a'.repeat(MAX_TEXT)).success).toBe(true);
    const over = longText().safeParse('a'.repeat(MAX_TEXT + 1));
    expect(over.error?.issues[0].message).toBe('This is over 100,000 characters; please shorten it.');
  });

  it('shortText trims before measuring', () => {
    expect(shortText(5).parse('  abcde  ')).toBe('abcde');
    expect(shortText(5).safeParse('abcdef').error?.issues[0].message).toBe('Keep this under 5 characters.');
  });
});
