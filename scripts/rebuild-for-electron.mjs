// Builds better-sqlite3 for Electron's ABI: the prebuilt binary for this Electron version if one can be downloaded,
// otherwise a compile against Electron's headers. Same steps as electron-rebuild, without its Node 22 requirement.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Returns true when the module was rebuilt for the installed Electron version. */
export function rebuildForElectron() {
  const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const target = require('electron/package.json').version;
  const run = (script, args) =>
    spawnSync(process.execPath, [require.resolve(script), ...args], { cwd: moduleDir, stdio: 'inherit' }).status === 0;
  console.log(`Building better-sqlite3 for Electron ${target}...`);
  return (
    run('prebuild-install/bin.js', ['--runtime=electron', `--target=${target}`, `--arch=${process.arch}`]) ||
    run('node-gyp/bin/node-gyp.js', [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ])
  );
}
