import { onBeforeUnmount, onMounted } from 'vue';
import { useRouter } from 'vue-router';
import { shortcutTarget } from './shortcut-target';

/** Alt+1..6 jumps to a sidebar destination from anywhere in the app, so the whole app works from the keyboard. */
export function useNavShortcuts(): void {
  const router = useRouter();
  function onKeydown(event: KeyboardEvent): void {
    const target = shortcutTarget(event);
    if (!target) return;
    event.preventDefault();
    if (router.currentRoute.value.path !== target.path) void router.push(target.path);
  }
  onMounted(() => window.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));
}
