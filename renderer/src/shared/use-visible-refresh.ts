import { onBeforeUnmount, onMounted } from 'vue';

/**
 * Refreshes what a screen shows when its tab or window becomes visible again, so a page left open behind another
 * window does not keep showing (and then saving over) an old copy. `canRefresh` says no while anything is unsaved.
 */
export function useVisibleRefresh(refresh: () => unknown, canRefresh: () => boolean): void {
  const onVisibility = () => {
    if (document.visibilityState === 'visible' && canRefresh()) void refresh();
  };
  onMounted(() => document.addEventListener('visibilitychange', onVisibility));
  onBeforeUnmount(() => document.removeEventListener('visibilitychange', onVisibility));
}
