// The sidebar's destinations as the end-to-end tests expect them: one list, so a renamed screen fails loudly.
export interface Screen {
  path: string;
  label: string;
  digit: number;
}

/** Every screen in sidebar order, with its Alt+digit shortcut. */
export const SCREENS: readonly Screen[] = [
  { path: '/journal', label: 'Journal', digit: 1 },
  { path: '/practice', label: 'Practice', digit: 2 },
  { path: '/follow-ups', label: 'Follow-ups', digit: 3 },
  { path: '/plan', label: 'Plan', digit: 4 },
  { path: '/stories', label: 'Stories', digit: 5 },
  { path: '/settings', label: 'Settings', digit: 6 },
];

/** The browser host's URL opened at one screen (hash routing, token kept). */
export function screenUrl(hostUrl: string, path: string): string {
  return `${hostUrl}#${path}`;
}
