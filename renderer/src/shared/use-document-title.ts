import { watch } from 'vue';

/**
 * Names the window after what an editor shows ("Acme · Debrief") once it is loaded and whenever it is renamed; until
 * then the route's own title stands (see use-focus-on-navigate).
 */
export function useDocumentTitle(title: () => string | undefined): void {
  watch(title, (value) => {
    if (value !== undefined) document.title = `${value} · Debrief`;
  });
}
