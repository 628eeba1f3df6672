import { onMounted, type ComputedRef, computed } from 'vue';
import { useVisibleRefresh } from '@renderer/shared/use-visible-refresh';
import { useSpeechModelsStore } from './speech-models-store';

/** For a component that offers speech: true once a model is known to be installed, kept fresh when the window returns. */
export function useSpeechInstalled(): ComputedRef<boolean> {
  const store = useSpeechModelsStore();
  onMounted(() => void store.ensureLoaded());
  useVisibleRefresh(
    () => store.refresh(),
    () => true,
  );
  return computed(() => store.installed);
}
