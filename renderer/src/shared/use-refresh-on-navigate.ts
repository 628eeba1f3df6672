import { watch } from 'vue';
import { useRoute } from 'vue-router';

/** Calls `refresh` now and after every navigation, so a count in the sidebar is never older than the screen shown. */
export function useRefreshOnNavigate(refresh: () => unknown): void {
  const route = useRoute();
  watch(
    () => route.fullPath,
    () => void refresh(),
    { immediate: true },
  );
}
