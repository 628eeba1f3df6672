import type { Handlers } from '../ipc/router';
import type { ModelAnswersService } from './model-answers-service';

/** The routes of model answers: each one line into the service. */
export function modelAnswersRoutes(service: ModelAnswersService): Handlers {
  return {
    'model-answer:get': ({ questionId }) => service.state(questionId),
    'model-answer:save': ({ questionId, baseRevision, parts }) => service.save(questionId, baseRevision, parts),
    'model-answer:remove': ({ questionId, baseRevision }) => {
      service.remove(questionId, baseRevision);
      return { ok: true as const };
    },
    'model-answer:compare': ({ questionId, answer }) => service.compare(questionId, answer),
    'model-answer:list': ({ limit }) => service.list(limit),
    'model-answer:search': ({ query, limit }) => service.search(query, limit),
  };
}
