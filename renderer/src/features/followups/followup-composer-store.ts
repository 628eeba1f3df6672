import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteInput } from '@shared/contract';
import type { Followup, FollowupStatus, FollowupVersion, TemplateId } from '@shared/followups-schemas';
import { countWords, findUnfilled, messageForClipboard } from '@shared/followups-text';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictState, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';
import { openMailto } from './safe-mailto';
import { useFollowupDueStore } from './followup-due-store';
import { useFollowupInterviewStore } from './followup-interview-store';

/** Pause after the last keystroke before the text is saved (the main process folds edits within 5 minutes into one version). */
export const COMPOSER_SAVE_DELAY_MS = 700;

/** The fields of a message the composer saves as they are typed. */
type ComposerPatch = RouteInput<'followup:update'>['patch'];

/** What the last "Copy" or "Open in mail app" did, for the line the person reads next to the buttons. */
type SendNote = { kind: 'copied' } | { kind: 'copy-failed' } | { kind: 'mail-opened' } | { kind: 'too-long'; limit: number };

/** The one open message: its text as typed (saved as you type), what it still lacks, its versions, and sending it. */
export const useFollowupComposerStore = defineStore('followup-composer', () => {
  const api = useApi();
  const due = useFollowupDueStore();
  const page = useFollowupInterviewStore();
  const autosave = createAutosave({ delay: COMPOSER_SAVE_DELAY_MS });
  const revisions = createRevisions();
  const conflicts = createConflicts(autosave);
  /** Keys whose next save is "Keep mine": it starts a new version, so the other window's text stays one. */
  const keeping = new Set<string>();
  const recordOf = (id: number) => `followup.${id}`;

  const followup = ref<Followup | null>(null);
  const opening = useLoad();
  const { status, error } = opening;
  // The text being typed lives here, apart from the saved copy, so a save's answer never overwrites newer keystrokes.
  const subject = ref('');
  const body = ref('');
  const versions = ref<FollowupVersion[] | null>(null);
  const actionError = ref<ApiError | null>(null);
  const acting = useRequest({ once: true, error: actionError });
  const note = ref<SendNote | null>(null);

  /** Counted the same way as the main process, live as the person types. */
  const wordCount = computed(() => countWords(body.value));
  /** Placeholders still in the subject or the body, each once. */
  const unfilled = computed(() => findUnfilled(subject.value, body.value));
  /** A sent message is history: its text stays as it went out. */
  const readOnly = computed(() => followup.value !== null && followup.value.status !== 'draft');

  /** Shows a message as saved; `saved` (the answer to one field's save) keeps each field's own revision, see save. */
  function take(result: Followup, options: { text?: boolean; saved?: boolean } = {}): void {
    if (!options.saved) revisions.set(recordOf(result.id), result.revision);
    followup.value = result;
    if (options.text) {
      subject.value = result.subject;
      body.value = result.body;
    }
    page.upsert(result);
  }

  async function open(id: number): Promise<void> {
    if (followup.value?.id === id && status.value === 'ready') return;
    await autosave.flush();
    autosave.cancel('');
    followup.value = null;
    versions.value = null;
    note.value = null;
    actionError.value = null;
    await opening.run(
      () => api.call('followup:get', { id }),
      (result) => take(result, { text: true }),
    );
  }

  /** Forgets the open message (the page moved to a "new" form or another interview). */
  function close(): void {
    void autosave.flush();
    followup.value = null;
    versions.value = null;
    status.value = 'idle';
  }

  /** Saves one field from the revision this composer last saw; "Keep mine" makes it a new version. */
  async function save(key: string, patch: ComposerPatch): Promise<void> {
    const id = followup.value?.id;
    if (id === undefined) return;
    const newVersion = keeping.delete(key) || undefined;
    const result = await revisions.save(
      recordOf(id),
      (baseRevision) => api.call('followup:update', { id, baseRevision, patch, newVersion }),
      (answer) => answer.revision,
      key,
    );
    if (followup.value?.id !== id) return;
    // Only this field is known to be current now: the subject and body on screen may be older than the answer.
    take(result, { saved: true });
    if (versions.value) void loadVersions();
  }

  /** Any editable field: shown at once, saved after a pause (text) or at once (a date, a choice). */
  function change<K extends keyof ComposerPatch>(
    key: K,
    value: NonNullable<ComposerPatch[K]>,
    options: { immediate?: boolean } = {},
  ): void {
    if (!followup.value) return;
    note.value = null;
    if (key === 'subject') subject.value = value as string;
    else if (key === 'body') body.value = value as string;
    else followup.value = { ...followup.value, [key]: value };
    conflicts.forget(key);
    autosave.schedule(key, () => save(key, { [key]: value } as ComposerPatch), options);
  }

  /** The saved message on screen (after a conflict), except the kept field and fields still being saved. */
  function target(key: keyof ComposerPatch): ConflictTarget {
    return {
      adopt({ revision, current }, keep) {
        const saved = current as Followup;
        const shown = followup.value;
        if (!shown || shown.id !== saved.id) return;
        revisions.set(recordOf(saved.id), revision);
        const stays = (k: string) => k === keep || autosave.unsaved(k);
        const next: Followup = { ...saved };
        for (const k of Object.keys(saved) as (keyof Followup)[]) if (stays(k)) Object.assign(next, { [k]: shown[k] });
        if (!stays('subject')) subject.value = saved.subject;
        if (!stays('body')) body.value = saved.body;
        followup.value = next;
        page.upsert(saved);
      },
      theirs: ({ current }) => (current as Followup)[key],
      put: (value) => change(key, value as never, { immediate: true }),
    };
  }

  /** Whether a field's save was refused because another window saved first, or the person kept theirs over it. */
  function conflictState(key: keyof ComposerPatch): ConflictState {
    return conflicts.stateOf(key);
  }

  /** The person's answer to a conflict: load the newer text, keep theirs (a new version), or bring the other back. */
  function resolveConflict(key: keyof ComposerPatch, action: ConflictChoice): Promise<void> {
    if (action === 'keep') keeping.add(key);
    return conflicts.resolve(key, action, target(key));
  }

  /** True when nothing typed here is waiting or failed, so a fresh copy may replace it. */
  const allSaved = computed(() => !autosave.busy.value && autosave.failures.value.length === 0);

  /** Shows the message as saved now (the tab became visible again), only while nothing here is unsaved. */
  async function refresh(): Promise<void> {
    const id = followup.value?.id;
    if (id === undefined || !allSaved.value) return;
    try {
      const result = await api.call('followup:get', { id });
      if (followup.value?.id === id && allSaved.value) take(result, { text: true });
    } catch {
      // What is shown stays; the next save says whether it is still current.
      return;
    }
  }

  function act(run: (id: number) => Promise<Followup>, options: { text?: boolean } = {}): Promise<boolean> {
    const id = followup.value?.id;
    if (id === undefined) return Promise.resolve(false);
    return acting.run(async () => {
      // What is sent, copied or versioned is what the person sees: the last keystrokes go out first.
      await autosave.flush();
      if (autosave.failures.value.length) throw autosave.failures.value[0].error;
      take(await run(id), options);
      void due.refresh();
      if (versions.value) void loadVersions();
    });
  }

  const regenerate = (templateId?: TemplateId) =>
    act((id) => api.call('followup:regenerate', { id, templateId }), { text: true });
  /** Leaves the story cited for a point out of the draft, or puts it back (the main process rewrites the text). */
  const leaveOutStory = (point: string, leftOut: boolean) =>
    act(
      (id) =>
        revisions.save(
          recordOf(id),
          (baseRevision) => api.call('followup:leaveOutStory', { id, baseRevision, point, leftOut }),
          (answer) => answer.revision,
          'body',
        ),
      { text: true },
    );
  const restore = (versionId: number) => act((id) => api.call('followup:restoreVersion', { id, versionId }), { text: true });
  const markSent = (sentOn?: string) => act((id) => api.call('followup:markSent', { id, sentOn }));
  const setStatus = (next: FollowupStatus) => act((id) => api.call('followup:setStatus', { id, status: next }));
  const addChecklistItem = (text: string) => act((followupId) => api.call('followup-checklist:add', { followupId, text }));
  const tickChecklistItem = (itemId: number, done: boolean) =>
    act(() => api.call('followup-checklist:update', { id: itemId, done }));
  const removeChecklistItem = (itemId: number) => act(() => api.call('followup-checklist:remove', { id: itemId }));

  async function loadVersions(): Promise<void> {
    const id = followup.value?.id;
    if (id === undefined) return;
    try {
      const result = await api.call('followup:versions', { id });
      if (followup.value?.id === id) versions.value = result;
    } catch (err) {
      actionError.value = toApiError(err);
    }
  }

  /** Puts the subject and the message on the clipboard (after saving them), and says whether that worked. */
  async function copy(): Promise<boolean> {
    await autosave.flush();
    try {
      await navigator.clipboard.writeText(messageForClipboard(subject.value, body.value));
      note.value = { kind: 'copied' };
      return true;
    } catch {
      note.value = { kind: 'copy-failed' };
      return false;
    }
  }

  /** Opens the saved text in the mail app; where the host cannot (the browser), opens the mailto: link itself. */
  async function openInMail(allowUnfilled: boolean): Promise<boolean> {
    const current = followup.value;
    if (!current) return false;
    let url = '';
    let opened = false;
    const ok = await act(async (id) => {
      const result = await api.call('followup:openInMail', { id, allowUnfilled });
      url = result.url;
      opened = result.opened;
      return followup.value ?? current;
    });
    if (!ok) {
      const tooLong = actionError.value?.code === 'VALIDATION' && actionError.value.fieldMessage('body') !== undefined;
      if (tooLong) {
        note.value = { kind: 'too-long', limit: current.mail.limit };
        actionError.value = null;
      }
      return false;
    }
    if (!opened && !openMailto(url)) return false;
    note.value = { kind: 'mail-opened' };
    return true;
  }

  /** The message for one field: a failed autosave of it, or the last refused action that named it. */
  function fieldError(key: string, path = key): string | undefined {
    const failure = autosave.errorFor(key);
    // A conflict speaks through its own notice next to the field.
    if (failure && staleSave(failure)) return undefined;
    if (failure) return failure.fieldMessage(`patch.${key}`) ?? failure.message;
    return actionError.value?.fieldMessage(path);
  }

  return {
    followup,
    status,
    error,
    subject,
    body,
    versions,
    actionError,
    busy: acting.pending,
    note,
    wordCount,
    unfilled,
    readOnly,
    saveStatus: autosave.status,
    saveFailures: autosave.failures,
    open,
    close,
    change,
    conflictState,
    resolveConflict,
    allSaved,
    refresh,
    regenerate,
    leaveOutStory,
    restore,
    markSent,
    setStatus,
    addChecklistItem,
    tickChecklistItem,
    removeChecklistItem,
    loadVersions,
    copy,
    openInMail,
    fieldError,
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
