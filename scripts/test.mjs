// `npm test`: typecheck, lint, unit + integration (vitest), end-to-end in Chromium (Playwright), the installers'
// layout (pack:check), one command. Every step runs even when an earlier one fails, and the last line adds every
// suite up as "total: N passed, N failed" so a run that executed nothing is visible.
import './require-node24.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const require = createRequire(import.meta.url);

/** Path of Electron's downloaded binary, or null when it is not there (this never downloads it). */
function installedElectronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const binary = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
const tally = [];

function step(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return run.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Static checks count as one check each: a type error or a lint warning fails the run.
tally.push({
  suite: 'typecheck',
  ...(step('typecheck', process.execPath, [path.join(root, 'scripts/typecheck.mjs')])
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1 }),
});
// Lint is ESLint with zero warnings, then Prettier's check: formatting drift fails the run like a lint error.
const linted = step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
const formatted = step('format (prettier --check)', bin('prettier'), ['--check', '.']);
tally.push({ suite: 'lint', ...(linted && formatted ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }) });

// 2. Unit and integration tests. One runtime: better-sqlite3's N-API binary loads in this Node and in Electron alike.
const vitestJson = path.join(results, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitestOk = step(`unit + integration (vitest, node ${process.version})`, process.execPath, [
  path.join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
tally.push({
  suite: 'vitest',
  passed: vitest?.numPassedTests ?? 0,
  // A suite that failed to load, or a crash with no failed test, still counts as a failure.
  failed: vitest
    ? vitest.numFailedTests +
      vitest.numFailedTestSuites +
      (!vitestOk && !vitest.numFailedTests && !vitest.numFailedTestSuites ? 1 : 0)
    : 1,
});

// 3. End to end: build the real renderer and browser host, then drive them in Chromium.
const built = step('build (electron-vite)', bin('electron-vite'), ['build']);
const pwJson = path.join(results, 'playwright.json');
fs.rmSync(pwJson, { force: true });
const projects = ['--project=chromium'];
const electron = installedElectronBinary();
if (electron) projects.push('--project=electron');
const pwOk =
  built && step('end to end (Playwright)', bin('playwright'), ['test', ...projects], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
const pw = readJson(pwJson);
const pwPassed = pw?.stats?.expected ?? 0;
const pwFailed = (pw?.stats?.unexpected ?? 0) + (pw?.stats?.flaky ?? 0);
tally.push({ suite: 'e2e', passed: pwPassed, failed: pwFailed + (!pwOk && pwFailed === 0 ? 1 : 0) });
// 4. The installers' layout, around a stand-in Electron (the real binary is not needed to check what would ship).
tally.push({
  suite: 'pack:check',
  ...(built && step('pack:check (installer layout)', process.execPath, [path.join(root, 'scripts/pack-check.mjs'), '--no-build'])
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1 }),
});
if (!electron) {
  console.log(
    '\nElectron end-to-end: NOT RUN. The Electron binary is not installed here (it is downloaded from outside the package ' +
      'registries, which this machine cannot reach). The same behaviour is covered by the browser-host end-to-end tests ' +
      'and the unit tests of the Electron glue. Run `npm start` once on an online machine, then `npm test` runs it.',
  );
}

console.log('\n=== summary');
for (const t of tally) console.log(`${t.suite}: ${t.passed} passed, ${t.failed} failed`);
const passed = tally.reduce((n, t) => n + t.passed, 0);
const failed = tally.reduce((n, t) => n + t.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
