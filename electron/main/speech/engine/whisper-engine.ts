import type { TimeSpan } from '../../../shared/speech-schemas';
import type { TimedToken } from '../analysis/tokens-to-words';

// The binding's own types (node_modules/@fugood/whisper.node/lib/binding.ts), narrowed to what Debrief calls.
interface Cancellable<T> {
  stop: () => Promise<void>;
  promise: Promise<T>;
}
interface WhisperContext {
  transcribeFile(
    path: string,
    options: Record<string, unknown> & { onProgress?: (p: number) => void },
  ): Cancellable<{ language?: string; segments: { text: string; t0: number; t1: number }[]; isAborted: boolean }>;
  release(): Promise<void>;
}
interface VadContext {
  detectSpeechFile(path: string, options?: Record<string, unknown>): Promise<{ t0: number; t1: number }[]>;
  release(): Promise<void>;
}
/** The part of @fugood/whisper.node the engine uses; tests may pass a stand-in. */
export interface WhisperBinding {
  initWhisper(options: { filePath: string; useGpu?: boolean }, variant?: 'default'): Promise<WhisperContext>;
  initWhisperVad(options: { filePath: string; useGpu?: boolean; nThreads?: number }, variant?: 'default'): Promise<VadContext>;
  toggleNativeLog?(enable: boolean): Promise<void>;
  addNativeLogListener?(listener: (level: string, text: string) => void): { remove(): void };
}

/** Loads the CPU build of the binding ('default' variant: the CUDA and Vulkan builds are never shipped or asked for). */
export async function loadWhisperBinding(): Promise<WhisperBinding> {
  const mod = (await import('@fugood/whisper.node')) as unknown as WhisperBinding & { default?: WhisperBinding };
  const binding = mod.default?.initWhisper ? mod.default : mod;
  // whisper.cpp logs every model load to stderr; keep its last lines for error reports instead.
  binding.addNativeLogListener?.((_level, text) => nativeLog.push(text.trimEnd()) > 40 && nativeLog.shift());
  await binding.toggleNativeLog?.(true);
  return binding;
}
const nativeLog: string[] = [];

/** The last lines whisper.cpp logged, for an error report. */
export const recentNativeLog = () => nativeLog.slice(-10).join('\n');

/** Options of one transcription. */
export interface TranscribeOptions {
  language: string;
  prompt: string;
  threads: number;
  onProgress?: (percent: number) => void;
}

/** whisper.cpp behind one small interface: the VAD model and one whisper model stay loaded until release. */
export function createWhisperEngine(load: () => Promise<WhisperBinding> = loadWhisperBinding) {
  let binding: Promise<WhisperBinding> | null = null;
  let vad: { path: string; ctx: VadContext } | null = null;
  let whisper: { path: string; ctx: WhisperContext } | null = null;
  const lib = () => (binding ??= load());

  return {
    /** Speech segments in seconds (the VAD reports hundredths of a second). */
    async detectSpeech(audioPath: string, vadModelPath: string, threads: number): Promise<TimeSpan[]> {
      if (vad?.path !== vadModelPath) {
        await vad?.ctx.release();
        vad = {
          path: vadModelPath,
          ctx: await (await lib()).initWhisperVad({ filePath: vadModelPath, useGpu: false, nThreads: threads }, 'default'),
        };
      }
      const segments = await vad.ctx.detectSpeechFile(audioPath, {});
      return segments.map((s) => ({ start: s.t0 / 100, end: s.t1 / 100 }));
    },

    /**
     * Whisper's tokens with their times: maxLen 1 with token timestamps makes every segment one token, which
     * tokensToWords joins into words. The returned stop() asks whisper to stop; it may not until its native work ends.
     */
    async transcribe(audioPath: string, modelPath: string, options: TranscribeOptions) {
      if (whisper?.path !== modelPath) {
        await whisper?.ctx.release();
        whisper = null;
        whisper = { path: modelPath, ctx: await (await lib()).initWhisper({ filePath: modelPath, useGpu: false }, 'default') };
      }
      const run = whisper.ctx.transcribeFile(audioPath, {
        language: options.language,
        prompt: options.prompt || undefined,
        maxThreads: options.threads,
        tokenTimestamps: true,
        maxLen: 1,
        // A fallback at a higher temperature makes things up in silence more often than it rescues words.
        temperatureInc: 0,
        onProgress: (p: number) => options.onProgress?.(Math.max(0, Math.min(100, p))),
      });
      return {
        stop: run.stop,
        result: run.promise.then((r) => ({
          language: r.language ?? null,
          tokens: r.segments.map((s): TimedToken => ({ text: s.text, start: s.t0 / 1000, end: s.t1 / 1000 })),
        })),
      };
    },

    /** Frees both models' memory; returns which were loaded. */
    async release(): Promise<string[]> {
      const freed: string[] = [];
      if (whisper) freed.push(whisper.path);
      if (vad) freed.push(vad.path);
      await whisper?.ctx.release();
      await vad?.ctx.release();
      whisper = null;
      vad = null;
      return freed;
    },
  };
}

export type WhisperEngine = ReturnType<typeof createWhisperEngine>;
