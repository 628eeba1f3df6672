import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The engine's entry file and the Node flags it needs (TypeScript source runs through jiti in tests and the CLI). */
export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

/**
 * Finds the engine's entry: the built out/main/speech-worker.js beside the bundle (the app, the browser host), or
 * this folder's speech-worker.ts when running from source (vitest, npm run transcribe).
 */
export function workerEntry(from = path.dirname(fileURLToPath(import.meta.url))): WorkerEntry {
  for (const dir of [from, path.dirname(from)]) {
    const built = path.join(dir, 'speech-worker.js');
    if (fs.existsSync(built)) return { file: built, execArgv: [] };
  }
  const source = path.join(from, 'speech-worker.ts');
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', jitiRegister()] };
  throw new Error(`The speech engine (speech-worker.js) was not found beside ${from}.`);
}

/** jiti's ESM hook as an absolute URL, so the child finds it whatever its working folder. */
function jitiRegister(): string {
  const pkg = createRequire(import.meta.url).resolve('jiti/package.json');
  return pathToFileURL(path.join(path.dirname(pkg), 'lib', 'jiti-register.mjs')).href;
}
