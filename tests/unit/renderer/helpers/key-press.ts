// Key presses as the app's keyboard handlers read them, for the shortcut tests.

/** A key press with no modifier held and no auto-repeat; a test spreads what it presses over it. */
export const NO_MODIFIERS = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, repeat: false };

/** Alt with a physical key (its `code`, so Option on a Mac, which types another letter, counts too). */
export const altPress = (code: string) => ({ ...NO_MODIFIERS, altKey: true, code });
