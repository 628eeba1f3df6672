import { ref } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';

/** What the guard needs of an autosaving editor store: send what waits, and what still failed. */
interface Flushable {
  flush: () => Promise<unknown>;
  readonly failures: readonly unknown[];
}

/**
 * Before the route leaves or changes, sends what the editor has waiting; if something still failed, holds the route
 * until the person answers (`leaving` set, answered by `answerLeave`), so typed text is never dropped silently.
 */
export function useLeaveGuard(editor: Flushable) {
  const leaving = ref<((go: boolean) => void) | null>(null);

  async function beforeLeave(): Promise<boolean> {
    await editor.flush();
    if (!editor.failures.length) return true;
    return new Promise<boolean>((resolve) => (leaving.value = resolve));
  }

  function answerLeave(go: boolean): void {
    leaving.value?.(go);
    leaving.value = null;
  }

  onBeforeRouteLeave(beforeLeave);
  onBeforeRouteUpdate(beforeLeave);
  return { leaving, answerLeave };
}
