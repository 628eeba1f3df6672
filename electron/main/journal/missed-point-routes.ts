import type { Handlers } from '../ipc/router';
import type { MissedPointsService } from './missed-points-service';

/** The routes of an interview's "points I did not get across": each one line into the service. */
export function missedPointRoutes(service: MissedPointsService): Handlers {
  return {
    'missed-point:list': ({ interviewId }) => service.state(interviewId),
    'missed-point:add': ({ interviewId, text }) => service.add(interviewId, text),
    'missed-point:accept': ({ interviewId, key, text }) => service.accept(interviewId, key, text),
    'missed-point:dismiss': ({ interviewId, key }) => service.dismiss(interviewId, key),
    'missed-point:update': ({ id, baseRevision, text }) => service.update(id, baseRevision, text),
    'missed-point:remove': ({ id }) => service.remove(id),
    'missed-point:move': ({ id, direction }) => service.move(id, direction),
  };
}
