// After `npm install`: where Electron's binary is already present (a machine that ran `npm start` before),
// rebuild better-sqlite3 for Electron so the desktop app keeps working; tests then run under Electron's Node.
// Where it is not (a fresh clone, CI), the module stays built for plain Node and nothing happens here.
import { installedElectronBinary, sqliteLoadsIn } from './node-runtime.mjs';
import { rebuildForElectron } from './rebuild-for-electron.mjs';

const electron = installedElectronBinary();
if (electron && !sqliteLoadsIn(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
  process.exit(rebuildForElectron() ? 0 : 1);
}
