import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The terms thread's entry file and the Node flags it needs (TypeScript source runs through jiti in tests). */
export interface ThreadEntry {
  file: string;
  execArgv: string[];
}

/**
 * Finds the thread's entry: the built out/main/job-terms-worker.js beside the bundle (the app, the browser host), or
 * this folder's job-terms-worker.ts when running from source (vitest); undefined when neither is there.
 */
export function threadEntry(from = path.dirname(fileURLToPath(import.meta.url))): ThreadEntry | undefined {
  for (const dir of [from, path.dirname(from)]) {
    const built = path.join(dir, 'job-terms-worker.js');
    if (fs.existsSync(built)) return { file: built, execArgv: [] };
  }
  const source = path.join(from, 'job-terms-worker.ts');
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', jitiRegister()] };
  return undefined;
}

/** jiti's ESM hook as an absolute URL, so the thread finds it whatever the working folder. */
function jitiRegister(): string {
  const pkg = createRequire(import.meta.url).resolve('jiti/package.json');
  return pathToFileURL(path.join(path.dirname(pkg), 'lib', 'jiti-register.mjs')).href;
}
