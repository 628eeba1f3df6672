// The session screen's keys as a pure function, so what a key does in each stage is tested without a DOM.
import type { Grade } from '@shared/practice-schemas';
import { GRADE_INFO } from './grades';
import type { KeyParts } from '@renderer/shared/key-parts';

/** Where the session is, as far as keys care. */
export type KeyStage = 'think' | 'answer' | 'feedback' | 'graded' | 'other';

/** What a key asks for, or null for "not ours: let the browser have it". */
export type KeyAction =
  | { kind: 'start-answer' }
  | { kind: 'finish' }
  | { kind: 'toggle-pause' }
  | { kind: 'next' }
  | { kind: 'grade'; grade: Grade }
  | null;

/** What the focused element is: somewhere to type, a control with its own Enter/Space, or neither. */
type FocusKind = 'typing' | 'control' | 'other';

/** The parts of a keydown the mapping needs, and what has focus. */
export interface KeyInput extends KeyParts {
  focus: FocusKind;
}

/**
 * Ctrl/Cmd+P pauses and Ctrl/Cmd+Enter ends the answer from anywhere, typing included. Enter or Space moves
 * on and 1-4 grade only when focus is not in a text field; Enter and Space also leave focused buttons alone,
 * which act on them already.
 */
export function keyAction(e: KeyInput, stage: KeyStage): KeyAction {
  if (e.repeat || e.altKey) return null;
  const command = e.ctrlKey || e.metaKey;
  if (command) {
    if (e.shiftKey) return null;
    if (e.key.toLowerCase() === 'p' && (stage === 'think' || stage === 'answer')) return { kind: 'toggle-pause' };
    if (e.key === 'Enter' && stage === 'answer') return { kind: 'finish' };
    if (e.key === 'Enter' && stage === 'think') return { kind: 'start-answer' };
    return null;
  }
  if (e.shiftKey || e.focus === 'typing') return null;
  if (stage === 'feedback') {
    const grade = GRADE_INFO.find((g) => g.key === e.key);
    if (grade) return { kind: 'grade', grade: grade.grade };
  }
  if (e.focus === 'control' || (e.key !== 'Enter' && e.key !== ' ')) return null;
  if (stage === 'think') return { kind: 'start-answer' };
  if (stage === 'graded') return { kind: 'next' };
  return null;
}

/** The kind of element that has focus, for keyAction. */
export function focusKind(el: Element | null): FocusKind {
  if (!el || !(el instanceof HTMLElement)) return 'other';
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'typing';
  if (el instanceof HTMLInputElement) {
    return ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type) ? 'control' : 'typing';
  }
  if (el.closest('button, a[href], summary, audio, [role="button"], [role="checkbox"], [role="radio"]')) return 'control';
  return 'other';
}

/** The shortcut hint for this platform: ⌘ on a Mac, Ctrl elsewhere. */
export function commandKeyLabel(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
