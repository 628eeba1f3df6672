// After `npm install`: where Electron's binary is already present (a machine that ran `npm start` before),
// rebuild better-sqlite3 for Electron so the desktop app keeps working; tests then run under Electron's Node.
// Where it is not (a fresh clone, CI), the module stays built for plain Node and nothing happens here.
import { spawnSync } from 'node:child_process';
import { installedElectronBinary, sqliteLoadsIn } from './node-runtime.mjs';

const electron = installedElectronBinary();
if (electron && !sqliteLoadsIn(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
  const run = spawnSync('npx', ['electron-builder', 'install-app-deps'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(run.status ?? 1);
}
