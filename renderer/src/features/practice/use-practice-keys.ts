import { onBeforeUnmount, onMounted } from 'vue';
import { focusKind, keyAction, type KeyAction, type KeyStage } from './practice-keys';
import { keyParts } from '@renderer/shared/key-parts';

/** Listens for the session screen's keys while it is mounted; `stage` is read at each press. */
export function usePracticeKeys(stage: () => KeyStage, handle: (action: NonNullable<KeyAction>) => void): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing) return;
    const action = keyAction({ ...keyParts(event), focus: focusKind(document.activeElement) }, stage());
    if (!action) return;
    // Ctrl+P would open the print dialog, Space would scroll, Enter would reach whatever is behind.
    event.preventDefault();
    handle(action);
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
