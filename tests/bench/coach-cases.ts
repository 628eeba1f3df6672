import { readAnswer } from '../../electron/main/coach/read-answer';
import type { BenchCase } from './harness';
import type { BenchContext } from './bench-context';

const STORY = [
  'Last spring I was the shift lead in a distribution warehouse, and we were missing about one truck in five because',
  'orders were not picked in time. My manager asked me to get our pick rate up before the busy season, which gave me',
  'six weeks. I think the real problem was that pickers walked the whole aisle for every order, so I timed twenty',
  'orders with a stopwatch and drew the routes on a map of the floor. Then I grouped orders by zone, gave each picker a',
  'zone, and moved the two hundred fastest-selling lines next to the dispatch doors. Um, I also sat down with the night',
  'team, because they knew the floor better than anyone, and we changed the plan twice after their feedback. We kind',
  'of tested it on one shift first, you know, and I checked the numbers every morning with the team leader.',
].join(' ');
const RESULT =
  'By the end of the six weeks our pick rate went up by about a quarter, from ninety lines an hour to a hundred and ' +
  'twelve, and we did not miss a single truck for the rest of the season.';

/** A spoken-length answer of exactly 300 words: the story, padded with more of the same, then its result. */
export function answerOf300Words(): string {
  const target = 300 - RESULT.split(' ').length;
  const story = STORY.split(' ');
  const words: string[] = [];
  while (words.length < target) words.push(...story.slice(0, target - words.length));
  return `${words.join(' ')} ${RESULT}`;
}

/** The answer coach on a 300-word answer, through the route and as the bare module (target p95 20 ms). */
export function coachCases(ctx: BenchContext): BenchCase[] {
  const input = { question: 'Tell me about a time you improved a process.', answer: answerOf300Words(), durationMs: 120_000 };
  return [
    {
      name: 'coach:read (300 words)',
      route: () => ctx.call('coach:read', input),
      raw: () => readAnswer(input),
      targetP95Ms: 20,
    },
  ];
}
