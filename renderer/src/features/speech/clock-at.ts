// How the player writes a moment and a length of the recording.

/** A moment of the recording as m:ss ("0:03", "12:40"); what the audio controls show too. */
export function clockAt(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** A short length with one decimal ("2.8 s"), for pauses, where a tenth of a second is the difference seen. */
export function tenthsOfSecond(seconds: number): string {
  return `${(Math.round(Math.max(0, seconds) * 10) / 10).toFixed(1)} s`;
}

/** A longer length in whole seconds or minutes ("11 s", "2 min 5 s"). */
export function wholeSeconds(seconds: number): string {
  const total = Math.round(Math.max(0, seconds));
  const minutes = Math.floor(total / 60);
  if (minutes === 0) return `${total} s`;
  return total % 60 === 0 ? `${minutes} min` : `${minutes} min ${total % 60} s`;
}
