import type { RouteInput } from '@shared/contract';
import type { InterviewDetail } from '@shared/journal-schemas';
import type { ApiClient } from '@renderer/api/client';
import type { Revisions } from '@renderer/shared/use-revisions';

type Patch<N extends 'interview:update' | 'reflection:save' | 'interview-question:update'> = N extends 'interview:update'
  ? RouteInput<N>['patch']
  : Omit<RouteInput<N>, 'baseRevision' | 'id' | 'interviewId' | 'area'>;

/** The record key of each kind the editor saves, so its revision and its conflicts are found the same way. */
export const recordOf = {
  interview: (id: number) => `interview.${id}`,
  reflection: (interviewId: number, area: string) => `reflection.${interviewId}.${area}`,
  question: (id: number) => `question.${id}`,
};

/** The one field a save writes (each field saves on its own), so its revision is that field's; a patch of several: none. */
function fieldOf(patch: object): string | undefined {
  const keys = Object.keys(patch);
  return keys.length === 1 ? keys[0] : undefined;
}

/**
 * The editor's three saves, each sent with the revision of the record it was made on (one at a time per record), so
 * a copy left open in another window is refused instead of saving over newer words. The reality check saves through
 * these too.
 */
export function editorSaves(api: ApiClient, revisions: Revisions) {
  return {
    /** Takes the revisions of everything in a freshly loaded interview. */
    seed(detail: InterviewDetail): void {
      revisions.set(recordOf.interview(detail.id), detail.revision);
      for (const r of detail.reflections) revisions.set(recordOf.reflection(detail.id, r.area), r.revision);
      for (const q of detail.questions) revisions.set(recordOf.question(q.id), q.revision);
    },
    interview: (id: number, patch: Patch<'interview:update'>) =>
      revisions.save(
        recordOf.interview(id),
        (baseRevision) => api.call('interview:update', { id, baseRevision, patch }),
        (answer) => answer.revision,
        fieldOf(patch),
      ),
    reflection: (interviewId: number, area: string, patch: Patch<'reflection:save'>) =>
      revisions.save(
        recordOf.reflection(interviewId, area),
        (baseRevision) => api.call('reflection:save', { interviewId, area, baseRevision, ...patch }),
        (answer) => answer.revision,
        fieldOf(patch),
      ),
    question: (id: number, patch: Patch<'interview-question:update'>) =>
      revisions.save(
        recordOf.question(id),
        (baseRevision) => api.call('interview-question:update', { id, baseRevision, ...patch }),
        (answer) => answer.revision,
        fieldOf(patch),
      ),
  };
}

/** The saves as the editor's parts share them. */
export type EditorSaves = ReturnType<typeof editorSaves>;
