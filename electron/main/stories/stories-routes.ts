import type { Handlers } from '../ipc/router';
import type { JobDescriptionsService } from './job-descriptions-service';
import type { StoriesService } from './stories-service';

const ok = { ok: true as const };

/** The routes of the story bank and of the next job's description: each one line into a service. */
export function storiesRoutes(stories: StoriesService, jobs: JobDescriptionsService): Handlers {
  return {
    'story:list': ({ query, tag, limit, offset }) => stories.list(query, tag, limit, offset),
    'story:get': ({ id }) => stories.get(id),
    'story:create': ({ origin, fields }) => stories.create(origin, fields),
    'story:update': ({ id, baseRevision, patch }) => stories.update(id, baseRevision, patch),
    'story:link': ({ storyId, questionId }) => stories.link(storyId, questionId),
    'story:unlink': ({ storyId, questionId }) => stories.unlink(storyId, questionId),
    'story:trash': ({ id }) => {
      stories.trash(id);
      return ok;
    },
    'story:restore': ({ id }) => {
      stories.restore(id);
      return ok;
    },
    'story:listTrash': () => stories.listTrash(),
    'story:emptyTrash': () => ({ deleted: stories.emptyTrash() }),
    'story:forQuestions': ({ questionIds }) => stories.forQuestions(questionIds),
    'story:checkAnswer': ({ questionId, answer }) => stories.checkAnswer(questionId, answer),
    'story:sessionOveruse': ({ sessionId }) => stories.sessionOveruse(sessionId),
    'job:get': ({ interviewId }) => jobs.get(interviewId),
    'job:save': ({ interviewId, baseRevision, text }) => jobs.save(interviewId, baseRevision, text),
    'job:addTerm': ({ interviewId, baseRevision, term }) => jobs.addTerm(interviewId, baseRevision, term),
    'job:removeTerm': ({ interviewId, baseRevision, term }) => jobs.removeTerm(interviewId, baseRevision, term),
    'job:restoreTerm': ({ interviewId, baseRevision, term }) => jobs.restoreTerm(interviewId, baseRevision, term),
    'job:coverage': ({ interviewId }) => jobs.coverage(interviewId),
  };
}
