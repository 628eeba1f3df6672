// Stories shaped exactly like the contract's outputs, for unit tests of both processes: a change in the contract
// breaks these first.
import type { Story, StoryCheck } from '../../electron/shared/stories-schemas';

/** What the coach says of a story with every part empty. */
export function draftCheck(over: Partial<StoryCheck> = {}): StoryCheck {
  return {
    draft: true,
    missingParts: ['situation', 'task', 'action', 'result'],
    resultHasNumber: false,
    pronouns: { singular: 0, plural: 0 },
    remarks: ['Add the situation: where you were and what was going on.'],
    ...over,
  };
}

/** A story, blank unless told otherwise. */
export function story(over: Partial<Story> = {}): Story {
  return {
    id: 7,
    title: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    tags: [],
    origin: { kind: 'blank', interviewId: null, interviewLabel: null },
    links: [],
    check: draftCheck(),
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    revision: 1,
    ...over,
  };
}
