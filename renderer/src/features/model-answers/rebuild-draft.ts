import { STAR_PARTS, type CoachReading, type StarPart } from '@shared/coach-schemas';
import type { ModelAnswerParts } from '@shared/model-answers-schemas';

/** One sentence in the rebuild editor; the key stays with it as it moves, so focus and rows follow it. */
export interface DraftSentence {
  key: number;
  text: string;
}

/** Where a sentence sits: one of the four parts, or among those the coach placed in none ("loose"). */
export type DraftGroup = StarPart | 'loose';
/** The groups in the order the editor shows them; moving up or down goes to the neighbour. */
export const DRAFT_GROUPS: readonly DraftGroup[] = [...STAR_PARTS, 'loose'];

/** The editor's sentences, by group. */
export type RebuildDraft = Record<DraftGroup, DraftSentence[]>;

let nextKey = 1;
const sentence = (text: string): DraftSentence => ({ key: nextKey++, text });

/** The sentences of a text, by the platform's sentence rules, trimmed and without empty ones. */
export function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

const empty = (): RebuildDraft => ({ situation: [], task: [], action: [], result: [], loose: [] });

/**
 * The person's own sentences under the part the coach found them in, in the answer's order; what the coach placed in
 * no part waits under "loose", to be moved into a part or left out.
 */
export function draftFromReading(answer: string, reading: CoachReading): RebuildDraft {
  const draft = empty();
  const placed = STAR_PARTS.flatMap((part) =>
    reading.parts[part].filter((s) => answer.slice(s.start, s.end) === s.text).map((s) => ({ part, start: s.start, end: s.end })),
  ).sort((a, b) => a.start - b.start);
  let at = 0;
  const loose = (until: number) => {
    for (const text of sentencesOf(answer.slice(at, until))) draft.loose.push(sentence(text));
  };
  for (const p of placed) {
    if (p.start < at) continue;
    loose(p.start);
    const text = answer.slice(p.start, p.end).trim();
    if (text) draft[p.part].push(sentence(text));
    at = p.end;
  }
  loose(answer.length);
  return draft;
}

/** A saved model answer back in the editor, each part cut into its sentences. */
export function draftFromModel(parts: ModelAnswerParts): RebuildDraft {
  const draft = empty();
  for (const part of STAR_PARTS) draft[part] = sentencesOf(parts[part]).map(sentence);
  return draft;
}

/** A new empty sentence, for "Add a sentence". */
export function blankSentence(): DraftSentence {
  return sentence('');
}

/** Moves one sentence to the neighbouring group (up: towards Situation), at the end (down) or the start (up) of it. */
export function moveSentence(draft: RebuildDraft, key: number, direction: 'up' | 'down'): DraftGroup | null {
  const from = DRAFT_GROUPS.find((g) => draft[g].some((s) => s.key === key));
  if (!from) return null;
  const to = DRAFT_GROUPS[DRAFT_GROUPS.indexOf(from) + (direction === 'up' ? -1 : 1)];
  if (!to) return null;
  const index = draft[from].findIndex((s) => s.key === key);
  const [moved] = draft[from].splice(index, 1);
  if (direction === 'up') draft[to].push(moved);
  else draft[to].unshift(moved);
  return to;
}

/** The four parts as the model answer saves them: each part's sentences joined; loose sentences are left out. */
export function partsOf(draft: RebuildDraft): ModelAnswerParts {
  const join = (g: StarPart) =>
    draft[g]
      .map((s) => s.text.trim())
      .filter(Boolean)
      .join(' ');
  return { situation: join('situation'), task: join('task'), action: join('action'), result: join('result') };
}
