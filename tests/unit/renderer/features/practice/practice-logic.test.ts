import { describe, expect, it } from 'vitest';
import { base64ToBlob, blobToBase64 } from '@renderer/features/practice/base64';
import { dueInWords, nextDueText } from '@renderer/features/practice/due-label';
import { clockText, elapsedClockText, shortDuration, spokenDuration } from '@renderer/features/practice/format-clock';
import { averageGradeWords, gradeLabel } from '@renderer/features/practice/grades';
import { commandKeyLabel, keyAction, type KeyInput } from '@renderer/features/practice/practice-keys';
import { loadOptions, saveOptions } from '@renderer/features/practice/saved-options';
import { averageGrade, resumePosition, summaryRows } from '@renderer/features/practice/session-progress';
import { DEFAULT_OPTIONS, toStartInput } from '@renderer/features/practice/start-choices';
import { attempt, practiceSession } from './practice-fixtures';

const key = (k: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  focus: 'other',
  ...more,
});

describe('practice keys', () => {
  it('Enter or Space starts answering while thinking, and moves on after grading', () => {
    expect(keyAction(key('Enter'), 'think')).toEqual({ kind: 'start-answer' });
    expect(keyAction(key(' '), 'think')).toEqual({ kind: 'start-answer' });
    expect(keyAction(key('Enter'), 'graded')).toEqual({ kind: 'next' });
    expect(keyAction(key('Enter'), 'feedback')).toBeNull();
  });

  it('leaves Enter and Space to text fields and focused buttons', () => {
    expect(keyAction(key('Enter', { focus: 'typing' }), 'think')).toBeNull();
    expect(keyAction(key(' ', { focus: 'control' }), 'graded')).toBeNull();
    expect(keyAction(key('Enter'), 'answer')).toBeNull();
  });

  it('Ctrl or Cmd+P pauses and Ctrl or Cmd+Enter finishes, even while typing', () => {
    expect(keyAction(key('p', { ctrlKey: true, focus: 'typing' }), 'answer')).toEqual({ kind: 'toggle-pause' });
    expect(keyAction(key('P', { metaKey: true }), 'think')).toEqual({ kind: 'toggle-pause' });
    expect(keyAction(key('Enter', { ctrlKey: true, focus: 'typing' }), 'answer')).toEqual({ kind: 'finish' });
    expect(keyAction(key('p', { ctrlKey: true }), 'feedback')).toBeNull();
  });

  it('1 to 4 grade on the feedback screen, but not in a text field or once graded', () => {
    expect(keyAction(key('1'), 'feedback')).toEqual({ kind: 'grade', grade: 'again' });
    expect(keyAction(key('4', { focus: 'control' }), 'feedback')).toEqual({ kind: 'grade', grade: 'easy' });
    expect(keyAction(key('2', { focus: 'typing' }), 'feedback')).toBeNull();
    expect(keyAction(key('3'), 'graded')).toBeNull();
  });

  it('ignores repeats, Alt (the navigation keys) and Shift', () => {
    expect(keyAction(key('Enter', { repeat: true }), 'think')).toBeNull();
    expect(keyAction(key('1', { altKey: true }), 'feedback')).toBeNull();
    expect(keyAction(key('p', { ctrlKey: true, shiftKey: true }), 'answer')).toBeNull();
  });

  it('names the command key for the platform', () => {
    expect(commandKeyLabel('MacIntel')).toBe('⌘');
    expect(commandKeyLabel('Linux x86_64')).toBe('Ctrl');
  });
});

