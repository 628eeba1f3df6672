import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RevisedSettings, SettingsPatch } from '@shared/settings-schemas';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictState, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { useLoad } from '@renderer/shared/use-request';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';

/** Pause after typing in "Your name" before it is saved. */
export const SETTINGS_SAVE_DELAY_MS = 500;

/** The follow-up settings (default send window, the name that signs messages), saved as they change. */
export const useFollowupSettingsStore = defineStore('followup-settings', () => {
  const api = useApi();
  const settings = ref<RevisedSettings | null>(null);
  const loading = useLoad();
  const autosave = createAutosave({ delay: SETTINGS_SAVE_DELAY_MS });
  const revisions = createRevisions();
  const conflicts = createConflicts(autosave);

  function load(): Promise<void> {
    return loading.run(
      () => api.call('settings:get'),
      (loaded) => {
        revisions.set('settings', loaded.revision);
        settings.value = loaded;
      },
    );
  }

  /** Shows the change at once and saves it (a choice now, typing after a pause); the answer is not written back over typing. */
  function change(patch: SettingsPatch, options: { immediate?: boolean } = {}): void {
    if (!settings.value) return;
    settings.value = { ...settings.value, ...patch };
    for (const key of Object.keys(patch) as (keyof SettingsPatch)[]) {
      conflicts.forget(key);
      const send = (baseRevision: number) => api.call('settings:update', { baseRevision, [key]: patch[key] });
      autosave.schedule(key, () => revisions.save('settings', send, (answer) => answer.revision, key), options);
    }
  }

  /** The settings as saved elsewhere on screen (after a conflict), except the kept one and those still being saved. */
  function target(key: keyof SettingsPatch): ConflictTarget {
    return {
      adopt({ revision, current }, keep) {
        const saved = current as RevisedSettings;
        const shown = settings.value;
        if (!shown) return;
        revisions.set('settings', revision);
        const stays = (k: string) => k === keep || autosave.unsaved(k);
        settings.value = {
          revision,
          sendWindow: stays('sendWindow') ? shown.sendWindow : saved.sendWindow,
          yourName: stays('yourName') ? shown.yourName : saved.yourName,
          salutation: stays('salutation') ? shown.salutation : saved.salutation,
        };
      },
      theirs: ({ current }) => (current as RevisedSettings)[key],
      put: (value) => change({ [key]: value }, { immediate: true }),
    };
  }

  /** Whether a setting's save was refused because another window saved first, or the person kept theirs. */
  function conflictState(key: keyof SettingsPatch): ConflictState {
    return conflicts.stateOf(key);
  }

  /** The person's answer to a conflict on one setting. */
  function resolveConflict(key: keyof SettingsPatch, action: ConflictChoice): Promise<void> {
    return conflicts.resolve(key, action, target(key));
  }

  /** The main process's words for one setting whose last save failed (a conflict has its own notice). */
  function fieldError(key: keyof SettingsPatch): string | undefined {
    const failure = autosave.errorFor(key);
    if (!failure || staleSave(failure)) return undefined;
    return failure.fieldMessage(key) ?? failure.message;
  }

  return {
    settings,
    status: loading.status,
    error: loading.error,
    saveStatus: autosave.status,
    load,
    change,
    conflictState,
    resolveConflict,
    fieldError,
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
