// How loud the microphone is while it records, for a live level on screen: a person sees that it hears them before
// the answer is over, not after.

/** How often the level is read: often enough to follow a voice, rarely enough to cost nothing. */
const READ_EVERY_MS = 100;
/** The quietest sound shown, in dB below full scale; below it the level reads 0. */
const FLOOR_DB = -60;

/** A level from 0 (silence) to 1 (loud), on a decibel scale so speech sits in the middle, not near the bottom. */
export function levelOfSamples(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/**
 * Reads the stream's loudness about ten times a second and hands it to `onLevel`; returns the stop. Where the browser
 * has no Web Audio (tests with fakes) it does nothing and the level stays where it was.
 */
export function watchInputLevel(stream: MediaStream | undefined, onLevel: (level: number) => void): () => void {
  const Context = globalThis.AudioContext;
  if (!stream || !Context) return () => undefined;
  let context: AudioContext;
  try {
    context = new Context();
  } catch {
    return () => undefined;
  }
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  // A context made outside a click may start suspended; recording was asked for by a click, so it may run.
  void context.resume().catch(() => undefined);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    onLevel(levelOfSamples(samples));
  }, READ_EVERY_MS);
  return () => {
    clearInterval(timer);
    source.disconnect();
    void context.close().catch(() => undefined);
  };
}
