import { STAR_PART_LABELS } from '@shared/model-answers-schemas';
import type { StarPart } from '@shared/coach-schemas';
import { STORY_TAG_SUGGESTIONS, storyFieldsSchema, type StoryCheck } from '@shared/stories-schemas';

/** What each part of a story asks for, under its label in the editor. */
export const STORY_PART_HINTS: Record<StarPart, string> = {
  situation: 'Where you were and what was going on, in a sentence or two.',
  task: 'What was yours to do, or what was at stake.',
  action: 'What you did, step by step: say “I”, not “we”.',
  result: 'What changed because of it, with a number if you can.',
};

/** The editor's label for a part ("Situation"). */
export const partLabel = (part: StarPart): string => STAR_PART_LABELS[part];

/** A story's title as lists show it: an untitled story is still something to click. */
export function storyTitle(title: string): string {
  return title.trim() || 'Untitled story';
}

/** One line of what the coach says of a story: draft or complete, and what is missing in plain words. */
export function checkSummary(check: StoryCheck): string {
  if (!check.draft)
    return check.resultHasNumber ? 'All four parts are there, and the result has a number.' : 'All four parts are there.';
  const missing = check.missingParts.map((p) => STAR_PART_LABELS[p].toLowerCase());
  if (missing.length === 4) return 'A draft: every part is still empty.';
  return `A draft: ${joinWords(missing)} ${missing.length === 1 ? 'is' : 'are'} still missing.`;
}

/** "I" against "we" in words: a story is the person's own, so "we" alone hides what they did. */
export function pronounLine(check: StoryCheck): string {
  const { singular, plural } = check.pronouns;
  const said = `“I” ${times(singular)}, “we” ${times(plural)}`;
  if (plural > singular) return `${said}: say what you did yourself.`;
  return `${said}.`;
}

/** The tag suggestions not on the story yet. */
export function unusedSuggestions(tags: readonly string[]): string[] {
  const have = new Set(tags.map((t) => t.toLowerCase()));
  return STORY_TAG_SUGGESTIONS.filter((s) => !have.has(s));
}

/** Adds a typed tag unless it is empty or already there (case aside); the list as it should be saved. */
export function withTag(tags: readonly string[], typed: string): string[] {
  const tag = typed.trim();
  if (!tag || tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return [...tags];
  return [...tags, tag];
}

/** Why a story's tags would be refused (too many, one too long), in the contract's words; null when they can be saved. */
export function tagsProblem(tags: readonly string[]): string | null {
  const parsed = storyFieldsSchema.shape.tags.safeParse(tags);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'These tags cannot be saved.');
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
