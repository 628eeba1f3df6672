import type { IconName } from '@renderer/shared/icons/icon-paths';

/** One place in the app the sidebar links to, with its Alt+digit shortcut. */
export interface NavItem {
  name: string;
  path: string;
  label: string;
  icon: IconName;
  /** The digit pressed with Alt to go there. */
  digit: number;
}

/** The sidebar's destinations, in order; the router and the shortcuts are built from this one list. */
export const NAV_ITEMS: readonly NavItem[] = [
  { name: 'journal', path: '/journal', label: 'Journal', icon: 'journal', digit: 1 },
  { name: 'practice', path: '/practice', label: 'Practice', icon: 'practice', digit: 2 },
  { name: 'follow-ups', path: '/follow-ups', label: 'Follow-ups', icon: 'follow-ups', digit: 3 },
  { name: 'plan', path: '/plan', label: 'Plan', icon: 'plan', digit: 4 },
  { name: 'stories', path: '/stories', label: 'Stories', icon: 'book', digit: 5 },
  { name: 'settings', path: '/settings', label: 'Settings', icon: 'settings', digit: 6 },
];

/** The shortcut as ARIA (`aria-keyshortcuts`) spells it. */
export function ariaShortcut(item: NavItem): string {
  return `Alt+${item.digit}`;
}
