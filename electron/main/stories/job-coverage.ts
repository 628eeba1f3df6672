import type { CoverageRow, JobCoverage, JobTermEntry } from '../../shared/stories-schemas';
import { findTerm, matchTokens, type MatchToken } from './text-match';

/** A story as the coverage table reads it: its words, all parts and tags together. */
export interface CoverageStory {
  id: number;
  title: string;
  text: string;
}

/** A practice answer as the coverage table reads it. */
export interface CoverageAnswer {
  attemptId: number;
  questionText: string;
  text: string;
}

/** The most practice answers one row lists (the newest first). */
export const ANSWERS_PER_TERM = 5;
const EXCERPT_AROUND = 60;

/** The words around a match, cut at word edges, with an ellipsis where text was left out. */
function excerpt(text: string, at: { start: number; end: number }): string {
  let from = Math.max(0, at.start - EXCERPT_AROUND);
  let to = Math.min(text.length, at.end + EXCERPT_AROUND);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > at.end ? text.lastIndexOf(' ', to) : to;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * Each term of a job description against the stories and practice answers that mention it (every word of the term,
 * stemmed, side by side as whole words), and the gaps: the first `keyTerms` terms that no story covers, best first
 * (past those the terms grow weak, so the ones no story covers there are only counted).
 */
export function jobCoverage(
  terms: readonly JobTermEntry[],
  keyTerms: number,
  stories: readonly CoverageStory[],
  answers: readonly CoverageAnswer[],
): Omit<JobCoverage, 'interviewId'> {
  const storyTokens = stories.map((s) => ({ story: s, tokens: matchTokens(s.text) }));
  const answerTokens: { answer: CoverageAnswer; tokens: MatchToken[] }[] = answers.map((a) => ({
    answer: a,
    tokens: matchTokens(a.text),
  }));
  const rows = terms.map((t): CoverageRow => {
    const termTokens = matchTokens(t.term);
    const inStories = storyTokens.filter((s) => findTerm(termTokens, s.tokens).length > 0);
    const inAnswers: CoverageRow['answers'] = [];
    for (const a of answerTokens) {
      if (inAnswers.length >= ANSWERS_PER_TERM) break;
      const hit = findTerm(termTokens, a.tokens)[0];
      if (hit) {
        inAnswers.push({
          attemptId: a.answer.attemptId,
          questionText: a.answer.questionText,
          excerpt: excerpt(a.answer.text, hit),
        });
      }
    }
    return {
      term: t.term,
      kind: t.kind,
      weight: t.weight,
      source: t.source,
      stories: inStories.map(({ story }) => ({ id: story.id, title: story.title })),
      answers: inAnswers,
    };
  });
  const uncovered = (r: CoverageRow) => r.stories.length === 0;
  return {
    rows,
    keyTerms,
    gaps: rows
      .slice(0, keyTerms)
      .filter(uncovered)
      .map((r) => r.term),
    moreGaps: rows.slice(keyTerms).filter(uncovered).length,
  };
}
