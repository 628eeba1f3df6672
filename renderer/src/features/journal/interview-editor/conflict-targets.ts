import type { Ref } from 'vue';
import type { InterviewDetail, InterviewQuestion, Reflection } from '@shared/journal-schemas';
import type { Autosave } from '@renderer/shared/use-autosave';
import type { ConflictTarget } from '@renderer/shared/use-conflicts';
import type { Revisions } from '@renderer/shared/use-revisions';
import { recordOf } from './editor-saves';
import { toDraft, toDraftQuestion, type InterviewDraft, type InterviewField } from './interview-draft';

const INTERVIEW_FIELDS: InterviewField[] = [
  'company',
  'role',
  'heldAt',
  'stage',
  'format',
  'outcome',
  'notes',
  'questionsAsked',
  'closingStatement',
  'tags',
  'interviewers',
];
const REFLECTION_FIELDS = ['rating', 'wentWell', 'wentBadly', 'notes', 'kind'] as const;
const QUESTION_FIELDS = ['answerGiven', 'howItWent', 'kind', 'category', 'keyPoints'] as const;

/** How the editor puts a value back in a field and saves it, as if typed. */
export interface PutField {
  interview(field: InterviewField, value: unknown): void;
  reflection(area: string, field: string, value: unknown): void;
  question(id: number, field: string, value: unknown): void;
}

interface Parts {
  draft: Ref<InterviewDraft | null>;
  saver: Pick<Autosave, 'unsaved'>;
  revisions: Revisions;
  put: PutField;
}

/** Copies fields from the saved record onto the editor's copy, leaving the kept one and any with unsaved changes. */
function copyFields<T extends object>(into: T, from: T, fields: readonly (keyof T & string)[], skip: (field: string) => boolean) {
  for (const field of fields) if (!skip(field)) into[field] = from[field];
}

/**
 * The ConflictTarget of one save key of the editor (`interview.<field>`, `reflection.<area>.<field>`,
 * `question.<id>.<field>`): what adopting the saved record means for that record, and how its field is put back.
 */
export function conflictTarget(key: string, { draft, saver, revisions, put }: Parts): ConflictTarget | null {
  const [kind, ...rest] = key.split('.');
  const d = draft.value;
  if (!d) return null;
  const busy = (keep: string | null, own: (field: string) => string) => (field: string) =>
    own(field) === keep || saver.unsaved(own(field));

  if (kind === 'interview') {
    const field = rest[0] as InterviewField;
    return {
      adopt({ revision, current }, keep) {
        const saved = current as InterviewDetail;
        if (draft.value?.id !== saved.id) return;
        revisions.set(recordOf.interview(saved.id), revision);
        copyFields(
          draft.value,
          toDraft(saved),
          INTERVIEW_FIELDS,
          busy(keep, (f) => `interview.${f}`),
        );
        draft.value.updatedAt = saved.updatedAt;
      },
      theirs: ({ current }) => (current as InterviewDetail)[field],
      put: (value) => put.interview(field, value),
    };
  }
  if (kind === 'reflection') {
    const [area, field] = rest;
    return {
      adopt({ revision, current }, keep) {
        const saved = current as Reflection;
        const mine = draft.value?.reflections.find((r) => r.area === area);
        if (!draft.value || !mine) return;
        revisions.set(recordOf.reflection(draft.value.id, area), revision);
        copyFields(
          mine,
          saved,
          REFLECTION_FIELDS,
          busy(keep, (f) => `reflection.${area}.${f}`),
        );
      },
      theirs: ({ current }) => (current as Reflection)[field as keyof Reflection],
      put: (value) => put.reflection(area, field, value),
    };
  }
  if (kind === 'question') {
    const id = Number(rest[0]);
    const field = rest[1];
    return {
      adopt({ revision, current }, keep) {
        const mine = draft.value?.questions.find((q) => q.id === id);
        if (!mine) return;
        revisions.set(recordOf.question(id), revision);
        copyFields(
          mine,
          toDraftQuestion(current as InterviewQuestion),
          QUESTION_FIELDS,
          busy(keep, (f) => `question.${id}.${f}`),
        );
      },
      theirs: ({ current }) => (current as InterviewQuestion)[field as keyof InterviewQuestion],
      put: (value) => put.question(id, field, value),
    };
  }
  return null;
}
