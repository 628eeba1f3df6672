import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/**
 * Whole seconds since `running` last became true, ticking each second while it stays true: a transcription's status
 * line moves while the engine works, whatever the engine reports. Stops with the component.
 */
export function useElapsed(running: Readonly<Ref<boolean>>): Readonly<Ref<number>> {
  const elapsed = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  watch(
    running,
    (on) => {
      stop();
      if (!on) return;
      const started = Date.now();
      elapsed.value = 0;
      timer = setInterval(() => (elapsed.value = Math.floor((Date.now() - started) / 1000)), 1000);
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);
  return elapsed;
}
