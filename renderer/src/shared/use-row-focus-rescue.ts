import type { Ref } from 'vue';
import { useFocusRescue } from './use-focus-rescue';

/**
 * useFocusRescue for a list whose rows leave it (restored from the trash, deleted): when the focused row's control
 * goes, focus moves to the control of the row that took its place, else of the row before it (it was the last), else
 * to the first of `fallback()` (a status line or the page's heading, with tabindex="-1").
 *
 * `selector` picks each row's control (one per row) inside `root`; `onFocusIn` goes on `root` as @focusin. `root`
 * should be an element that stays when the list empties (the page), so the fallback still gets focus then.
 */
export function useRowFocusRescue(
  root: Ref<HTMLElement | null>,
  selector: string,
  fallback: () => (HTMLElement | null | undefined)[],
): { onFocusIn: (event: FocusEvent) => void; rescue: () => void } {
  let index = -1;
  const controls = () => Array.from(root.value?.querySelectorAll<HTMLElement>(selector) ?? []);
  const { onFocusIn: track, rescue } = useFocusRescue(root, () => {
    const now = controls();
    return [now[index], now[index - 1], ...fallback()];
  });

  function onFocusIn(event: FocusEvent): void {
    track(event);
    // Where the focused control stood in the list, read now: once it is gone its place is the next row's.
    index = event.target instanceof HTMLElement ? controls().indexOf(event.target) : -1;
  }

  return { onFocusIn, rescue };
}
