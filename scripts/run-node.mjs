// Runs a Node script with the runtime whose ABI better-sqlite3 is built for (see node-runtime.mjs).
// Usage: node scripts/run-node.mjs <script> [args...]
import { spawn } from 'node:child_process';
import { pickRuntime } from './node-runtime.mjs';

const runtime = pickRuntime();
const child = spawn(runtime.command, process.argv.slice(2), { stdio: 'inherit', env: { ...process.env, ...runtime.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
