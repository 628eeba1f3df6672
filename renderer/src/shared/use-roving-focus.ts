import { ref, type Ref } from 'vue';

/** Keys that move through a list, and what each does. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * One tab stop for a long list: Tab enters at the current row, arrow keys (and Home/End) move between rows, Enter
 * follows the row's link. `selector` finds the rows' focusable elements inside `container`; `onPastEnd` lets the list
 * fetch more when the person presses down on the last row.
 */
export function useRovingFocus(container: Ref<HTMLElement | null>, selector: string, onPastEnd?: () => Promise<void>) {
  const active = ref(0);

  function rows(): HTMLElement[] {
    return container.value ? [...container.value.querySelectorAll<HTMLElement>(selector)] : [];
  }

  /** Moves focus to row `index` (clamped) and makes it the list's tab stop. */
  function focusRow(index: number): void {
    const all = rows();
    if (!all.length) return;
    active.value = Math.max(0, Math.min(index, all.length - 1));
    all[active.value].focus();
  }

  async function onKeydown(event: KeyboardEvent): Promise<void> {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = rows();
    const current = all.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown' && current === all.length - 1 && onPastEnd) {
      await onPastEnd();
      focusRow(current + 1);
      return;
    }
    focusRow(move(current, all.length));
  }

  /** Keeps the tab stop on the row that last had focus (clicked or tabbed to). */
  function onFocusin(event: FocusEvent): void {
    const index = rows().indexOf(event.target as HTMLElement);
    if (index >= 0) active.value = index;
  }

  return { active, focusRow, onKeydown, onFocusin };
}
