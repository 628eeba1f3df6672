import type { RealityCheck } from '../../shared/reality-check-schemas';
import type { JournalService } from './journal-service';
import { buildRealityCheck } from './reality-check';
import type { ReflectionRepo } from './reflection-repo';

/** Reads one interview and the person's earlier ratings, and hands both to the written rule. */
export function createRealityCheckService(journal: JournalService, reflections: ReflectionRepo) {
  return {
    get(interviewId: number): RealityCheck {
      const detail = journal.detail(interviewId);
      return buildRealityCheck(detail, reflections.earlierAverages(interviewId, detail.heldAt));
    },
  };
}

export type RealityCheckService = ReturnType<typeof createRealityCheckService>;
