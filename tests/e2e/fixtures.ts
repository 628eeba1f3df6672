// Playwright fixtures: every test gets its own browser host on a free port with its own temporary data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'out/main/web-main.js');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

/** A running browser host, as a test needs it. */
export interface BrowserHost {
  /** The address the host printed, token included. */
  url: string;
  /** http://127.0.0.1:PORT, without a path. */
  origin: string;
  token: string;
  /** The temporary data folder this host uses (DEBRIEF_DATA_DIR). */
  dataDir: string;
}

/** Per-test knobs: extra environment for the host, and files to put in the data folder before it starts. */
export interface HostOptions {
  hostEnv: Record<string, string>;
  /** Relative path inside the data folder -> content; for seeding damaged or old databases. */
  dataFiles: Record<string, string>;
}

/** Resolves with the printed URL, or rejects with what the host said on stderr if it exits or stays silent. */
function waitForUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(
        new Error(`The browser host did not start: ${why}.\nstdout:\n${stdout || '(empty)'}\nstderr:\n${stderr() || '(empty)'}`),
      );
    };
    const timer = setTimeout(() => fail(`no "Open http://..." line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /^Open (http:\/\/\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (err) => fail(`could not spawn it (${err.message})`));
    child.once('exit', (code, signal) => fail(`it exited early (code ${code}, signal ${signal})`));
  });
}

/** Stops the host's whole process group (run-node.mjs and the Node it starts) and waits until it is gone. */
async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
  if ((await Promise.race([exited, timedOut])) === 'timeout') {
    signalGroup('SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

/** `test` with a fresh browser host per test; `host` is started only by tests that ask for it. */
export const test = base.extend<HostOptions & { host: BrowserHost }>({
  hostEnv: [{}, { option: true }],
  dataFiles: [{}, { option: true }],
  host: async ({ hostEnv, dataFiles }, use) => {
    if (!fs.existsSync(ENTRY))
      throw new Error(`${ENTRY} is missing: run \`npx electron-vite build\` before the end-to-end tests.`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-e2e-'));
    for (const [name, content] of Object.entries(dataFiles)) {
      fs.mkdirSync(path.dirname(path.join(dataDir, name)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, name), content);
    }
    // detached: the host gets its own process group, so stopping it also stops the Node process run-node.mjs starts.
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run-node.mjs'), ENTRY], {
      cwd: ROOT,
      env: { ...process.env, ...hostEnv, PORT: '0', DEBRIEF_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    try {
      const url = await waitForUrl(child, () => stderr);
      const parsed = new URL(url);
      const token = parsed.searchParams.get('token');
      if (!token) throw new Error(`The browser host printed a URL without a token: ${url}`);
      await use({ url, origin: parsed.origin, token, dataDir });
    } finally {
      await stopHost(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
