import { describe, expect, it } from 'vitest';
import { impossibleDateMessage, isRealDateTime, localDate, localDateTime } from '../../../electron/shared/dates';
import { longText, MAX_TEXT, shortText } from '../../../electron/shared/text-limits';

describe('impossibleDateMessage', () => {
  it('names the date that does not exist, in words', () => {
    expect(impossibleDateMessage('2026-02-30')).toBe('There is no 30 February 2026.');
    expect(impossibleDateMessage('2027-02-29T10:00')).toBe('There is no 29 February 2027.');
    expect(impossibleDateMessage('2026-04-31')).toBe('There is no 31 April 2026.');
    expect(impossibleDateMessage('2026-13-01')).toBe('There is no month 13; enter a month from 1 to 12.');
    expect(impossibleDateMessage('2026-03-01T25:00')).toBe('There is no time 25:00.');
  });

  it('says nothing of real dates, or of text that is not a date', () => {
    expect(impossibleDateMessage('2028-02-29')).toBeNull();
    expect(impossibleDateMessage('30/02/2026')).toBeNull();
    expect(impossibleDateMessage('')).toBeNull();
  });

  it('is the message both date schemas give', () => {
    expect(localDateTime.safeParse('2026-02-30T09:00').error?.issues[0].message).toBe('There is no 30 February 2026.');
    expect(localDate.safeParse('2026-02-30').error?.issues[0].message).toBe('There is no 30 February 2026.');
    expect(localDate.safeParse('2026-02-10T09:00').error?.issues[0].message).toBe('Enter a real date as YYYY-MM-DD.');
  });
});

describe('isRealDateTime', () => {
  it('accepts real dates, with or without a time', () => {
    for (const v of [
      '2026-03-01',
      '2026-03-01T09:30',
      '2026-12-31T23:59',
      '2026-01-01T00:00',
      '2028-02-29',
      '2000-02-29',
      '1900-01-01',
      '2200-12-31',
    ]) {
      expect(isRealDateTime(v), v).toBe(true);
    }
  });

  it('refuses impossible dates and times', () => {
    for (const v of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-01-00',
      '2026-01-32',
      '2026-03-01T25:00',
      '2026-03-01T24:00',
      '2026-03-01T10:60',
      '2026-03-01T99:99',
    ]) {
      expect(isRealDateTime(v), v).toBe(false);
    }
  });

  it('refuses other shapes and years out of range', () => {
    for (const v of [
      '',
      '2026-3-1',
      '26-03-01',
      '2026/03/01',
      '01-03-2026',
      '2026-03-01 09:30',
      '2026-03-01T9:30',
      '2026-03-01T09:30:00',
      '2026-03-01T09:30Z',
      '2026-03-01T',
      ' 2026-03-01',
      '2026-03-01 ',
      'tomorrow',
      '1899-12-31',
      '2201-01-01',
      '0000-01-01',
      '+02026-03-01',
      '２０２６-03-01',
    ]) {
      expect(isRealDateTime(v), v).toBe(false);
    }
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
