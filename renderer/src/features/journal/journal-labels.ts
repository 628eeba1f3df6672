import type { BadThing } from '@shared/reality-check-schemas';
import type { InterviewDetail, InterviewQuestion } from '@shared/journal-schemas';

// Labels live here, typed against the contract, so the renderer needs no runtime import of the zod schemas.
// A Record over each union means a value added to the contract fails the typecheck until it has words.

/** An interview's outcome in plain words. */
export type Outcome = InterviewDetail['outcome'];
/** The stage of the process. */
export type Stage = NonNullable<InterviewDetail['stage']>;
/** How the interview was held. */
export type InterviewFormat = NonNullable<InterviewDetail['format']>;
/** A question's category. */
export type QuestionCategory = InterviewQuestion['category'];
/** How a question went. */
export type HowItWent = NonNullable<InterviewQuestion['howItWent']>;
/** Slip or gap. */
export type BadKind = BadThing['kind'];

/** Outcome words, in the order a process usually moves. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Next round',
  offer: 'Offer',
  rejected: 'Rejected',
  'second-chance-requested': 'Second chance requested',
};

/** Stages of a hiring process. */
export const STAGE_LABELS: Record<Stage, string> = {
  screening: 'Screening',
  first: 'First interview',
  second: 'Second interview',
  final: 'Final interview',
  other: 'Other',
};

/** Formats of an interview. */
export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  phone: 'Phone',
  video: 'Video',
  'on-site': 'On site',
};

/** Question categories, as the bank groups them. */
export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  behavioural: 'Behavioural',
  situational: 'Situational',
  motivational: 'Motivational',
  technical: 'Technical',
  'about-you': 'About you',
  closing: 'Closing',
};

/** How a question went, in words that describe rather than judge. */
export const HOW_IT_WENT_LABELS: Record<HowItWent, string> = {
  strong: 'Strong',
  okay: 'Okay',
  fumbled: 'Fumbled',
};

/** Slip or gap, as the reality check names them. */
export const KIND_LABELS: Record<BadKind, string> = {
  slip: 'Slip',
  gap: 'Gap',
};

/** The keys of a label table, in its written order, for selects and radio groups. */
export function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}
