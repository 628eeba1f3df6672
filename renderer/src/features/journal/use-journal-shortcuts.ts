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
