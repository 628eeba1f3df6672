// `npm run bench:speech -- --model PATH`: transcribes the speech fixtures, and answers spoken by espeak-ng when it is
// installed, with the same engine the app uses; prints the real-time factor, the word error rate against the
// script, and how many of the spoken fillers were found. Targets with tiny.en on a 2-core laptop CPU: real-time
// factor at most 0.25, word error rate on jfk.wav at most 10%.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SPOKEN_FILLERS, countSpokenFillers, findFillers } from '../../../electron/main/speech/analysis/spoken-fillers';
import { wordErrorRate } from '../../../electron/main/speech/analysis/word-error-rate';
import { readWavInfo } from '../../../electron/main/speech/audio/wav';
import { transcribeFile } from '../../../electron/main/speech/cli/transcribe-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/speech');
const JFK = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';
/** Interview answers with the fillers people really use, for espeak-ng to speak. */
const ANSWERS = [
  'Um, so, in my last role I led the migration of our billing system to a new database, and, uh, we finished it two weeks early.',
  'I think my biggest weakness is that I, you know, take on too much. Basically, I have learned to say no and to ask for help sooner.',
  'Uh, the hardest bug I fixed was a race condition in the payment queue. It was, like, only failing once a week, so I added logging and, um, found it.',
];

const { values } = parseArgs({ options: { model: { type: 'string' } } });
const model = values.model ? path.resolve(values.model) : '';
if (!model || !fs.existsSync(model)) {
  console.log(
    `Speech bench did not run: ${model ? `there is no model file at ${model}` : 'no --model given'} (pass --model PATH to a ggml model such as ggml-tiny.en.bin; none can be downloaded on this machine).`,
  );
  process.exit(0);
}

const has = (cmd: string) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-speech-'));
const cases: { name: string; file: string; script: string }[] = [
  { name: 'jfk.wav', file: path.join(FIXTURES, 'jfk.wav'), script: JFK },
];
if (has('espeak-ng') && has('sox')) {
  ANSWERS.forEach((script, i) => {
    const raw = path.join(work, `answer-${i + 1}.raw.wav`);
    const file = path.join(work, `answer-${i + 1}.wav`);
    spawnSync('espeak-ng', ['-s', '150', '-w', raw, script]);
    spawnSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', file]);
    if (fs.existsSync(file)) cases.push({ name: `espeak answer ${i + 1}`, file, script });
  });
} else console.log('espeak-ng or sox is not installed: only the fixture is transcribed (apt-get install espeak-ng sox).');

const fillerCount = (text: string) => {
  const found = countSpokenFillers(findFillers(text.split(/\s+/).map((word) => ({ word, start: 0, end: 0 }))));
  return new Map(found.map((f) => [f.word, f.count]));
};

const rows: { name: string; seconds: number; rtf: number; wer: number; fillers: string; text: string }[] = [];
let expected = 0;
let found = 0;
for (const c of cases) {
  const seconds = readWavInfo(c.file)?.seconds ?? 0;
  const started = performance.now();
  const out = await transcribeFile(c.file, { model });
  const elapsed = (performance.now() - started) / 1000;
  const want = fillerCount(c.script);
  const got = fillerCount(out.text);
  let hit = 0;
  let total = 0;
  for (const f of SPOKEN_FILLERS) {
    total += want.get(f) ?? 0;
    hit += Math.min(want.get(f) ?? 0, got.get(f) ?? 0);
  }
  expected += total;
  found += hit;
  rows.push({
    name: c.name,
    seconds,
    rtf: elapsed / seconds,
    wer: wordErrorRate(c.script, out.text),
    fillers: `${hit}/${total}`,
    text: out.text,
  });
}
fs.rmSync(work, { recursive: true, force: true });

console.log(`\nSpeech bench: ${path.basename(model)}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'CPU'})\n`);
console.log('case                 audio    RTF    WER   fillers found');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(20)} ${r.seconds.toFixed(1).padStart(5)}s  ${r.rtf.toFixed(2)}  ${(r.wer * 100).toFixed(0).padStart(3)}%   ${r.fillers}`,
  );
}
for (const r of rows) console.log(`  ${r.name}: "${r.text}"`);
const worstRtf = Math.max(...rows.map((r) => r.rtf));
const jfkWer = rows[0].wer;
console.log(
  `\nreal-time factor (worst) ${worstRtf.toFixed(2)} (target <= 0.25), jfk.wav WER ${(jfkWer * 100).toFixed(1)}% (target <= 10%), ` +
    `filler recall ${expected ? `${found}/${expected} (${Math.round((found / expected) * 100)}%)` : 'n/a (no fillers in the scripts)'}`,
);
if (rows.every((r) => !r.text))
  console.log(
    "The model recognised no words at all: is it whisper.cpp's weightless test model? These figures then mean nothing.",
  );
process.exit(0);
