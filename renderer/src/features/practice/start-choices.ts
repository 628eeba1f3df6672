// The choices on "Start practice", typed against the contract so a change there breaks here first.
import type { RouteInput } from '@shared/contract';
import type { QuestionCategory } from '@shared/journal-schemas';
import type { AnswerSeconds, SessionMix, SessionSource } from '@shared/practice-schemas';

type StartInput = NonNullable<RouteInput<'practice:start'>>;

/** What the person picks before a session; the same shape practice:start takes, with every field filled in. */
export interface StartOptions {
  length: number;
  source: SessionSource;
  /** With "due and fumbled first": only what is due today, no weakest or bank questions to fill the length. */
  dueOnly: boolean;
  interviewId: number | null;
  category: QuestionCategory | null;
  thinkSeconds: number;
  answerSeconds: AnswerSeconds | null;
}

/** The contract's defaults: five questions, due first, 30 s to think, 2 minutes to answer. */
export const DEFAULT_OPTIONS: StartOptions = {
  length: 5,
  source: 'due',
  dueOnly: false,
  interviewId: null,
  category: null,
  thinkSeconds: 30,
  answerSeconds: 120,
};

/** Where a session's questions come from, in the words the form shows. */
export const SOURCE_CHOICES: readonly { value: StartOptions['source']; label: string; hint: string }[] = [
  {
    value: 'due',
    label: 'Due and fumbled first',
    hint: 'What is due today first, topped up from your weakest and the bank.',
  },
  { value: 'interview', label: 'Replay an interview', hint: 'The questions of one interview, in the order they were asked.' },
  { value: 'category', label: 'A category', hint: 'Questions of one kind from the bank.' },
];

/** Think-time choices; none means the answer starts at once. */
export const THINK_CHOICES: readonly { value: number; label: string }[] = [
  { value: 0, label: 'None' },
  { value: 15, label: '15 s' },
  { value: 30, label: '30 s' },
  { value: 60, label: '1 min' },
];

/** Where a "due and fumbled first" session's questions would come from, as the start form says it. */
export function mixWords(mix: SessionMix, length: number, dueOnly: boolean): string {
  if (dueOnly) {
    const n = Math.min(mix.waiting, length);
    if (n === 0) return 'Nothing is due today.';
    return `${n === 1 ? '1 question' : `${n} questions`} due today, and nothing else.`;
  }
  const weakest = `${mix.weakest} of your weakest, not due yet`;
  const bank = `${mix.bank} new from the question bank`;
  const fill = [mix.weakest ? weakest : '', mix.bank ? bank : ''].filter(Boolean);
  if (mix.due === 0) {
    const total = mix.weakest + mix.bank;
    const all = total === 1 ? 'it is' : `all ${total} are`;
    if (!fill.length) return 'There is nothing to practise yet.';
    if (!mix.weakest) return `Nothing is due today, so ${all} new from the question bank.`;
    if (!mix.bank)
      return `Nothing is due today, so ${total === 1 ? 'it is one of' : `all ${total} are`} your weakest, not due yet.`;
    return `Nothing is due today, so this session is ${weakest}, then ${bank}.`;
  }
  if (!fill.length) return mix.due === 1 ? 'The question is due today.' : `All ${mix.due} are due today.`;
  return `${mix.due} due today, then ${fill.join(', then ')}.`;
}

/** Answer-time choices, exactly the contract's, plus no limit. */
export const ANSWER_CHOICES: readonly { value: StartOptions['answerSeconds']; label: string }[] = [
  { value: 60, label: '1 min' },
  { value: 90, label: '1½ min' },
  { value: 120, label: '2 min' },
  { value: 180, label: '3 min' },
  { value: null, label: 'No limit' },
];

/** The options as practice:start takes them: optional fields only when their source needs them. */
export function toStartInput(o: StartOptions): StartInput {
  return {
    length: o.length,
    source: o.source,
    thinkSeconds: o.thinkSeconds,
    answerSeconds: o.answerSeconds,
    ...(o.source === 'due' && o.dueOnly ? { dueOnly: true } : {}),
    ...(o.source === 'interview' && o.interviewId !== null ? { interviewId: o.interviewId } : {}),
    ...(o.source === 'category' && o.category !== null ? { category: o.category } : {}),
  };
}
