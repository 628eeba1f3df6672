import type { Core } from '../../../electron/main/core';
import type { RouteOutput } from '../../../electron/shared/contract';
import { call } from '../support/routes';
import { journal } from '../support/writes';

/** A whole story with a result that has a number; tests change the parts they are about. */
export const STORY = {
  title: 'Onboarding in three days',
  situation: 'At Northwind new analysts waited ten days for access and training.',
  task: 'I had to get new starters productive in their first week.',
  action: 'I wrote a checklist, scripted the access requests and paired each starter with a buddy.',
  result: 'Onboarding went from ten days to three days, and support tickets from new starters fell by 40%.',
  tags: ['learning fast', 'customer'],
};

/** The questions of the practice set the tests use, asked at one interview in this order. */
export const SET = [
  'Tell me about a process you improved',
  'Describe a time you helped a colleague learn',
  'Tell me about a time you worked under pressure',
  'Why do you want this role?',
];

/** An interview that asked the SET questions; returns it with the asked rows' ids and their question ids. */
export async function askedSet(core: Core) {
  return journal(core, { company: 'Northwind', questions: SET.map((text) => ({ text, howItWent: 'fumbled' as const })) });
}

/** A practice session over the interview's questions, in the order asked. */
export async function sessionOver(core: Core, interviewId: number): Promise<RouteOutput<'practice:start'>> {
  return call(core, 'practice:start', { source: 'interview', interviewId, length: SET.length });
}

/** Creates a story and links it to the given questions; returns the story as last saved. */
export async function storyLinkedTo(core: Core, questionIds: number[], fields: Partial<typeof STORY> = {}) {
  let story = await call(core, 'story:create', { fields: { ...STORY, ...fields } });
  for (const questionId of questionIds) story = await call(core, 'story:link', { storyId: story.id, questionId });
  return story;
}
