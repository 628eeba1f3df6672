// Playwright fixtures: every test gets its own browser host on a free port with its own temporary data folder, and
// fails if any page asked for anything beyond 127.0.0.1 ("Offline and private. Nothing leaves this computer.").
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

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

/** Stops the host's whole process group and waits until it is gone. */
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

/** True for an address that would leave the machine's loopback: anything but 127.0.0.1 and in-page data. */
export function leavesLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return false;
  return parsed.hostname !== '127.0.0.1';
}

/** Records every request and WebSocket a browser context starts that leaves 127.0.0.1. */
export interface OutsideRequests {
  watch(context: BrowserContext): void;
  readonly seen: string[];
}

/** `test` with a fresh browser host per test; `host` is started only by tests that ask for it. */
export const test = base.extend<HostOptions & { host: BrowserHost; outsideRequests: OutsideRequests }>({
  hostEnv: [{}, { option: true }],
  dataFiles: [{}, { option: true }],
  // Automatic, so no test can forget it: every context the test uses (the default one, and any it makes with
  // browser.newContext) is watched, and the test fails at teardown if a single request went elsewhere.
  outsideRequests: [
    async ({ browser }, use) => {
      const seen: string[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watchPage = (page: Page) =>
        page.on('websocket', (socket) => {
          if (leavesLoopback(socket.url())) seen.push(`WebSocket ${socket.url()}`);
        });
      const watch = (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on('request', (request) => {
          if (leavesLoopback(request.url())) seen.push(`${request.method()} ${request.url()}`);
        });
        context.pages().forEach(watchPage);
        context.on('page', watchPage);
      };
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const context = await newContext(...args);
        watch(context);
        return context;
      };
      try {
        await use({ watch, seen });
      } finally {
        browser.newContext = newContext;
      }
      expect(seen, 'requests that left 127.0.0.1 (the app promises that nothing leaves this computer)').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, outsideRequests }, use) => {
    outsideRequests.watch(context);
    await use(context);
  },
  host: async ({ hostEnv, dataFiles }, use) => {
    if (!fs.existsSync(ENTRY))
      throw new Error(`${ENTRY} is missing: run \`npx electron-vite build\` before the end-to-end tests.`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-e2e-'));
    for (const [name, content] of Object.entries(dataFiles)) {
      fs.mkdirSync(path.dirname(path.join(dataDir, name)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, name), content);
    }
    // detached: the host gets its own process group, so stopping it also stops anything it started (the speech engine).
    const child = spawn(process.execPath, [ENTRY], {
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
