import { nextTick, onBeforeUnmount } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';

/** The id every screen gives its h1, so navigation can move focus there. */
export const MAIN_HEADING_ID = 'main-heading';

/** Waits for an element: lazy views render a tick or two after the route changes. */
async function findById(id: string): Promise<HTMLElement | null> {
  for (let i = 0; i < 5; i++) {
    await nextTick();
    const found = document.getElementById(id);
    if (found) return found;
  }
  return null;
}

/** A link with #section (Settings -> Speech) lands on that section's heading; any other on the screen's h1. */
async function findTarget(hash: string): Promise<HTMLElement | null> {
  const section = hash.length > 1 ? await findById(decodeURIComponent(hash.slice(1))) : null;
  const heading = section?.matches('h1, h2, h3') ? section : section?.querySelector<HTMLElement>('h1, h2, h3[tabindex]');
  return heading ?? section ?? findById(MAIN_HEADING_ID);
}

/** How long a #section is kept in view while the screen around it is still loading. */
const SETTLE_MS = 2000;

/**
 * Keeps a linked section in view while the rest of the screen loads around it: a list above it that arrives later
 * would push it out of sight, and the browser's scroll anchoring does not act while the page is scrolled to the top.
 * Stops at the person's first wheel, touch or key, or after SETTLE_MS.
 */
function keepInView(target: HTMLElement): void {
  const main = target.closest('main');
  if (!main || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    if (document.activeElement === target) target.scrollIntoView({ block: 'start' });
  });
  const events = ['wheel', 'touchstart', 'keydown'] as const;
  const stop = () => {
    observer.disconnect();
    events.forEach((e) => window.removeEventListener(e, stop));
  };
  for (const child of Array.from(main.children)) observer.observe(child);
  events.forEach((e) => window.addEventListener(e, stop, { once: true, passive: true }));
  setTimeout(stop, SETTLE_MS);
}

/**
 * After each navigation (not the first load), moves focus to the new screen's heading (or to the section a #hash
 * names) and names the window after it, so screen-reader and keyboard users land on the content instead of staying in the sidebar.
 */
export function useFocusOnNavigate(): void {
  const router = useRouter();
  const stop = router.afterEach(async (to, from, failure) => {
    if (failure) return;
    const title = typeof to.meta.title === 'string' ? to.meta.title : '';
    document.title = title ? `${title} · Debrief` : 'Debrief';
    if (from === START_LOCATION || (to.path === from.path && to.hash === from.hash)) return;
    const target = await findTarget(to.hash);
    if (!target || router.currentRoute.value.path !== to.path) return;
    target.focus();
    if (to.hash) {
      target.scrollIntoView({ block: 'start' });
      keepInView(target);
    }
  });
  onBeforeUnmount(stop);
}
