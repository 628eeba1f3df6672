import { AppError } from '../../../shared/errors';
import type { TranscriptionStage } from '../../../shared/speech-schemas';
import { workerMessageSchema, type EngineJob, type EngineResult, type HostMessage, type WorkerMessage } from './engine-messages';

/** The engine's process as the host sees it; an Electron utilityProcess or a Node child process behind it. */
export interface EngineProcess {
  send(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  /** Lets the host's own process exit while the engine idles (Node children only). */
  setBusy?(busy: boolean): void;
  /** The engine's last lines on stderr, for the log when it crashes. */
  recentOutput?(): string;
}
/** Starts a fresh engine process. */
export type LaunchEngine = () => EngineProcess;

/** The error a person sees when the engine's process dies mid-job: the answer and the recording are kept. */
export const transcriptionFailed = () => new AppError('INTERNAL', 'Transcription failed, try again.');
/** Rejects a job that was cancelled. */
export class EngineCancelled extends Error {
  constructor() {
    super('Transcription was cancelled.');
    this.name = 'EngineCancelled';
  }
}

interface Job {
  job: EngineJob;
  onProgress: (stage: TranscriptionStage, percent: number) => void;
  resolve: (r: EngineResult) => void;
  reject: (err: unknown) => void;
  cancelled: boolean;
  killTimer?: ReturnType<typeof setTimeout>;
}

export interface EngineHostOptions {
  /** How long an idle engine keeps its models loaded before its process ends (frees the memory). */
  idleMs?: number;
  /** How long a cancelled job may take to stop by itself before its process is ended. */
  cancelGraceMs?: number;
  log?: (message: string) => void;
}

/** Runs engine jobs one at a time in a separate process: progress, cancel, crash -> typed error, release, idle stop. */
export function createEngineHost(launch: LaunchEngine, options: EngineHostOptions = {}) {
  const idleMs = options.idleMs ?? 5 * 60_000;
  const cancelGraceMs = options.cancelGraceMs ?? 2000;
  const log = options.log ?? ((m: string) => console.error(m));
  let proc: EngineProcess | null = null;
  let active: Job | null = null;
  const queue: Job[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const releaseWaiters: (() => void)[] = [];
  let closed = false;

  function ensureProcess(): EngineProcess {
    if (proc) return proc;
    const started = launch();
    proc = started;
    started.onMessage((raw) => {
      if (proc !== started) return;
      const parsed = workerMessageSchema.safeParse(raw);
      if (!parsed.success) {
        log(`The speech engine sent a message it should not: ${JSON.stringify(raw)?.slice(0, 200)}`);
        return started.kill();
      }
      onMessage(parsed.data);
    });
    started.onExit((code) => {
      if (proc !== started) return;
      proc = null;
      for (const wake of releaseWaiters.splice(0)) wake();
      const job = active;
      if (job) {
        if (!job.cancelled) {
          log(`The speech engine stopped (exit code ${code}) during job ${job.job.jobId}. ${started.recentOutput?.() ?? ''}`);
          job.reject(transcriptionFailed());
        }
        done(job);
      }
    });
    return started;
  }

  function onMessage(message: WorkerMessage): void {
    if (message.type === 'released') {
      for (const wake of releaseWaiters.splice(0)) wake();
      return;
    }
    if (message.type === 'ready') return;
    const job = active;
    if (!job || job.job.jobId !== message.jobId) return;
    if (message.type === 'progress') {
      if (!job.cancelled) job.onProgress(message.stage, message.percent);
    } else if (message.type === 'result') {
      if (!job.cancelled) job.resolve(message.result);
      done(job);
    } else if (message.type === 'error') {
      log(`The speech engine could not transcribe: ${message.message}`);
      if (!job.cancelled) job.reject(transcriptionFailed());
      done(job);
    } else if (message.type === 'cancelled') {
      if (message.clean) done(job);
      else proc?.kill(); // whisper's native work goes on: only ending the process stops it; onExit finishes the job
    }
  }

  function done(job: Job): void {
    clearTimeout(job.killTimer);
    if (active === job) active = null;
    pump();
  }

  function pump(): void {
    if (active || closed) return;
    const next = queue.shift();
    if (!next) {
      proc?.setBusy?.(false);
      clearTimeout(idleTimer);
      if (proc) {
        idleTimer = setTimeout(() => void release(), idleMs);
        idleTimer.unref?.();
      }
      return;
    }
    clearTimeout(idleTimer);
    active = next;
    const p = ensureProcess();
    p.setBusy?.(true);
    p.send({ type: 'start', job: next.job });
  }

  async function release(): Promise<void> {
    clearTimeout(idleTimer);
    const p = proc;
    if (!p || active) return;
    const gone = new Promise<void>((resolve) => releaseWaiters.push(resolve));
    p.send({ type: 'release' });
    // The engine frees its models and answers; its process then ends, which frees everything else for certain.
    const timer = setTimeout(() => p.kill(), cancelGraceMs);
    await gone;
    clearTimeout(timer);
    if (proc === p) {
      const exited = new Promise<void>((resolve) => releaseWaiters.push(resolve));
      p.kill();
      await exited;
    }
  }

  return {
    /** Queues a job; the promise rejects with EngineCancelled on cancel, or the typed "try again" error on a crash. */
    run(job: EngineJob, onProgress: Job['onProgress'] = () => {}): Promise<EngineResult> {
      if (closed) return Promise.reject(new AppError('CONFLICT', 'The speech engine has been shut down.'));
      return new Promise<EngineResult>((resolve, reject) => {
        queue.push({ job, onProgress, resolve, reject, cancelled: false });
        pump();
      });
    },
    /** Cancels a queued or running job at once; a running one is stopped, or its process ended if it will not stop. */
    cancel(jobId: string): void {
      const queued = queue.findIndex((j) => j.job.jobId === jobId);
      if (queued >= 0) {
        const [job] = queue.splice(queued, 1);
        job.reject(new EngineCancelled());
        return;
      }
      const job = active;
      if (!job || job.job.jobId !== jobId || job.cancelled) return;
      job.cancelled = true;
      job.reject(new EngineCancelled());
      proc?.send({ type: 'cancel', jobId });
      job.killTimer = setTimeout(() => proc?.kill(), cancelGraceMs);
    },
    /** Frees the loaded models: the engine releases them and its process ends; the next job starts a new one. */
    release,
    /** True while an engine process is running (tests check that release ended it). */
    isRunning: () => proc !== null,
    /** Ends the engine and refuses new jobs (app quit, core closed). */
    close(): void {
      closed = true;
      clearTimeout(idleTimer);
      for (const job of queue.splice(0)) job.reject(new EngineCancelled());
      if (active) {
        active.cancelled = true;
        active.reject(new EngineCancelled());
      }
      proc?.kill();
    },
  };
}

export type EngineHost = ReturnType<typeof createEngineHost>;
