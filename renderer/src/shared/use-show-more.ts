import { nextTick } from 'vue';
import { focusIfLost } from './use-focus-rescue';
import { MAIN_HEADING_ID } from './use-focus-on-navigate';

/**
 * "Show more" that keeps keyboard focus: when the last page takes the button away (with the focus on it), focus goes
 * to the first row the page brought (`rows`: what to focus in a row), else the list (with tabindex="-1", for rows with
 * nothing to focus: `rows` null), else the page's heading, not to the page's <body>.
 */
export function showMoreKeepingFocus(
  list: () => HTMLElement | null | undefined,
  rows: string | null,
  loadMore: () => Promise<void>,
): () => Promise<void> {
  const rowsOf = () => (rows ? [...(list()?.querySelectorAll<HTMLElement>(rows) ?? [])] : []);
  return async () => {
    const from = rowsOf().length;
    await loadMore();
    await nextTick();
    focusIfLost(() => [rowsOf()[from], list(), document.getElementById(MAIN_HEADING_ID)]);
  };
}
