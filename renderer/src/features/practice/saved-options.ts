// The start form remembers the last choices (this computer only), so "Practise again" and the next visit start alike.
import { CATEGORY_LABELS } from '@renderer/features/journal';
import { ANSWER_CHOICES, DEFAULT_OPTIONS, SOURCE_CHOICES, type StartOptions } from './start-choices';

const KEY = 'debrief.practice.options';

/** The storage calls used; tests pass a Map-backed object. */
export type OptionStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isWhole(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

/** The saved choices, each field checked; anything missing or odd falls back to the default. */
export function loadOptions(storage: OptionStorage | undefined): StartOptions {
  let raw: Partial<Record<keyof StartOptions, unknown>> = {};
  try {
    const text = storage?.getItem(KEY);
    if (text) raw = JSON.parse(text) as typeof raw;
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
  const d = DEFAULT_OPTIONS;
  return {
    length: isWhole(raw.length, 1, 50) ? raw.length : d.length,
    source: SOURCE_CHOICES.some((c) => c.value === raw.source) ? (raw.source as StartOptions['source']) : d.source,
    dueOnly: typeof raw.dueOnly === 'boolean' ? raw.dueOnly : d.dueOnly,
    interviewId: isWhole(raw.interviewId, 1, Number.MAX_SAFE_INTEGER) ? raw.interviewId : null,
    category:
      typeof raw.category === 'string' && raw.category in CATEGORY_LABELS ? (raw.category as StartOptions['category']) : null,
    thinkSeconds: isWhole(raw.thinkSeconds, 0, 600) ? raw.thinkSeconds : d.thinkSeconds,
    answerSeconds: ANSWER_CHOICES.some((c) => c.value === raw.answerSeconds)
      ? (raw.answerSeconds as StartOptions['answerSeconds'])
      : d.answerSeconds,
  };
}

/** Keeps the choices; a full or blocked storage only means they are not remembered. */
export function saveOptions(storage: OptionStorage | undefined, options: StartOptions): void {
  try {
    storage?.setItem(KEY, JSON.stringify(options));
  } catch {
    // Remembering is a convenience; practice works without it.
  }
}

/** localStorage when the page has one (tests and odd hosts may not). */
export function browserStorage(): OptionStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
