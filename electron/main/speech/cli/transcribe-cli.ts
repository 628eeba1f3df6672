// `npm run transcribe -- <file.wav|.webm|.mp3|.flac> [--model PATH] [--json] [--language xx]`: the same engine and
// analysis the app uses, from a terminal, so a person (and the bench) can check that a model works on a recording.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_SPEECH_SECONDS } from '../../../shared/speech-schemas';
import { initialPrompt } from '../analysis/filler-prompt';
import { readWavInfo, wavHeader } from '../audio/wav';
import { decodeWebmOpus } from '../audio/webm-opus';
import { createWhisperEngine, recentNativeLog } from '../engine/whisper-engine';
import { VAD_MODEL_FILE, speechResourcesDir } from '../speech-resources';
import { buildTranscript, engineThreads } from '../transcription-service';

/** What `--json` prints: seconds throughout. */
export interface CliOutput {
  file: string;
  model: string | null;
  durationSeconds: number;
  text: string;
  words: { word: string; start: number; end: number }[];
  speech: { start: number; end: number }[];
  pauses: { start: number; end: number }[];
  longPauses: { start: number; end: number }[];
  speakingSeconds: number;
  wordsPerMinute: number | null;
  fillers: { word: string; count: number }[];
}

/** whisper.cpp reads these itself; WebM/Opus (what MediaRecorder writes) is decoded to a WAV first. */
const READABLE = new Set(['.wav', '.mp3', '.flac', '.webm']);

/** A refusal the person can act on, printed without a stack trace. */
class UsageError extends Error {}

/** Transcribes one file in this process: VAD for speech and pauses, then whisper when a model is given. */
export async function transcribeFile(file: string, options: { model?: string; language?: string }): Promise<CliOutput> {
  const ext = path.extname(file).toLowerCase();
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`There is no file at ${file}.`);
  if (ext === '.ogg' || ext === '.opus')
    throw new UsageError(
      `${path.basename(file)} is Ogg Opus, which this command does not decode; convert it to WAV first ` +
        '(for example `ffmpeg -i in.ogg -ar 16000 -ac 1 out.wav`).',
    );
  if (!READABLE.has(ext)) throw new UsageError(`Give a .wav, .webm, .mp3 or .flac file, not "${ext || path.basename(file)}".`);
  if (ext === '.webm') return transcribeWebm(file, options);
  if (options.model && (!fs.existsSync(options.model) || !fs.statSync(options.model).isFile()))
    throw new UsageError(`There is no model file at ${options.model}.`);
  const wav = ext === '.wav' ? readWavInfo(file) : null;
  if (ext === '.wav' && !wav) throw new UsageError(`${path.basename(file)} is not a WAV file.`);
  if (wav && wav.seconds > MAX_SPEECH_SECONDS)
    throw new UsageError(`Recordings longer than ${MAX_SPEECH_SECONDS / 60} minutes cannot be transcribed.`);

  const engine = createWhisperEngine();
  const threads = engineThreads();
  const language = options.language ?? 'en';
  try {
    const speech = await engine.detectSpeech(file, path.join(speechResourcesDir(), VAD_MODEL_FILE), threads);
    let tokens: { text: string; start: number; end: number }[] = [];
    let detected: string | null = null;
    if (options.model && speech.length) {
      const run = await engine.transcribe(file, options.model, { language, prompt: initialPrompt(language), threads });
      ({ tokens, language: detected } = await run.result);
    }
    const durationSeconds = wav?.seconds ?? Math.max(0, ...speech.map((s) => s.end), ...tokens.map((t) => t.end));
    const t = buildTranscript(
      { speech, tokens, language: detected },
      { audioId: 1, recordingId: null, modelId: options.model ? 'file' : null, durationSeconds, createdAt: '' },
    );
    return {
      file,
      model: options.model ?? null,
      durationSeconds: t.figures.durationSeconds,
      text: t.text,
      words: t.words,
      speech: t.speech,
      pauses: t.figures.pauses,
      longPauses: t.figures.longPauses,
      speakingSeconds: t.figures.speakingSeconds,
      wordsPerMinute: t.figures.wordsPerMinute,
      fillers: t.figures.fillers,
    };
  } finally {
    await engine.release();
  }
}

/** Decodes WebM/Opus (as MediaRecorder writes it) to a temporary 16 kHz WAV, and transcribes that. */
async function transcribeWebm(file: string, options: { model?: string; language?: string }): Promise<CliOutput> {
  let samples: Int16Array;
  try {
    samples = await decodeWebmOpus(fs.readFileSync(file));
  } catch (err) {
    throw new UsageError(`${path.basename(file)} could not be decoded: ${(err as Error).message}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-transcribe-'));
  const wav = path.join(dir, `${path.basename(file, path.extname(file))}.16k.wav`);
  try {
    fs.writeFileSync(
      wav,
      Buffer.concat([wavHeader(samples.byteLength), Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]),
    );
    return { ...(await transcribeFile(wav, options)), file };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const s = (n: number) => `${n.toFixed(2)}s`;

/** The plain-text report: the text, the words with times, speech, pauses and the figures. */
export function formatText(out: CliOutput): string {
  const lines = [
    out.model ? out.text || '(no words recognised)' : '(no --model given: speech and pauses only, no words)',
    '',
    `length ${s(out.durationSeconds)}, speaking ${s(out.speakingSeconds)}, ` +
      `pace ${out.wordsPerMinute === null ? '-' : `${out.wordsPerMinute} wpm`} (usual 130-170), ` +
      `fillers at least ${out.fillers.reduce((n, f) => n + f.count, 0)}${out.fillers.length ? ` (${out.fillers.map((f) => `${f.word} ${f.count}`).join(', ')})` : ''}`,
    '',
    'speech:',
    ...out.speech.map((x) => `  ${s(x.start)} - ${s(x.end)}`),
    `pauses (${out.longPauses.length} over 2.5 s):`,
    ...out.pauses.map((x) => `  ${s(x.start)} - ${s(x.end)}  (${(x.end - x.start).toFixed(2)} s)`),
  ];
  if (out.words.length) lines.push('words:', ...out.words.map((w) => `  ${s(w.start)} - ${s(w.end)}  ${w.word}`));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { model: { type: 'string' }, json: { type: 'boolean', default: false }, language: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run transcribe -- <file.wav|file.webm|file.mp3|file.flac> [--model PATH] [--json] [--language en]');
    process.exit(2);
  }
  try {
    const out = await transcribeFile(path.resolve(positionals[0]), {
      model: values.model ? path.resolve(values.model) : undefined,
      language: values.language,
    });
    console.log(values.json ? JSON.stringify(out, null, 2) : formatText(out));
    // whisper.cpp's log hook keeps the event loop alive; the answer is out, so end here.
    process.exit(0);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(`Transcription failed: ${err instanceof Error ? err.message : String(err)}\n${recentNativeLog()}`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) void main();
