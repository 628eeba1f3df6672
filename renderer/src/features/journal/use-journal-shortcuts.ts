import { onBeforeUnmount, onMounted } from 'vue';

/** True when a key press belongs to something the person is typing in, so single-letter shortcuts stay out of the way. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * The journal list's keys: "/" to search, "n" (or Ctrl/Cmd+N) for a new interview. Ignored while typing, while a
 * dialog is open, and with other modifiers, so they never steal a letter.
 */
export function useJournalShortcuts(actions: { focusSearch: () => void; newInterview: () => void }): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.repeat || document.querySelector('dialog[open]')) return;
    const commandN = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n';
    if (commandN) {
      event.preventDefault();
      actions.newInterview();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    if (event.key === '/') {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      actions.newInterview();
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}

/** The parts of a key press the editor's shortcut reads, so tests can pass plain objects. */
type ShortcutPress = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'repeat'>;

/** "Add a question" from anywhere in the editor: as ARIA spells it, and as the button's hint shows it. */
export const ADD_QUESTION_KEYS = { aria: 'Alt+Q', shown: 'Alt Q' } as const;

/**
 * True for Alt+Q. A modifier, so it works while typing in a field (the editor is all fields); `code`, not `key`,
 * because Option+Q on a Mac types "œ"; and no menu of the app uses Alt+Q, unlike Alt+F or Alt+E on Windows.
 */
export function isAddQuestionKey(event: ShortcutPress): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.repeat && event.code === 'KeyQ';
}

/** The interview editor's Alt+Q, while it is on screen; ignored while a dialog is open. */
export function useAddQuestionShortcut(addQuestion: () => void): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || !isAddQuestionKey(event) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    addQuestion();
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
