import { STAR_PARTS, type Span, type StarPart } from '../../shared/coach-schemas';
import { hasQuantity, readAnswer, segmentSentences, segmentWords } from '../coach/coach-domain';
import type { StoryValues } from './stories-repo';
import type { AskedRow, AttemptRow, ModelAnswerPartsRow } from './story-sources-repo';

/** What an origin gives a new story: its parts, the question to link, and the interview it came from. */
export interface OriginFill {
  fields: Partial<StoryValues>;
  questionId: number | null;
  interviewId: number | null;
}

/** The most of a part an origin fills: a story part's limit. */
const PART_LIMIT = 5000;
const TITLE_LIMIT = 200;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The coach's parts of an answer, each the answer's own words joined in order. A sentence the coach puts in no part
 * is not dropped: it joins the part of the sentence before it (the situation when it comes first), so every word the
 * person said is in the story to edit.
 */
function partsOf(question: string, answer: string): Record<StarPart, string> {
  const reading = readAnswer({ question, answer, durationMs: null });
  const placed: { part: StarPart; span: Span }[] = STAR_PARTS.flatMap((part) =>
    reading.parts[part].map((span) => ({ part, span })),
  );
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const sentence of segmentSentences(answer)) {
    if (placed.some((p) => overlaps(p.span, sentence))) continue;
    const before = placed.filter((p) => p.span.end <= sentence.start).sort((a, b) => b.span.end - a.span.end)[0];
    placed.push({ part: before?.part ?? 'situation', span: sentence });
  }
  placed.sort((a, b) => a.span.start - b.span.start);
  const join = (part: StarPart) =>
    clip(
      placed
        .filter((p) => p.part === part)
        .map((p) => p.span.text)
        .join(' '),
      PART_LIMIT,
    );
  return { situation: join('situation'), task: join('task'), action: join('action'), result: join('result') };
}

/** Adds lines under what a part already says. */
const addLines = (part: string, lines: readonly string[]) =>
  clip([part, ...lines].filter((l) => l.trim()).join('\n'), PART_LIMIT);

/**
 * A story from an asked question: the answer as given split by the coach into parts, and the key points the person
 * missed, in their own words, added where they belong: a point with a figure to the result, the others to the action.
 */
export function fromAsked(asked: AskedRow, missedPoints: readonly string[]): OriginFill {
  const parts = partsOf(asked.question_text, asked.answer_given);
  const toResult = missedPoints.filter((p) => hasQuantity(segmentWords(p), p));
  const toAction = missedPoints.filter((p) => !toResult.includes(p));
  return {
    fields: {
      title: clip(asked.question_text, TITLE_LIMIT),
      ...parts,
      action: addLines(parts.action, toAction),
      result: addLines(parts.result, toResult),
    },
    questionId: asked.question_id,
    interviewId: asked.interview_id,
  };
}

/** A story from a practice answer: the coach's parts of its text. */
export function fromAttempt(attempt: AttemptRow): OriginFill {
  return {
    fields: { title: clip(attempt.question_text, TITLE_LIMIT), ...partsOf(attempt.question_text, attempt.answer_text) },
    questionId: attempt.question_id,
    interviewId: null,
  };
}

/** A story from a rebuilt (model) answer: its parts as they are. */
export function fromModelAnswer(model: ModelAnswerPartsRow): OriginFill {
  const { situation, task, action, result } = model;
  return {
    fields: { title: clip(model.question_text, TITLE_LIMIT), situation, task, action, result },
    questionId: model.question_id,
    interviewId: null,
  };
}

/** Nothing to fill: a blank story. */
export const BLANK: OriginFill = { fields: {}, questionId: null, interviewId: null };
