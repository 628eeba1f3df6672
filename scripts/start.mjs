// `npm start`: the desktop app. Makes sure Electron's binary is there (Electron downloads it on first use),
// builds better-sqlite3 for Electron's ABI if it is not already, then builds and runs the app.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { sqliteLoadsIn } from './node-runtime.mjs';
import { rebuildForElectron } from './rebuild-for-electron.mjs';

const require = createRequire(import.meta.url);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let electron;
try {
  electron = require('electron'); // the path of the binary; downloads it the first time
} catch (err) {
  console.error(`Electron could not be installed: ${err.message}\nThe browser host still works: npm run web`);
  process.exit(1);
}

if (!sqliteLoadsIn(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
  if (!rebuildForElectron()) {
    console.error('Could not build the database module for Electron. The browser host still works: npm run web');
    process.exit(1);
  }
}
run('npx', ['electron-vite', 'preview', ...process.argv.slice(2)]);
