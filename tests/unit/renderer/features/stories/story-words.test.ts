import { describe, expect, it } from 'vitest';
import { MAX_JOB_TEXT_CHARS } from '@shared/stories-schemas';
import { gapStoryFields } from '@renderer/features/stories/gap-story';
import { jobTextProblem } from '@renderer/features/stories/job-description-store';
import { splitSnippet } from '@renderer/shared/split-snippet';
import { checkSummary, pronounLine, storyTitle, unusedSuggestions, withTag } from '@renderer/features/stories/story-words';
import { draftCheck } from './story-fixtures';

describe('what the coach says of a story, in words', () => {
  it('names a draft’s missing parts, and says when every part is empty', () => {
    expect(checkSummary(draftCheck())).toBe('A draft: every part is still empty.');
    expect(checkSummary(draftCheck({ missingParts: ['result'] }))).toBe('A draft: result is still missing.');
    expect(checkSummary(draftCheck({ missingParts: ['task', 'action', 'result'] }))).toBe(
      'A draft: task, action and result are still missing.',
    );
  });

  it('says a complete story is complete, and whether its result has a number', () => {
    const done = draftCheck({ draft: false, missingParts: [] });
    expect(checkSummary(done)).toBe('All four parts are there.');
    expect(checkSummary({ ...done, resultHasNumber: true })).toBe('All four parts are there, and the result has a number.');
  });

  it('counts "I" against "we" and asks for the person’s own part when "we" wins', () => {
    expect(pronounLine(draftCheck({ pronouns: { singular: 1, plural: 3 } }))).toBe(
      '“I” once, “we” 3 times: say what you did yourself.',
    );
    expect(pronounLine(draftCheck({ pronouns: { singular: 4, plural: 0 } }))).toBe('“I” 4 times, “we” 0 times.');
  });

  it('gives an untitled story a name to click', () => {
    expect(storyTitle('   ')).toBe('Untitled story');
    expect(storyTitle('The audit')).toBe('The audit');
  });
});

describe('story tags', () => {
  it('offers only the suggestions the story does not carry yet, case aside', () => {
    const left = unusedSuggestions(['Leadership', 'data']);
    expect(left).not.toContain('leadership');
    expect(left).not.toContain('data');
    expect(left).toContain('conflict');
  });

  it('adds a typed tag trimmed, never twice and never empty', () => {
    expect(withTag(['data'], '  pressure ')).toEqual(['data', 'pressure']);
    expect(withTag(['data'], 'DATA')).toEqual(['data']);
    expect(withTag(['data'], '   ')).toEqual(['data']);
  });
});

describe('story search snippets', () => {
  it('splits marked words from plain text and drops stray markers', () => {
    expect(splitSnippet('cut the close to \u0002four\u0003 days')).toEqual([
      { text: 'cut the close to ', marked: false },
      { text: 'four', marked: true },
      { text: ' days', marked: false },
    ]);
    expect(splitSnippet('\u0003odd \u0002open')).toEqual([
      { text: 'odd ', marked: false },
      { text: 'open', marked: true },
    ]);
  });
});

describe('a story written for a gap in the coverage', () => {
  it('takes the term as its title and its tag, so the story covers the term', () => {
    expect(gapStoryFields('IFRS 16')).toEqual({ title: 'IFRS 16', tags: ['IFRS 16'] });
  });

  it('keeps a term too long for a tag as the title only', () => {
    const term = 'preparing the consolidated quarterly management accounts pack';
    expect(gapStoryFields(term)).toEqual({ title: term });
  });
});

describe('the job description’s size', () => {
  it('refuses over 100,000 characters with the contract’s message, and accepts the limit itself', () => {
    expect(jobTextProblem('a'.repeat(MAX_JOB_TEXT_CHARS))).toBeNull();
    expect(jobTextProblem('a'.repeat(MAX_JOB_TEXT_CHARS + 1))).toBe(
      'A job description is read up to 100,000 characters: paste the part with the duties and the requirements.',
    );
  });
});
