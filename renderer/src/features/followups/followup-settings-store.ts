import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Settings, SettingsPatch } from '@shared/settings-schemas';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { useLoad } from '@renderer/shared/use-request';

/** Pause after typing in "Your name" before it is saved. */
export const SETTINGS_SAVE_DELAY_MS = 500;

/** The follow-up settings (default send window, the name that signs messages), saved as they change. */
export const useFollowupSettingsStore = defineStore('followup-settings', () => {
  const api = useApi();
  const settings = ref<Settings | null>(null);
  const loading = useLoad();
  const autosave = createAutosave({ delay: SETTINGS_SAVE_DELAY_MS });

  function load(): Promise<void> {
    return loading.run(
      () => api.call('settings:get'),
      (loaded) => (settings.value = loaded),
    );
  }

  /** Shows the change at once and saves it (a choice now, typing after a pause); the answer is not written back over typing. */
  function change(patch: SettingsPatch, options: { immediate?: boolean } = {}): void {
    if (!settings.value) return;
    settings.value = { ...settings.value, ...patch };
    for (const key of Object.keys(patch) as (keyof SettingsPatch)[]) {
      autosave.schedule(key, () => api.call('settings:update', { [key]: patch[key] }), options);
    }
  }

  /** The main process's words for one setting whose last save failed. */
  function fieldError(key: keyof SettingsPatch): string | undefined {
    const failure = autosave.errorFor(key);
    return failure ? (failure.fieldMessage(key) ?? failure.message) : undefined;
  }

  return {
    settings,
    status: loading.status,
    error: loading.error,
    saveStatus: autosave.status,
    load,
    change,
    fieldError,
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
