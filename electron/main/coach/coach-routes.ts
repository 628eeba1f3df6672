import type { Handlers } from '../ipc/router';
import { readAnswer } from './read-answer';

/** The coach's one route: a pure reading of the answer, no database and no state. */
export function coachRoutes(): Handlers {
  return {
    'coach:read': (input) => readAnswer(input),
  };
}
