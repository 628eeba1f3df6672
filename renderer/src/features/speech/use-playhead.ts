import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Where an <audio> element is, kept in a ref, and the handlers its events call. */
export interface Playhead {
  time: Ref<number>;
  playing: Ref<boolean>;
  /** For @play: follows the audio on every animation frame until it stops. */
  onPlay(): void;
  /** For @pause and @ended. */
  onStop(): void;
  /** For @timeupdate, @seeked and @loadedmetadata: one reading, enough while paused. */
  sync(): void;
}

/**
 * Follows an <audio> element's position. timeupdate fires only about four times a second, which leaves the highlighted
 * word trailing the voice, so while playing the position is read on each animation frame (one property read: cheap).
 */
export function usePlayhead(audio: Ref<HTMLAudioElement | null>): Playhead {
  const time = ref(0);
  const playing = ref(false);
  let frame = 0;

  function sync(): void {
    if (audio.value) time.value = audio.value.currentTime;
  }

  function tick(): void {
    sync();
    if (playing.value) frame = requestAnimationFrame(tick);
  }

  function onPlay(): void {
    playing.value = true;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(tick);
  }

  function onStop(): void {
    playing.value = false;
    cancelAnimationFrame(frame);
    sync();
  }

  onBeforeUnmount(() => cancelAnimationFrame(frame));
  return { time, playing, onPlay, onStop, sync };
}
