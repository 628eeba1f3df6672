import { z } from 'zod';
import { transcriptionStageSchema } from '../../../shared/speech-schemas';

const span = z.object({ start: z.number(), end: z.number() });

/** What the engine needs for one job: the audio, the shipped VAD model, and a whisper model or none (VAD only). */
export const engineJobSchema = z.object({
  jobId: z.string(),
  audioPath: z.string(),
  vadModelPath: z.string(),
  modelPath: z.string().nullable(),
  language: z.string(),
  prompt: z.string(),
  threads: z.number().int().min(1).max(16),
});
export type EngineJob = z.infer<typeof engineJobSchema>;

/** Messages from the host (main process) to the engine's process. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), job: engineJobSchema }),
  z.object({ type: z.literal('cancel'), jobId: z.string() }),
  z.object({ type: z.literal('release') }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** What the engine found: speech segments from the VAD, whisper's tokens (one per segment), in seconds. */
export const engineResultSchema = z.object({
  speech: z.array(span),
  tokens: z.array(span.extend({ text: z.string() })),
  language: z.string().nullable(),
});
export type EngineResult = z.infer<typeof engineResultSchema>;

/** Messages from the engine's process back to the host. */
export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('progress'),
    jobId: z.string(),
    stage: transcriptionStageSchema,
    percent: z.number().min(0).max(100),
  }),
  z.object({ type: z.literal('result'), jobId: z.string(), result: engineResultSchema }),
  z.object({ type: z.literal('error'), jobId: z.string(), message: z.string() }),
  /** clean is false when whisper's native work could not be stopped: the host must end the process. */
  z.object({ type: z.literal('cancelled'), jobId: z.string(), clean: z.boolean() }),
  z.object({ type: z.literal('released'), freed: z.array(z.string()) }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
