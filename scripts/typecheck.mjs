// Typechecks the worlds separately: Node (main, preload, shared, tests), web (renderer, shared),
// and the end-to-end specs (Node plus the DOM types of code evaluated in the page).
import './require-node24.mjs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let ok = true;
for (const [tool, project] of [
  ['tsc', 'tsconfig.node.json'],
  ['vue-tsc', 'tsconfig.web.json'],
  ['tsc', 'tsconfig.e2e.json'],
  // Integration tests that drive renderer modules against the real core: both worlds' types at once.
  ['vue-tsc', 'tsconfig.integration-renderer.json'],
]) {
  const run = spawnSync(bin(tool), ['--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) ok = false;
}
process.exit(ok ? 0 : 1);
