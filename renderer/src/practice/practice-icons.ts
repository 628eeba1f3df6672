/** Stroke paths (24x24) for the few icons only practice uses; kept beside practice so the shared icon list stays untouched. */
export const PRACTICE_ICON_PATHS = {
  mic: ['M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3'],
  pause: ['M9 5v14', 'M15 5v14'],
  play: ['M7 4.5v15l12-7.5z'],
  'clock-off': ['M12 5a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 9v4', 'M4 4l16 16'],
  'plus-minute': ['M12 5a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 9v8', 'M8 13h8'],
  history: ['M4 12a8 8 0 1 0 2.3-5.7', 'M4 4v4h4', 'M12 8v4l3 2'],
} as const;

/** The name of one practice icon. */
export type PracticeIconName = keyof typeof PRACTICE_ICON_PATHS;
