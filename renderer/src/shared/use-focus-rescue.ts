import { getCurrentInstance, onUpdated, type Ref } from 'vue';

/**
 * Focuses the first of `candidates()` still on the page, when focus was lost (it fell to <body> with the control that
 * had it). Focus that went somewhere on purpose (another control, another part of the screen) is left there.
 */
export function focusIfLost(candidates: () => (HTMLElement | null | undefined)[]): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  candidates()
    .find((el): el is HTMLElement => !!el && el.isConnected)
    ?.focus();
}

/**
 * Keeps keyboard focus inside a part of the screen whose controls come and go (a download's Pause becoming Resume, a
 * confirmation closing, a job ending): when the control that had focus is removed, focus moves to a stable place
 * instead of dropping to the page's <body>, where a keyboard or screen-reader user would have to start over.
 *
 * `root` is the part's element; `onFocusIn` goes on it as @focusin. After each update, if the control that last had
 * focus inside it is gone and nothing else took focus, the first element `next()` returns is focused (a control that
 * took the removed one's place, or a heading/status with tabindex="-1").
 */
export function useFocusRescue(
  root: Ref<HTMLElement | null>,
  next: () => (HTMLElement | null | undefined)[],
): { onFocusIn: (event: FocusEvent) => void; rescue: () => void } {
  let last: HTMLElement | null = null;
  // Read without inject(), so parts mounted without a router (tests) need none.
  const router = getCurrentInstance()?.appContext.config.globalProperties.$router;
  const where = () => router?.currentRoute.value.fullPath;
  let lastWhere: string | undefined;

  function onFocusIn(event: FocusEvent): void {
    last = event.target instanceof HTMLElement ? event.target : null;
    lastWhere = where();
  }

  function rescue(): void {
    if (!last || last.isConnected || !root.value?.isConnected) return;
    // A link that went to another screen: that screen places focus itself; this part is on its way out.
    if (where() !== lastWhere) {
      last = null;
      return;
    }
    last = null;
    focusIfLost(next);
  }

  onUpdated(rescue);
  return { onFocusIn, rescue };
}
