import { nextTick, watch } from 'vue';
import { MAIN_HEADING_ID } from './use-focus-on-navigate';

/**
 * A screen whose heading appears only once its record has loaded, after the router looked for it: focuses the h1
 * then, unless the person has already moved on to something else.
 */
export function useFocusHeadingWhenReady(status: () => string): void {
  watch(status, async (value) => {
    if (value !== 'ready') return;
    await nextTick();
    if (!document.activeElement || document.activeElement === document.body) document.getElementById(MAIN_HEADING_ID)?.focus();
  });
}
