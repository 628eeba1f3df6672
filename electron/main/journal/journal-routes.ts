import type { Handlers } from '../ipc/router';
import type { JournalService } from './journal-service';
import type { RealityCheckService } from './reality-check-service';

/** The journal's and the reality check's routes: each one line into the service. */
export function journalRoutes(journal: JournalService, realityCheck: RealityCheckService): Handlers {
  return {
    'interview:create': (fields) => journal.create(fields),
    'interview:get': ({ id }) => journal.detail(id),
    'interview:update': ({ id, baseRevision, patch }) => journal.update(id, baseRevision, patch),
    'interview:list': ({ filters, cursor, limit }) => journal.list(filters, cursor, limit),
    'interview:facets': () => journal.facets(),
    'interview:trash': ({ id }) => (journal.trash(id), { ok: true as const }),
    'interview:restore': ({ id }) => (journal.restore(id), { ok: true as const }),
    'interview:listTrash': () => journal.listTrash(),
    'interview:emptyTrash': () => ({ deleted: journal.emptyTrash() }),
    'reflection:save': ({ interviewId, area, baseRevision, ...patch }) =>
      journal.saveReflection(interviewId, area, baseRevision, patch),
    'reflection:addArea': ({ interviewId, label }) => journal.addArea(interviewId, label),
    'reflection:removeArea': ({ interviewId, area }) => (journal.removeArea(interviewId, area), { ok: true as const }),
    'interview-question:add': ({ interviewId, ...pick }) => journal.addQuestion(interviewId, pick),
    'interview-question:update': ({ id, baseRevision, ...patch }) => journal.updateQuestion(id, baseRevision, patch),
    'interview-question:remove': ({ id }) => (journal.removeQuestion(id), { ok: true as const }),
    'interview-question:move': ({ id, direction }) => journal.moveQuestion(id, direction),
    'reality-check:get': ({ interviewId }) => realityCheck.get(interviewId),
  };
}
