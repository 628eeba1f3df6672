import type { TranscriptionStage } from '../../../shared/speech-schemas';
import { hostMessageSchema, type EngineJob, type WorkerMessage } from './engine-messages';
import type { WhisperEngine } from './whisper-engine';

/** The engine process's side of the conversation: a way to send, and to hear the host. */
export interface WorkerPort {
  send(message: WorkerMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** The engine's message loop: one job at a time; VAD, then whisper when a model is given; cancel; release. */
export function runWorkerLoop(port: WorkerPort, engine: Pick<WhisperEngine, 'detectSpeech' | 'transcribe' | 'release'>) {
  let current: { jobId: string; cancelled: boolean; stage: TranscriptionStage; stop?: () => Promise<void> } | null = null;

  async function run(job: EngineJob): Promise<void> {
    const me = {
      jobId: job.jobId,
      cancelled: false,
      stage: 'vad' as TranscriptionStage,
      stop: undefined as (() => Promise<void>) | undefined,
    };
    current = me;
    const cancelledHere = () => {
      if (!me.cancelled) return false;
      port.send({ type: 'cancelled', jobId: job.jobId, clean: true });
      return true;
    };
    try {
      port.send({ type: 'progress', jobId: job.jobId, stage: 'vad', percent: 0 });
      const speech = await engine.detectSpeech(job.audioPath, job.vadModelPath, job.threads);
      if (cancelledHere()) return;
      port.send({ type: 'progress', jobId: job.jobId, stage: 'vad', percent: 100 });
      let tokens: { text: string; start: number; end: number }[] = [];
      let language: string | null = null;
      // No speech at all: whisper would only invent words in the silence, so it is not asked.
      if (job.modelPath && speech.length) {
        me.stage = 'transcribe';
        port.send({ type: 'progress', jobId: job.jobId, stage: 'transcribe', percent: 0 });
        const run = await engine.transcribe(job.audioPath, job.modelPath, {
          language: job.language,
          prompt: job.prompt,
          threads: job.threads,
          onProgress: (percent) => {
            if (!me.cancelled) port.send({ type: 'progress', jobId: job.jobId, stage: 'transcribe', percent });
          },
        });
        me.stop = run.stop;
        if (me.cancelled) void run.stop();
        const out = await run.result;
        if (cancelledHere()) return;
        tokens = out.tokens;
        language = out.language;
      }
      port.send({ type: 'result', jobId: job.jobId, result: { speech, tokens, language } });
    } catch (err) {
      if (cancelledHere()) return;
      port.send({ type: 'error', jobId: job.jobId, message: err instanceof Error ? err.message : String(err) });
    } finally {
      if (current === me) current = null;
    }
  }

  port.onMessage((raw) => {
    const parsed = hostMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'start') {
      if (current) {
        port.send({ type: 'error', jobId: message.job.jobId, message: 'The speech engine is busy with another recording.' });
        return;
      }
      void run(message.job);
    } else if (message.type === 'cancel') {
      const job = current;
      if (!job || job.jobId !== message.jobId || job.cancelled) return;
      job.cancelled = true;
      if (job.stage === 'transcribe') {
        // whisper.cpp's stop() only raises a flag its decoder reads late or never: the host must end this process.
        void job.stop?.();
        port.send({ type: 'cancelled', jobId: job.jobId, clean: false });
      }
    } else {
      void engine.release().then((freed) => port.send({ type: 'released', freed }));
    }
  });
  port.send({ type: 'ready' });
}
