import { dictationSeparator } from './join-dictation';

/**
 * Adds dictated words to the end of a text field as if typed: the field's own input event fires, so its normal save
 * path (autosave with revisions, conflicts) runs. When the person is still at the dictation control, the words go in
 * through the browser's editing (focus moves to the field, and Ctrl+Z takes them out again, like typing); when they
 * have moved on to another field, focus is left where it is and the value is set directly.
 */
export function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, words: string, from: Element | null): void {
  const text = dictationSeparator(field.value) + words.trim();
  const active = document.activeElement;
  const stillHere = !active || active === document.body || active === field || (from !== null && from.contains(active));
  if (stillHere) {
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    // execCommand is the only way to edit a field that keeps the browser's undo history; it is false where missing.
    let inserted = false;
    try {
      inserted = document.execCommand?.('insertText', false, text) ?? false;
    } catch {
      inserted = false;
    }
    if (inserted) return;
  }
  field.value += text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
