import { nextTick, onBeforeUnmount } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';

/** The id every screen gives its h1, so navigation can move focus there. */
export const MAIN_HEADING_ID = 'main-heading';

/** Waits for the new screen's heading: lazy views render a tick or two after the route changes. */
async function findHeading(): Promise<HTMLElement | null> {
  for (let i = 0; i < 5; i++) {
    await nextTick();
    const heading = document.getElementById(MAIN_HEADING_ID);
    if (heading) return heading;
  }
  return null;
}

/**
 * After each navigation (not the first load), moves focus to the new screen's heading and names the window after
 * it, so screen-reader and keyboard users land on the content instead of staying in the sidebar.
 */
export function useFocusOnNavigate(): void {
  const router = useRouter();
  const stop = router.afterEach(async (to, from, failure) => {
    if (failure) return;
    const title = typeof to.meta.title === 'string' ? to.meta.title : '';
    document.title = title ? `${title} · Debrief` : 'Debrief';
    if (from === START_LOCATION || to.path === from.path) return;
    const heading = await findHeading();
    if (heading && router.currentRoute.value.path === to.path) heading.focus();
  });
  onBeforeUnmount(stop);
}