describe('practice formats', () => {
  it('shows the countdown as mm:ss, rounding up so 00:00 means time is really up', () => {
    expect(clockText(120_000)).toBe('02:00');
    expect(clockText(119_001)).toBe('02:00');
    expect(clockText(29_500)).toBe('00:30');
    expect(clockText(1)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(elapsedClockText(61_900)).toBe('01:01');
  });

  it('says durations in short and in spoken words', () => {
    expect(shortDuration(72_000)).toBe('1 min 12 s');
    expect(shortDuration(180_000)).toBe('3 min');
    expect(shortDuration(4_400)).toBe('4 s');
    expect(spokenDuration(90_000)).toBe('1 minute 30 seconds');
    expect(spokenDuration(120_000)).toBe('2 minutes');
    expect(spokenDuration(1_000)).toBe('1 second');
  });

  it('says the next due date in calendar days', () => {
    const now = new Date(2026, 10, 26, 9, 0);
    expect(dueInWords(new Date(2026, 10, 26, 9, 10).toISOString(), now)).toBe('later today');
    expect(dueInWords(new Date(2026, 10, 27, 1, 0).toISOString(), now)).toBe('tomorrow');
    expect(dueInWords(new Date(2026, 10, 30, 9, 0).toISOString(), now)).toBe('in 4 days');
    expect(dueInWords(new Date(2026, 11, 24, 9, 0).toISOString(), now)).toBe('in 4 weeks');
    expect(dueInWords(new Date(2027, 4, 26, 9, 0).toISOString(), now)).toBe('in 6 months');
    expect(nextDueText(new Date(2026, 10, 27, 9, 0).toISOString(), now)).toBe('Next: tomorrow');
    expect(nextDueText(null, now)).toBe('Not scheduled yet');
  });

  it('puts grades and their average in words', () => {
    expect(gradeLabel('hard')).toBe('Hard');
    expect(gradeLabel(null)).toBe('Not graded');
    expect(averageGradeWords(null)).toBe('Not graded yet');
    expect(averageGradeWords(1)).toBe('Mostly again');
    expect(averageGradeWords(3.4)).toBe('Mostly good');
    expect(averageGradeWords(3.6)).toBe('Mostly easy');
  });
});

describe('session progress', () => {
  it('resumes at the first question without a graded answer', () => {
    const session = practiceSession(3);
    expect(resumePosition(session, [])).toBe(0);
    expect(resumePosition(session, [attempt(0, { grade: 'good' })])).toBe(1);
    expect(resumePosition(session, [attempt(0, { grade: 'good' }), attempt(1)])).toBe(1);
    expect(
      resumePosition(
        session,
        [0, 1, 2].map((p) => attempt(p, { grade: 'easy' })),
      ),
    ).toBe(3);
  });

  it('pairs every question with its attempt and averages only graded ones', () => {
    const attempts = [attempt(1, { grade: 'again' }), attempt(2, { grade: 'easy' })];
    const rows = summaryRows(practiceSession(3), attempts);
    expect(rows.map((r) => r.attempt?.id ?? null)).toEqual([null, 501, 502]);
    expect(averageGrade(attempts)).toBe(2.5);
    expect(averageGrade([attempt(0)])).toBeNull();
  });
});

describe('start options', () => {
  it('sends the interview or category only for the source that needs it', () => {
    expect(toStartInput({ ...DEFAULT_OPTIONS, interviewId: 3, category: 'closing' })).toEqual({
      length: 5,
      source: 'due',
      thinkSeconds: 30,
      answerSeconds: 120,
    });
    expect(toStartInput({ ...DEFAULT_OPTIONS, source: 'interview', interviewId: 3 })).toMatchObject({
      source: 'interview',
      interviewId: 3,
    });
  });

  it('remembers choices and refuses odd saved values field by field', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    saveOptions(storage, { ...DEFAULT_OPTIONS, length: 3, answerSeconds: null, thinkSeconds: 0 });
    expect(loadOptions(storage)).toEqual({ ...DEFAULT_OPTIONS, length: 3, answerSeconds: null, thinkSeconds: 0 });
    map.set(
      'debrief.practice.options',
      JSON.stringify({ length: 99, source: 'everything', answerSeconds: 45, category: 'nope', thinkSeconds: 15 }),
    );
    expect(loadOptions(storage)).toEqual({ ...DEFAULT_OPTIONS, thinkSeconds: 15 });
    map.set('debrief.practice.options', '{not json');
    expect(loadOptions(storage)).toEqual(DEFAULT_OPTIONS);
    expect(loadOptions(undefined)).toEqual(DEFAULT_OPTIONS);
  });
});

describe('base64', () => {
  it('round-trips bytes through the form the API carries', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const text = await blobToBase64(new Blob([bytes]));
    const back = new Uint8Array(await base64ToBlob(text, 'audio/webm').arrayBuffer());
    expect(back).toEqual(bytes);
    expect(base64ToBlob(text, 'audio/webm').type).toBe('audio/webm');
  });
});
