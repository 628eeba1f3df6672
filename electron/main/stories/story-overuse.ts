import type { StoryOveruse } from '../../shared/stories-schemas';
import { findResultTold } from './story-answer-check';

/** A story linked to at least this many questions of a set (and more than half of them) is heard too often. */
export const OVERUSE_MIN_LINKED = 3;
/** A story told in this many answers of one session is heard too often. */
export const OVERUSE_MIN_TOLD = 3;

/** What the overuse rules need of a story. */
export interface OveruseStory {
  id: number;
  title: string;
  result: string;
}

/** A question as the message names it. */
export interface NamedQuestion {
  questionId: number;
  questionText: string;
}

const named = (title: string) => (title.trim() ? `"${title.trim()}"` : 'This untitled story');

/**
 * Stories linked to more than half (and at least three) of a practice set's questions, each with the questions it
 * covers, so the person finds a second story before the interviewer hears the same one twice.
 */
export function linkedOveruse(
  stories: readonly OveruseStory[],
  linksOf: (storyId: number) => ReadonlySet<number>,
  set: readonly NamedQuestion[],
): StoryOveruse[] {
  const out: StoryOveruse[] = [];
  for (const story of stories) {
    const links = linksOf(story.id);
    const questions = set.filter((q) => links.has(q.questionId));
    if (questions.length < OVERUSE_MIN_LINKED || questions.length * 2 <= set.length) continue;
    out.push({
      storyId: story.id,
      title: story.title,
      reason: 'linked',
      questions: [...questions],
      message: `${named(story.title)} answers ${questions.length} of the ${set.length} questions here. Find a second story for some of them, so the interviewer does not hear the same one twice.`,
    });
  }
  return out;
}

/** One practice answer with its question. */
export interface SessionAnswer extends NamedQuestion {
  answer: string;
}

/**
 * Stories told (their result's words found by the coach) in three or more answers of one session, each with the
 * questions whose answers told it.
 */
export function toldOveruse(stories: readonly OveruseStory[], answers: readonly SessionAnswer[]): StoryOveruse[] {
  const out: StoryOveruse[] = [];
  for (const story of stories) {
    if (!story.result.trim()) continue;
    const told = answers.filter((a) => a.answer.trim() && findResultTold(story.result, a.answer).told);
    if (told.length < OVERUSE_MIN_TOLD) continue;
    const questions = told.map(({ questionId, questionText }) => ({ questionId, questionText }));
    out.push({
      storyId: story.id,
      title: story.title,
      reason: 'told',
      questions,
      message: `${named(story.title)} was told in ${told.length} answers of this session. Keep it for the question it answers best and find another story for the rest.`,
    });
  }
  return out;
}
