import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useApi } from '@renderer/api/inject-api';

/**
 * Whether a speech model is installed, so dictation is offered only where it can give words. Asked once, and again
 * when the window comes back into view (a model may have been installed in Settings, or in another window). Many
 * fields share one answer; asking while an ask is on its way shares that ask.
 */
export const useSpeechAvailabilityStore = defineStore('speech-availability', () => {
  const api = useApi();
  const activeModelId = ref<string | null>(null);
  const loaded = ref(false);
  const installed = computed(() => activeModelId.value !== null);
  let asking: Promise<void> | null = null;

  function refresh(): Promise<void> {
    asking ??= api
      .call('speech:models')
      .then((models) => {
        activeModelId.value = models.activeModelId;
      })
      .catch(() => {
        // Not knowing is not offering: typing always works, and the next look asks again.
        activeModelId.value = null;
      })
      .finally(() => {
        loaded.value = true;
        asking = null;
      });
    return asking;
  }

  /** Settings -> Speech tells what it just learnt (a download finished, a model deleted), so Dictate appears at once. */
  function know(id: string | null): void {
    activeModelId.value = id;
    loaded.value = true;
  }

  /** Asks the first time only. */
  function ensureLoaded(): Promise<void> {
    return loaded.value ? Promise.resolve() : refresh();
  }

  return { activeModelId, installed, loaded, refresh, ensureLoaded, know };
});
