// `npm start`: the desktop app. Builds main, preload and renderer, then opens Electron on them (electron-vite preview).
// Nothing is compiled or rebuilt: better-sqlite3 13 and whisper.cpp's binding are N-API prebuilt binaries that load in
// Electron as they are. Electron's own binary is downloaded by Electron the first time it is needed.
import './require-node24.mjs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

try {
  require('electron'); // resolves to the binary's path, downloading it the first time
} catch (err) {
  console.error(`Electron could not be installed: ${err instanceof Error ? err.message : err}`);
  console.error('Check the network connection and run `npm start` again. The browser host works without it: npm run web');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
