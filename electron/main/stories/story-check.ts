import { STAR_PARTS, type StarPart } from '../../shared/coach-schemas';
import type { StoryCheck } from '../../shared/stories-schemas';
import { countPronouns, hasQuantity, segmentWords } from '../coach/coach-domain';

/** The parts of a story the coach reads. */
export interface StoryParts {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
}

/** What to add for each missing part, in the words the answer coach uses. */
const ADD_PART: Record<StarPart, string> = {
  situation: 'Add the situation: where you were and what was going on, in a sentence or two.',
  task: 'Add the task: what you had to do, or the problem that was yours to solve.',
  action: 'Add the action: what you did yourself, step by step.',
  result: 'Add the result: what changed because of what you did.',
};

/** The STAR parts a story lacks (no letter or digit in them): a story with any of them is a draft. */
export function missingParts(story: StoryParts): StarPart[] {
  return STAR_PARTS.filter((p) => !/\p{L}|\p{N}/u.test(story[p]));
}

/**
 * What the coach says of a story: the parts it lacks (a story with any part empty is a draft), whether the result
 * has a number, how often it says "I" and "we", and one plain sentence per thing to add, in the order to add them.
 */
export function checkStory(story: StoryParts): StoryCheck {
  const missing = missingParts(story);
  const resultWords = segmentWords(story.result);
  const resultHasNumber = missing.includes('result') ? false : hasQuantity(resultWords, story.result);
  const pronouns = countPronouns(segmentWords(STAR_PARTS.map((p) => story[p]).join('\n')));
  const remarks = missing.map((p) => ADD_PART[p]);
  if (!missing.includes('result') && !resultHasNumber) {
    remarks.push('Give the result a number: how much, how many, how fast or how often (a %, an amount, a time).');
  }
  if (pronouns.plural > pronouns.singular) {
    remarks.push(
      `Say what you did: the story says "we" ${pronouns.plural} ${pronouns.plural === 1 ? 'time' : 'times'} and "I" ${pronouns.singular} ${pronouns.singular === 1 ? 'time' : 'times'}.`,
    );
  }
  if (!story.title.trim()) remarks.push('Give the story a short title, so you can find it and link it to questions.');
  return { draft: missing.length > 0, missingParts: missing, resultHasNumber, pronouns, remarks };
}
