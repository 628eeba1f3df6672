/**
 * Shows a just-made message to the person: scrolls its card to the top of the window when it is out of sight or
 * near the bottom (on a narrow window the composer sits under the list, below the fold), then focuses the heading so
 * the keyboard and a screen reader start at the new draft. Already in plain view, it is only focused.
 */
export function bringIntoView(heading: HTMLElement, win: Pick<Window, 'innerHeight'> = window): void {
  const { top } = heading.getBoundingClientRect();
  // The card the heading opens, so its top edge shows too, not a heading cut off at the window's edge.
  const card = heading.closest('section') ?? heading;
  if (top < 0 || top > win.innerHeight * 0.6) card.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
