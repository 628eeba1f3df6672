import { describe, expect, it } from 'vitest';
import { countLabel } from '@renderer/shared/format/count-label';
import { formatHeldAt, joinHeldAt, parseHeldAt, splitHeldAt, todayLocal } from '@renderer/shared/format/format-held-at';
import { splitSnippet } from '@renderer/shared/split-snippet';

describe('splitSnippet', () => {
  it('marks the words between \\u0002 and \\u0003', () => {
    expect(splitSnippet('…felt \u0002rushed\u0003 at the \u0002end\u0003.')).toEqual([
      { text: '…felt ', marked: false },
      { text: 'rushed', marked: true },
      { text: ' at the ', marked: false },
      { text: 'end', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('gives plain text back as one part, and nothing for an empty snippet', () => {
    expect(splitSnippet('no match markers')).toEqual([{ text: 'no match markers', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('joins neighbouring marked words and never shows a marker character', () => {
    const parts = splitSnippet('\u0002stake\u0003\u0002holder\u0003 talk');
    expect(parts).toEqual([
      { text: 'stakeholder', marked: true },
      { text: ' talk', marked: false },
    ]);
  });

  it('survives stray or unclosed markers without leaking them', () => {
    const parts = splitSnippet('a \u0003b \u0002c');
    expect(parts.map((p) => p.text).join('')).toBe('a b c');
    expect(parts.at(-1)).toEqual({ text: 'c', marked: true });
  });

  it('treats markup in the text as text (it is rendered as text nodes, never parsed)', () => {
    expect(splitSnippet('<img src=x onerror=alert(1)> \u0002ok\u0003')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'ok', marked: true },
    ]);
  });
});

describe('held-at dates', () => {
  it('reads a date, or a date and time, as a local time', () => {
    expect(parseHeldAt('2026-03-03')?.hasTime).toBe(false);
    const withTime = parseHeldAt('2026-03-03T14:30');
    expect(withTime?.hasTime).toBe(true);
    expect(withTime?.date.getHours()).toBe(14);
    expect(withTime?.date.getDate()).toBe(3);
    expect(parseHeldAt('last Tuesday')).toBeNull();
  });

  it('formats for people in the given locale', () => {
    expect(formatHeldAt('2026-03-03', 'en-GB')).toBe('Tue, 3 Mar 2026');
    expect(formatHeldAt('2026-03-03T14:30', 'en-GB')).toBe('Tue, 3 Mar 2026, 14:30');
    expect(formatHeldAt('', 'en-GB')).toBe('No date');
  });

  it('splits and joins the date and time inputs', () => {
    expect(splitHeldAt('2026-03-03T14:30')).toEqual({ date: '2026-03-03', time: '14:30' });
    expect(splitHeldAt('2026-03-03')).toEqual({ date: '2026-03-03', time: '' });
    expect(joinHeldAt('2026-03-03', '')).toBe('2026-03-03');
    expect(joinHeldAt('2026-03-03', '09:05')).toBe('2026-03-03T09:05');
  });

  it('gives today in the local calendar', () => {
    expect(todayLocal(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('countLabel', () => {
  it('says one or many', () => {
    expect(countLabel(1, 'interview', undefined, 'en')).toBe('1 interview');
    expect(countLabel(10000, 'interview', undefined, 'en')).toBe('10,000 interviews');
    expect(countLabel(0, 'question', undefined, 'en')).toBe('0 questions');
  });
});
