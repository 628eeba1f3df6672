import { defineStore } from 'pinia';
import type { Interviewer } from '@shared/journal-schemas';
import { computed, ref } from 'vue';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictState } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { createRevisions } from '@renderer/shared/use-revisions';
import { conflictTarget } from './interview-editor/conflict-targets';
import { editorSaves } from './interview-editor/editor-saves';
import {
  interviewersToSave,
  localId,
  toDraft,
  type InterviewDraft,
  type InterviewField,
} from './interview-editor/interview-draft';
import { questionActions } from './interview-editor/question-actions';
import { reflectionActions } from './interview-editor/reflection-actions';
import { tooLongActions } from './interview-editor/too-long-actions';

/** How long the editor waits after the last keystroke before saving a field. */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * The interview editor: one interview's draft, and autosave of every change. The draft is the editor's own copy, so
 * what the person typed stays on screen whatever a save answers; a failed save keeps its value for "Try again".
 */
export const useInterviewEditorStore = defineStore('interview-editor', () => {
  const api = useApi();
  const saver = createAutosave({ delay: AUTOSAVE_DELAY_MS });
  const revisions = createRevisions();
  const saves = editorSaves(api, revisions);
  const conflicts = createConflicts(saver);
  const draft = ref<InterviewDraft | null>(null);
  const opening = useLoad();
  /** The restore from the read-only view, and its failure. */
  const restoring = useRequest();

  const readOnly = computed(() => draft.value?.deletedAt != null);

  /** Opens an interview: sends what is still waiting for the previous one first, then loads this one fresh. */
  async function load(id: number): Promise<void> {
    await saver.flush();
    // What still failed belonged to the page being replaced (the person chose to leave it); the fresh draft cannot show it.
    saver.cancel('');
    restoring.error.value = null;
    if (draft.value?.id !== id) draft.value = null;
    await opening.run(
      () => api.call('interview:get', { id }),
      (detail) => {
        revisions.clear();
        saves.seed(detail);
        draft.value = toDraft(detail);
      },
    );
  }

  /** True when everything on screen is saved, so a fresh copy may replace it. */
  const allSaved = computed(() => !saver.busy.value && saver.failures.value.length === 0);

  /**
   * Shows the interview as saved now (the tab became visible again: another window may have changed it), quietly:
   * kept as it is if it fails, and only while nothing here is unsaved, checked again when the answer arrives.
   */
  async function refresh(): Promise<void> {
    const id = draft.value?.id;
    if (id === undefined || !allSaved.value) return;
    try {
      const detail = await api.call('interview:get', { id });
      if (draft.value?.id !== id || !allSaved.value) return;
      revisions.clear();
      saves.seed(detail);
      draft.value = toDraft(detail);
    } catch {
      // Stale beats missing: what is shown stays, and the next save says whether it is still current.
      return;
    }
  }

  /** The message to show next to a field when its last save failed and the main process named the field. */
  function fieldError(key: string, path: string): string | undefined {
    const err = saver.errorFor(key);
    if (!err) return undefined;
    return err.fieldMessage(path) ?? err.details.find((d) => d.path.startsWith(`${path}.`))?.message;
  }

  function scheduleUpdate(field: InterviewField, value: unknown, immediate = false): void {
    const d = draft.value;
    if (!d || readOnly.value) return;
    const id = d.id;
    conflicts.forget(`interview.${field}`);
    saver.schedule(
      `interview.${field}`,
      async () => {
        const saved = await saves.interview(id, { [field]: value });
        if (draft.value?.id === id) draft.value.updatedAt = saved.updatedAt;
      },
      { immediate },
    );
  }

  /** Changes one of the interview's own fields and saves it after the pause. */
  function setField<K extends Exclude<InterviewField, 'tags' | 'interviewers'>>(field: K, value: InterviewDraft[K]): void {
    if (!draft.value || readOnly.value) return;
    draft.value[field] = value;
    const discrete = field === 'stage' || field === 'format' || field === 'outcome';
    scheduleUpdate(field, value, discrete);
  }

  /** Changes the name, role or email of one interviewer and saves the list after the pause. */
  function setInterviewerField(uid: number, field: 'name' | 'role' | 'email', value: string): void {
    const row = draft.value?.interviewers.find((i) => i.uid === uid);
    if (!draft.value || !row || readOnly.value) return;
    row[field] = value;
    scheduleUpdate('interviewers', interviewersToSave(draft.value.interviewers));
  }

  /** Adds an empty interviewer row; it is saved once something is typed in it. Returns its local id. */
  function addInterviewer(): number | null {
    if (!draft.value || readOnly.value) return null;
    const uid = localId();
    draft.value.interviewers.push({ uid, name: '', role: '', email: '' });
    return uid;
  }

  /** Removes one interviewer row and saves the rest. */
  function removeInterviewer(uid: number): void {
    if (!draft.value || readOnly.value) return;
    draft.value.interviewers = draft.value.interviewers.filter((i) => i.uid !== uid);
    scheduleUpdate('interviewers', interviewersToSave(draft.value.interviewers), true);
  }

  /** Adds a tag (trimmed; a tag already there is not added twice). False when there was nothing to add. */
  function addTag(tag: string): boolean {
    const d = draft.value;
    const clean = tag.trim();
    if (!d || readOnly.value || !clean || d.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return false;
    d.tags = [...d.tags, clean];
    scheduleUpdate('tags', [...d.tags], true);
    return true;
  }

  /** Removes a tag and saves at once. */
  function removeTag(tag: string): void {
    const d = draft.value;
    if (!d || readOnly.value) return;
    d.tags = d.tags.filter((t) => t !== tag);
    scheduleUpdate('tags', [...d.tags], true);
  }

  /** Brings a trashed interview back and reopens it for editing. */
  async function restore(): Promise<void> {
    const d = draft.value;
    if (!d) return;
    await restoring.run(async () => {
      await api.call('interview:restore', { id: d.id });
      await load(d.id);
    });
  }

  const context = { api, saver, saves, conflicts, draft, readOnly };
  const reflections = reflectionActions(context);
  const questions = questionActions(context);

  /** Puts a value back in one of the interview's own fields and saves it, as if typed (after "Keep mine", undo). */
  function putInterviewField(field: InterviewField, value: unknown): void {
    const d = draft.value;
    if (!d || readOnly.value) return;
    if (field === 'interviewers') {
      d.interviewers = (value as Interviewer[]).map((i) => ({ uid: localId(), ...i }));
      scheduleUpdate('interviewers', interviewersToSave(d.interviewers), true);
    } else if (field === 'tags') {
      d.tags = [...(value as string[])];
      scheduleUpdate('tags', [...d.tags], true);
    } else {
      setField(field, value as never);
    }
  }

  const targetOf = (key: string) =>
    conflictTarget(key, {
      draft,
      saver,
      revisions,
      put: {
        interview: putInterviewField,
        reflection: (area, field, value) => reflections.setReflection(area, field as never, value as never),
        question: (id, field, value) => questions.putQuestionField(id, field, value),
      },
    });

  const tooLong = tooLongActions(context, (key, value) => targetOf(key)?.put(value));

  /** Whether a field's save was refused because another window saved first, or the person kept theirs over it. */
  function conflictState(key: string): ConflictState {
    return conflicts.stateOf(key);
  }

  /** The person's answer to a conflict: load the newer text, keep theirs, or bring the other text back. */
  function resolveConflict(key: string, action: ConflictChoice): Promise<void> {
    return conflicts.resolve(key, action, targetOf(key));
  }

  return {
    draft,
    status: opening.status,
    error: opening.error,
    restoreError: restoring.error,
    readOnly,
    saveStatus: saver.status,
    failures: saver.failures,
    busy: saver.busy,
    savedCount: saver.savedCount,
    flush: saver.flush,
    retry: saver.retry,
    schedule: saver.schedule,
    markSaved: saver.markSaved,
    load,
    refresh,
    allSaved,
    conflictState,
    resolveConflict,
    saves,
    fieldError,
    setField,
    setInterviewerField,
    addInterviewer,
    removeInterviewer,
    addTag,
    removeTag,
    restore,
    ...reflections,
    ...questions,
    ...tooLong,
  };
});
