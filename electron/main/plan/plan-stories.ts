import { STAR_PARTS } from '../../shared/coach-schemas';
import { heldBounds } from '../../shared/local-days';
import type { DayRange } from '../../shared/insights-schemas';
import { STAR_PART_LABELS } from '../../shared/model-answers-schemas';
import type { PlanStory, UncoveredTerms } from '../../shared/plan-schemas';
import type { Story } from '../../shared/stories-schemas';
import type { PlanStoriesRepo } from './plan-stories-repo';

/** What the plan reads of the story bank: the stories domain's face, handed in by the composition root. */
export interface PlanStoryBank {
  /** Every live story, whole, with its links, newest first. */
  list(): Story[];
  /** The key terms of an interview's job description that no story covers, best first. */
  gaps(interviewId: number): string[];
  /** Reads these interviews' job terms off the main thread first, so `gaps` answers at once. */
  readAhead(interviewIds: readonly number[]): Promise<void>;
}

/** A story as the plan lists it: its title (or "Untitled story"), tags, linked questions, and the parts a draft lacks. */
export function planStory(story: Story): PlanStory {
  const missing = new Set(story.check.missingParts);
  return {
    id: story.id,
    title: story.title.trim() || 'Untitled story',
    tags: story.tags,
    questions: story.links.map((l) => l.questionText),
    draft: story.check.draft,
    missing: STAR_PARTS.filter((p) => missing.has(p)).map((p) => STAR_PART_LABELS[p]),
  };
}

/** Has the job terms of the range's interviews read off the main thread, before the plan asks for their gaps. */
export async function readPlanTermsAhead(bank: PlanStoryBank | undefined, repo: PlanStoriesRepo, range: DayRange): Promise<void> {
  if (bank) await bank.readAhead(repo.interviewsWithJob(heldBounds(range)).map((i) => i.interviewId));
}

/** The plan's stories and, per interview of the range with a job description, the key terms no story covers yet. */
export function planStories(
  bank: PlanStoryBank | undefined,
  repo: PlanStoriesRepo,
  range: DayRange,
): { stories: PlanStory[]; uncoveredTerms: UncoveredTerms[] } {
  if (!bank) return { stories: [], uncoveredTerms: [] };
  return {
    stories: bank.list().map(planStory),
    uncoveredTerms: repo.interviewsWithJob(heldBounds(range)).map((i) => ({ ...i, terms: bank.gaps(i.interviewId) })),
  };
}
