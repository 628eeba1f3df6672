import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Story, StoryPatch } from '@shared/stories-schemas';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictState, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';

/** Pause after typing in a story before that field is saved. */
export const STORY_SAVE_DELAY_MS = 600;

/** The fields of a story the editor saves one by one. */
export type StoryField = keyof StoryPatch;
const FIELDS: readonly StoryField[] = ['title', 'situation', 'task', 'action', 'result', 'tags'];

/**
 * The open story: each field saved on its own after a pause (a change made to another field in another window never
 * conflicts), a field changed elsewhere kept as a conflict to settle, and its links to questions.
 */
export const useStoryEditorStore = defineStore('story-editor', () => {
  const api = useApi();
  const story = ref<Story | null>(null);
  const loading = useLoad();
  const autosave = createAutosave({ delay: STORY_SAVE_DELAY_MS });
  const revisions = createRevisions();
  const conflicts = createConflicts(autosave);
  const linking = useRequest();

  /** Opens a story; what waits to be saved for the one open before goes out first. */
  async function load(id: number): Promise<void> {
    if (story.value && story.value.id !== id) {
      await autosave.flush();
      revisions.clear();
      story.value = null;
    }
    await loading.run(
      () => api.call('story:get', { id }),
      (loaded) => {
        revisions.set('story', loaded.revision);
        story.value = loaded;
      },
    );
  }

  /** Shows the change at once and saves each field it names; typing waits a pause, a tag goes at once. */
  function change(patch: StoryPatch, options: { immediate?: boolean } = {}): void {
    const shown = story.value;
    if (!shown) return;
    const id = shown.id;
    story.value = { ...shown, ...patch };
    for (const key of Object.keys(patch) as StoryField[]) {
      conflicts.forget(key);
      const send = (baseRevision: number) => api.call('story:update', { id, baseRevision, patch: { [key]: patch[key] } });
      autosave.schedule(
        key,
        async () => {
          const saved = await revisions.save('story', send, (answer) => answer.revision, key);
          // The coach's reading and the time come back; the typed fields stay as they are on screen.
          if (story.value?.id === id) story.value = { ...story.value, check: saved.check, updatedAt: saved.updatedAt };
        },
        options,
      );
    }
  }

  /** How a field's conflict is settled: the saved story on screen except the kept field and unsaved ones. */
  function target(key: StoryField): ConflictTarget {
    return {
      adopt({ revision, current }, keep) {
        const saved = current as Story;
        const shown = story.value;
        if (!shown) return;
        revisions.set('story', revision);
        const next: Story = { ...shown, check: saved.check, links: saved.links, revision };
        for (const field of FIELDS) {
          if (field === keep || autosave.unsaved(field)) continue;
          Object.assign(next, { [field]: saved[field] });
        }
        story.value = next;
      },
      theirs: ({ current }) => (current as Story)[key],
      put: (value) => change({ [key]: value } as StoryPatch, { immediate: true }),
    };
  }

  /** Links a question (from the bank) to the open story. */
  async function link(questionId: number): Promise<boolean> {
    const id = story.value?.id;
    if (id === undefined) return false;
    const answer = await linking.get(() => api.call('story:link', { storyId: id, questionId }));
    if (answer && story.value?.id === id) story.value = { ...story.value, links: answer.links, check: answer.check };
    return answer !== null;
  }

  async function unlink(questionId: number): Promise<boolean> {
    const id = story.value?.id;
    if (id === undefined) return false;
    const answer = await linking.get(() => api.call('story:unlink', { storyId: id, questionId }));
    if (answer && story.value?.id === id) story.value = { ...story.value, links: answer.links, check: answer.check };
    return answer !== null;
  }

  /** The main process's words for a field whose last save failed (a conflict has its own notice). */
  function fieldError(key: StoryField): string | undefined {
    const failure = autosave.errorFor(key);
    if (!failure || staleSave(failure)) return undefined;
    return failure.fieldMessage(`patch.${key}`) ?? failure.fieldMessage(key) ?? failure.message;
  }

  return {
    story,
    status: loading.status,
    error: loading.error,
    saveStatus: autosave.status,
    failures: autosave.failures,
    busy: autosave.busy,
    allSaved: computed(() => !autosave.busy.value && autosave.failures.value.length === 0),
    linking: linking.pending,
    linkError: linking.error,
    load,
    change,
    link,
    unlink,
    fieldError,
    conflictState: (key: StoryField): ConflictState => conflicts.stateOf(key),
    resolveConflict: (key: StoryField, choice: ConflictChoice) => conflicts.resolve(key, choice, target(key)),
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
