import { describe, expect, it } from 'vitest';
import { base64ToBlob, blobToBase64 } from '@renderer/shared/base64';
import { dueInWords, nextDueText } from '@renderer/features/practice/due-label';
import { clockText, elapsedClockText, shortDuration, spokenDuration } from '@renderer/features/practice/format-clock';
import { gradeLabel, gradesInWords } from '@renderer/features/practice/grades';
import { previewWords, sameTimeNote } from '@renderer/features/practice/due-label';
import { commandKeyLabel, keyAction, type KeyInput } from '@renderer/features/practice/practice-keys';
import { loadOptions, saveOptions } from '@renderer/features/practice/saved-options';
import { averageGrade, resumePosition, summaryRows } from '@renderer/features/practice/session-progress';
import { DEFAULT_OPTIONS, mixWords, toStartInput } from '@renderer/features/practice/start-choices';
import { endedEarlyLine, endNowLines } from '@renderer/features/practice/end-words';
import { attempt, practiceSession } from './practice-fixtures';
import { NO_MODIFIERS } from '../../helpers/key-press';

const key = (k: string, more: Partial<KeyInput> = {}): KeyInput => ({ ...NO_MODIFIERS, key: k, focus: 'other', ...more });

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
    expect([120_000, 119_001, 29_500, 1, 0].map((ms) => clockText(ms))).toEqual(['02:00', '02:00', '00:30', '00:01', '00:00']);
    expect(elapsedClockText(61_900)).toBe('01:01');
  });

  it('says durations in short and in spoken words', () => {
    expect([72_000, 180_000, 4_400].map((ms) => shortDuration(ms))).toEqual(['1 min 12 s', '3 min', '4 s']);
    expect([90_000, 120_000, 1_000].map((ms) => spokenDuration(ms))).toEqual(['1 minute 30 seconds', '2 minutes', '1 second']);
  });

  it('says the next due date in minutes within the hour, then in calendar days', () => {
    const now = new Date(2026, 10, 26, 9, 0);
    expect(dueInWords(new Date(2026, 10, 26, 9, 10).toISOString(), now)).toBe('in 10 minutes');
    expect(dueInWords(new Date(2026, 10, 26, 9, 0, 30).toISOString(), now)).toBe('in 1 minute');
    expect(dueInWords(new Date(2026, 10, 26, 9, 1).toISOString(), now)).toBe('in 1 minute');
    expect(dueInWords(new Date(2026, 10, 26, 9, 58, 30).toISOString(), now)).toBe('in 59 minutes');
    expect(dueInWords(new Date(2026, 10, 26, 9, 59, 30).toISOString(), now)).toBe('later today');
    expect(dueInWords(new Date(2026, 10, 26, 11, 0).toISOString(), now)).toBe('later today');
    expect(dueInWords(now.toISOString(), now)).toBe('now');
    expect(dueInWords(new Date(2026, 10, 20).toISOString(), now)).toBe('now');
    expect(dueInWords('not a date', now)).toBe('at an unknown time');
    expect(dueInWords(new Date(2026, 10, 27, 1, 0).toISOString(), now)).toBe('tomorrow');
    expect(dueInWords(new Date(2026, 10, 30, 9, 0).toISOString(), now)).toBe('in 4 days');
    expect(dueInWords(new Date(2026, 11, 24, 9, 0).toISOString(), now)).toBe('in 4 weeks');
    expect(dueInWords(new Date(2027, 4, 26, 9, 0).toISOString(), now)).toBe('in 6 months');
    expect(nextDueText(new Date(2026, 10, 27, 9, 0).toISOString(), now)).toBe('Next: tomorrow');
    expect(nextDueText(null, now)).toBe('Not scheduled yet');
  });

  it('labels a grade button with the words the Next line then says for the same saved date', () => {
    // The button reads the preview's date, the Next line the saved dueAfter: one function, so equal dates read alike.
    const now = new Date(2026, 10, 26, 9, 0);
    const saved = new Date(2026, 10, 28, 9, 0, 0, 4).toISOString();
    expect(nextDueText(saved, new Date(now.getTime() + 2_000))).toBe(`Next: ${dueInWords(saved, now)}`);
    expect(dueInWords(saved, now)).toBe('in 2 days');
    // Across midnight the calendar decides: 23:50 to 00:20 the next day is "tomorrow", not "in 30 minutes".
    expect(dueInWords(new Date(2026, 10, 27, 0, 20).toISOString(), new Date(2026, 10, 26, 23, 50))).toBe('tomorrow');
  });

  it('puts grades and their average in words', () => {
    expect(gradeLabel('hard')).toBe('Hard');
    expect(gradeLabel(null)).toBe('Not graded');
    expect(gradesInWords([])).toBe('Not graded yet');
    expect(gradesInWords(['again'])).toBe('Graded again');
    expect(gradesInWords(['good', 'good'])).toBe('All good');
    expect(gradesInWords(['good', 'good', 'again'])).toBe('Mostly good');
    // Good and Again average to 2, but neither was Hard: the grades are said as they were.
    expect(gradesInWords(['good', 'again'])).toBe('1 good, 1 again');
    expect(gradesInWords(['easy', 'hard', 'good', 'again'])).toBe('1 easy, 1 good, 1 hard, 1 again');
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

  it('sends "only what is due" only when it is on, and only with due and fumbled first', () => {
    expect(toStartInput({ ...DEFAULT_OPTIONS, dueOnly: true })).toMatchObject({ source: 'due', dueOnly: true });
    expect(toStartInput({ ...DEFAULT_OPTIONS, dueOnly: false })).not.toHaveProperty('dueOnly');
    expect(toStartInput({ ...DEFAULT_OPTIONS, source: 'category', category: 'closing', dueOnly: true })).not.toHaveProperty(
      'dueOnly',
    );
  });

  it('remembers choices and refuses odd saved values field by field', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    saveOptions(storage, { ...DEFAULT_OPTIONS, length: 3, answerSeconds: null, thinkSeconds: 0, dueOnly: true });
    expect(loadOptions(storage)).toEqual({ ...DEFAULT_OPTIONS, length: 3, answerSeconds: null, thinkSeconds: 0, dueOnly: true });
    map.set(
      'debrief.practice.options',
      JSON.stringify({ length: 99, source: 'everything', answerSeconds: 45, category: 'nope', thinkSeconds: 15, dueOnly: 'yes' }),
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

describe("where a session's questions come from, in words", () => {
  const mix = (due: number, weakest: number, bank: number, waiting = due) => ({ due, weakest, bank, waiting });

  it('names the due questions first, then the padding, in the order they are asked', () => {
    expect(mixWords(mix(1, 0, 4), 5, false)).toBe('1 due today, then 4 new from the question bank.');
    expect(mixWords(mix(2, 1, 2), 5, false)).toBe(
      '2 due today, then 1 of your weakest, not due yet, then 2 new from the question bank.',
    );
    expect(mixWords(mix(5, 0, 0, 12), 5, false)).toBe('All 5 are due today.');
    expect(mixWords(mix(1, 0, 0), 1, false)).toBe('The question is due today.');
  });

  it('with nothing due, says so and where all of them come from', () => {
    expect(mixWords(mix(0, 0, 5), 5, false)).toBe('Nothing is due today, so all 5 are new from the question bank.');
    expect(mixWords(mix(0, 0, 1), 1, false)).toBe('Nothing is due today, so it is new from the question bank.');
    expect(mixWords(mix(0, 3, 0), 3, false)).toBe('Nothing is due today, so all 3 are your weakest, not due yet.');
    expect(mixWords(mix(0, 2, 3), 5, false)).toBe(
      'Nothing is due today, so this session is 2 of your weakest, not due yet, then 3 new from the question bank.',
    );
    expect(mixWords(mix(0, 0, 0), 5, false)).toBe('There is nothing to practise yet.');
  });

  it('with only what is due, counts just those, up to the length', () => {
    expect(mixWords(mix(1, 0, 4), 5, true)).toBe('1 question due today, and nothing else.');
    expect(mixWords(mix(5, 0, 0, 12), 5, true)).toBe('5 questions due today, and nothing else.');
    expect(mixWords(mix(0, 0, 5), 5, true)).toBe('Nothing is due today.');
  });
});

describe('ending a session early, in words', () => {
  it('counts the answers kept, as a sentence, and what was not reached', () => {
    expect(endNowLines({ total: 3, saved: 1, inProgress: false, ungraded: false })).toEqual([
      'You have answered 1 of 3 questions.',
      'Your answer is kept.',
      'The 2 questions not reached stay as they were, and come back when they are due.',
    ]);
    expect(endNowLines({ total: 3, saved: 2, inProgress: false, ungraded: false })).toEqual([
      'You have answered 2 of 3 questions.',
      'Both answers are kept.',
      'The question not reached stays as it was, and comes back when it is due.',
    ]);
    expect(endNowLines({ total: 5, saved: 4, inProgress: false, ungraded: true })).toEqual([
      'You have answered 4 of 5 questions.',
      'All 4 answers are kept.',
      'The one without a grade keeps the schedule it had.',
      'The question not reached stays as it was, and comes back when it is due.',
    ]);
  });

  it('counts an answer under way as answered, and says it is kept without a grade', () => {
    expect(endNowLines({ total: 2, saved: 0, inProgress: true, ungraded: false })).toEqual([
      'You have answered 1 of 2 questions.',
      'The answer you are giving now is kept, without a grade.',
      'The question not reached stays as it was, and comes back when it is due.',
    ]);
    expect(endNowLines({ total: 4, saved: 2, inProgress: true, ungraded: false })[1]).toBe(
      'The answer you are giving now is kept, without a grade. So are your 2 earlier answers.',
    );
    expect(endNowLines({ total: 1, saved: 0, inProgress: false, ungraded: false })).toEqual([
      'You have answered 0 of 1 question.',
      'Nothing is answered yet, so nothing changes.',
      'The question not reached stays as it was, and comes back when it is due.',
    ]);
  });

  it('the summary of an ended session says how far it got', () => {
    expect(endedEarlyLine(3, 1)).toBe(
      'You ended this session after 1 of 3 questions. What you answered is kept; the other 2 were not asked.',
    );
    expect(endedEarlyLine(3, 2)).toBe(
      'You ended this session after 2 of 3 questions. What you answered is kept; the other one was not asked.',
    );
    expect(endedEarlyLine(2, 2)).toBe('You ended this session after 2 of 2 questions. What you answered is kept.');
    expect(endedEarlyLine(4, 0)).toBe('You ended this session after 0 of 4 questions. Nothing was answered, so nothing changed.');
  });
});

describe('the grade buttons after an Again', () => {
  const now = new Date(2026, 2, 6, 10, 3);
  const at = (day: number, h: number, m: number) => new Date(2026, 2, day, h, m).toISOString();

  it('says honestly that Hard, Good and Easy come back at the same time, and why', () => {
    // What the scheduler gives after an Again: a minute for Again, the one-day floor for the rest.
    const preview = { again: at(6, 10, 5), hard: at(7, 10, 2), good: at(7, 10, 2), easy: at(7, 10, 2) };
    expect(previewWords(preview, now)).toEqual({ again: 'in 2 minutes', hard: 'tomorrow', good: 'tomorrow', easy: 'tomorrow' });
    expect(sameTimeNote(preview, now)).toBe(
      'Hard, Good and Easy all bring it back tomorrow, at the same time: after Again, a question starts over at the shortest interval. Your grade still sets how fast the gaps grow after that.',
    );
  });

  it('shows the difference when the words would match but the moments do not, and no note then', () => {
    const preview = { again: at(6, 10, 5), hard: at(7, 9, 0), good: at(7, 16, 30), easy: at(10, 10, 0) };
    expect(previewWords(preview, now)).toEqual({
      again: 'in 2 minutes',
      hard: 'tomorrow at 09:00',
      good: 'tomorrow at 16:30',
      easy: 'in 4 days',
    });
    expect(sameTimeNote(preview, now)).toBe('');
  });
});
