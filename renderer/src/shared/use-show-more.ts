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
    const before = new Set(rowsOf());
    await loadMore();
    await nextTick();
    // The first row the page brought: after the last row shown before (a keyed list keeps the shown rows' elements,
    // however the page was fetched), not one another window added at the top meanwhile.
    const firstNew = () => {
      const rows = rowsOf();
      const last = rows.findLastIndex((row) => before.has(row));
      return rows.slice(last + 1).find((row) => !before.has(row)) ?? rows.find((row) => !before.has(row));
    };
    focusIfLost(() => [firstNew(), list(), document.getElementById(MAIN_HEADING_ID)]);
  };
}
