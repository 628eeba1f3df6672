// Which Node runs the project's Node processes (tests, browser host, bench)?
// better-sqlite3's native module is built for one ABI at a time. Where `npm start` has rebuilt it for Electron,
// every Node process runs under Electron's own Node (ELECTRON_RUN_AS_NODE=1); elsewhere under plain Node.
// The choice is made by asking each runtime to load the module, so nothing has to be toggled by hand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const probe = "new (require('better-sqlite3'))(':memory:').close()";

/** Path of the downloaded Electron binary, or null when it is not there (this never downloads). */
export function installedElectronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** True when better-sqlite3 loads in the given runtime. */
export function sqliteLoadsIn(command, env = {}) {
  const result = spawnSync(command, ['-e', probe], { env: { ...process.env, ...env }, stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

/** { command, env, label } for running Node scripts of this project. */
export function pickRuntime() {
  if (sqliteLoadsIn(process.execPath)) return { command: process.execPath, env: {}, label: `node ${process.version}` };
  const electron = installedElectronBinary();
  if (electron && sqliteLoadsIn(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
    return { command: electron, env: { ELECTRON_RUN_AS_NODE: '1' }, label: "Electron's Node (ELECTRON_RUN_AS_NODE)" };
  }
  throw new Error(
    'better-sqlite3 does not load in Node or in Electron. Run `npm rebuild better-sqlite3` (for tests and the browser host) ' +
      'or `npm start` (which rebuilds it for Electron).',
  );
}
