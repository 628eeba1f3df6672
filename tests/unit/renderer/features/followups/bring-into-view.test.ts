import { afterEach, describe, expect, it, vi } from 'vitest';
import { bringIntoView } from '@renderer/features/followups/bring-into-view';

/** A card with a heading whose top sits at `top` px in a window `height` px tall. */
function card(top: number) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.tabIndex = -1;
  section.append(heading);
  document.body.append(section);
  heading.getBoundingClientRect = () => ({ top }) as DOMRect;
  const scrolled = vi.fn();
  section.scrollIntoView = scrolled;
  heading.scrollIntoView = vi.fn();
  return { heading, scrolled };
}

describe('bringing a new draft into view', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    ['below the fold', 900],
    ['near the bottom', 500],
    ['scrolled past, above the window', -70],
  ])('scrolls its card to the top when %s, and focuses the heading', (_, top) => {
    const { heading, scrolled } = card(top);
    bringIntoView(heading, { innerHeight: 600 });
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
    expect(document.activeElement).toBe(heading);
  });

  it('only focuses a heading already in plain view', () => {
    const { heading, scrolled } = card(200);
    bringIntoView(heading, { innerHeight: 800 });
    expect(scrolled).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(heading);
  });
});
