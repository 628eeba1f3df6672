import { STAR_PARTS, type Span, type StarPart } from '../../shared/coach-schemas';
import { MAX_STORY_PART } from '../../shared/stories-schemas';
import { hasQuantity, readAnswer, segmentSentences, segmentWords } from '../coach/coach-domain';
import type { StoryValues } from './stories-repo';
import type { AskedRow, AttemptRow, ModelAnswerPartsRow } from './story-sources-repo';

/** What an origin gives a new story: its parts, the question to link, and the interview it came from. */
export interface OriginFill {
  fields: Partial<StoryValues>;
  questionId: number | null;
  interviewId: number | null;
  /** Set only when a part could not hold all the words it was given: what each such part left out. */
  cuts?: Cut[];
}

/** The most of a part an origin fills: a story part's limit. */
const PART_LIMIT = MAX_STORY_PART;
const TITLE_LIMIT = 200;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** What one part left out to stay within its limit: whole sentences, missed key points, or a long sentence's end. */
export interface Cut {
  part: StarPart;
  sentences: number;
  points: number;
  clipped: boolean;
}

/**
 * Pieces joined by `sep`, as many whole ones from the start as fit in `room`; how many were left out. A first piece
 * longer than the room on its own (a dictation with no full stop) is cut at a word and ends with "…".
 */
function fitWhole(pieces: readonly string[], sep: string, room: number): { text: string; leftOut: number; clipped: boolean } {
  let text = '';
  let kept = 0;
  for (const piece of pieces) {
    const next = kept ? `${text}${sep}${piece}` : piece;
    if (next.length > room) break;
    text = next;
    kept++;
  }
  if (kept === 0 && pieces.length > 0 && room > 1) {
    const cut = pieces[0].slice(0, room - 1);
    const atWord = cut.replace(/\s+\S*$/, '');
    return { text: `${(atWord || cut).trimEnd()}…`, leftOut: pieces.length - 1, clipped: true };
  }
  return { text, leftOut: pieces.length - kept, clipped: false };
}

/**
 * One part of a new story: the answer's sentences, then the missed key points on lines of their own. When they do
 * not all fit, the points are kept first (they are what the story is for) and the answer is cut after a whole
 * sentence; the cut is reported, never silent.
 */
function fillPart(part: StarPart, sentences: readonly string[], points: readonly string[], cuts: Cut[]): string {
  const lines = fitWhole(points, '\n', PART_LIMIT);
  const room = lines.text ? PART_LIMIT - lines.text.length - 1 : PART_LIMIT;
  const answer = fitWhole(sentences, ' ', room);
  if (answer.leftOut || lines.leftOut || answer.clipped || lines.clipped) {
    cuts.push({ part, sentences: answer.leftOut, points: lines.leftOut, clipped: answer.clipped || lines.clipped });
  }
  return [answer.text, lines.text].filter((t) => t.trim()).join('\n');
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the person reads when a long answer did not fit in the story's parts; null when nothing was left out. */
export function shortenedNotice(cuts: readonly Cut[]): string | null {
  if (!cuts.length) return null;
  const what = cuts.map((c) => {
    const left = [
      c.sentences ? count(c.sentences, 'sentence', 'sentences') : '',
      c.points ? count(c.points, 'missed key point', 'missed key points') : '',
      c.clipped ? 'the end of a long sentence' : '',
    ].filter(Boolean);
    return `from the ${c.part}, ${left.join(' and ')}`;
  });
  const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join('; ')}; and ${what[what.length - 1]}`;
  return (
    `This answer is longer than a story holds (${PART_LIMIT.toLocaleString('en')} characters a part), so some of it ` +
    `was left out: ${list}. The whole answer is still where you gave it: add what matters to the story in your own words.`
  );
}

/**
 * The coach's parts of an answer, each the answer's own sentences in order. A sentence the coach puts in no part
 * is not dropped: it joins the part of the sentence before it (the situation when it comes first), so every word the
 * person said goes to the story to edit, as far as a part's limit allows.
 */
function sentencesByPart(question: string, answer: string): Record<StarPart, string[]> {
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
  const of = (part: StarPart) => placed.filter((p) => p.part === part).map((p) => p.span.text);
  return { situation: of('situation'), task: of('task'), action: of('action'), result: of('result') };
}

/** A story's four parts from an answer and the missed points to add to some of them, with what any part left out. */
function fillParts(
  question: string,
  answer: string,
  points: Partial<Record<StarPart, readonly string[]>> = {},
): { parts: Record<StarPart, string>; cuts?: Cut[] } {
  const sentences = sentencesByPart(question, answer);
  const cuts: Cut[] = [];
  const parts = Object.fromEntries(
    STAR_PARTS.map((part) => [part, fillPart(part, sentences[part], points[part] ?? [], cuts)]),
  ) as Record<StarPart, string>;
  return cuts.length ? { parts, cuts } : { parts };
}

/**
 * A story from an asked question: the answer as given split by the coach into parts, and the key points the person
 * missed, in their own words, added where they belong: a point with a figure to the result, the others to the action.
 */
export function fromAsked(asked: AskedRow, missedPoints: readonly string[]): OriginFill {
  const toResult = missedPoints.filter((p) => p.trim() && hasQuantity(segmentWords(p), p));
  const toAction = missedPoints.filter((p) => p.trim() && !toResult.includes(p));
  const { parts, cuts } = fillParts(asked.question_text, asked.answer_given, { action: toAction, result: toResult });
  return {
    fields: { title: clip(asked.question_text, TITLE_LIMIT), ...parts },
    questionId: asked.question_id,
    interviewId: asked.interview_id,
    ...(cuts ? { cuts } : {}),
  };
}

/** A story from a practice answer: the coach's parts of its text. */
export function fromAttempt(attempt: AttemptRow): OriginFill {
  const { parts, cuts } = fillParts(attempt.question_text, attempt.answer_text);
  return {
    fields: { title: clip(attempt.question_text, TITLE_LIMIT), ...parts },
    questionId: attempt.question_id,
    interviewId: null,
    ...(cuts ? { cuts } : {}),
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
