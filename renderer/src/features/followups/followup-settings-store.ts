import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Settings, SettingsPatch } from '@shared/settings-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { createAutosave } from '@renderer/shared/use-autosave';
import type { LoadStatus } from '@renderer/shared/load-status';

/** Pause after typing in "Your name" before it is saved. */
export const SETTINGS_SAVE_DELAY_MS = 500;

/** The follow-up settings (default send window, the name that signs messages), saved as they change. */
export const useFollowupSettingsStore = defineStore('followup-settings', () => {
  const api = useApi();
  const settings = ref<Settings | null>(null);
  const status = ref<LoadStatus>('idle');
  const error = ref<ApiError | null>(null);
  const autosave = createAutosave({ delay: SETTINGS_SAVE_DELAY_MS });

  async function load(): Promise<void> {
    status.value = 'loading';
    try {
      settings.value = await api.call('settings:get');
      error.value = null;
      status.value = 'ready';
    } catch (err) {
      error.value = toApiError(err);
      status.value = 'error';
    }
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
    status,
    error,
    saveStatus: autosave.status,
    load,
    change,
    fieldError,
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
