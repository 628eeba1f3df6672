import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '@renderer/app/nav-items';
import { shortcutTarget, type ShortcutKey } from '@renderer/app/shortcut-target';
import { altPress } from '../helpers/key-press';

const key = (over: Partial<ShortcutKey>): ShortcutKey => ({ ...altPress('Digit1'), ...over });

describe('shortcutTarget', () => {
  it('maps Alt+1..6 to the sidebar items in order, from the digit row and the keypad', () => {
    expect([1, 2, 3, 4, 5, 6].map((d) => shortcutTarget(key({ code: `Digit${d}` }))?.path)).toEqual(NAV_ITEMS.map((i) => i.path));
    expect(shortcutTarget(key({ code: 'Numpad6' }))?.path).toBe('/settings');
  });

  it('ignores other digits, plain digits, other modifiers and held-down repeats', () => {
    expect(shortcutTarget(key({ code: 'Digit7' }))).toBeNull();
    expect(shortcutTarget(key({ code: 'Digit0' }))).toBeNull();
    expect(shortcutTarget(key({ code: 'KeyJ' }))).toBeNull();
    expect(shortcutTarget(key({ altKey: false }))).toBeNull();
    expect(shortcutTarget(key({ ctrlKey: true }))).toBeNull();
    expect(shortcutTarget(key({ metaKey: true }))).toBeNull();
    expect(shortcutTarget(key({ shiftKey: true }))).toBeNull();
    expect(shortcutTarget(key({ repeat: true }))).toBeNull();
  });

  it('gives every item its own digit', () => {
    expect(new Set(NAV_ITEMS.map((i) => i.digit)).size).toBe(NAV_ITEMS.length);
  });
});
