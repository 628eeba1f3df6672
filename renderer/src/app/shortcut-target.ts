import { NAV_ITEMS, type NavItem } from './nav-items';

/** The parts of a keyboard event the shortcut needs, so tests can pass plain objects. */
export type ShortcutKey = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'repeat'>;

/**
 * The destination an Alt+digit press asks for, or null. Uses `code`, not `key`, because Option+1 on a Mac
 * types "¡" and keyboard layouts differ; the physical digit row is what the hint shows.
 */
export function shortcutTarget(event: ShortcutKey): NavItem | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return null;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (!match) return null;
  const digit = Number(match[1]);
  return NAV_ITEMS.find((item) => item.digit === digit) ?? null;
}
