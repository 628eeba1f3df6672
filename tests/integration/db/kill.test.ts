// A child process writes through the router and is killed with SIGKILL at random moments (and, now and then, right
// in the middle of a backup), then started again. Every acknowledged write must survive, the database must pass
// integrity_check, and no temporary backup file may be left once the app has started again. Bounded to about a minute.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, verifyDatabaseFile } from '../../../electron/main/db/backups';
import { openDatabase } from '../../../electron/main/db/open-database';
import { filesIn } from '../../helpers/sqlite';
import { useTempDirs } from '../../helpers/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD_ENTRY = path.join(import.meta.dirname, 'kill', 'kill-child.ts');
/** Time for the kill cycles; the whole test, build included, stays near a minute on a busy machine. */
const BUDGET_MS = 40_000;
const MAX_CYCLES = 60;
const MIN_CYCLES = 10;
/** Every so many cycles, the kill waits for a backup to be half-written instead of a random moment. */
const MID_BACKUP_EVERY = 3;
const TEMPORARY = /\.partial(-wal|-shm|-journal)?$/;

const tempDir = useTempDirs('debrief-kill-');
let outDir = '';
let bundle = '';

// The child runs the app's real modules (migrations, question bank and templates inlined by Vite), bundled once.
beforeAll(async () => {
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  // Inside the project, so the bundle's imports of better-sqlite3, zod and the rest resolve from node_modules.
  outDir = fs.mkdtempSync(path.join(ROOT, 'test-results', 'kill-child-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify('kill-test') },
    resolve: { alias: { '@shared': path.join(ROOT, 'electron/shared') } },
    build: {
      ssr: CHILD_ENTRY,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-child.mjs' } },
    },
  });
  bundle = path.join(outDir, 'kill-child.mjs');
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

interface Life {
  acks: string[];
  ready: boolean;
  /** How long the start took, from spawn to "ready", in ms (null if it was killed before). */
  readyAfterMs: number | null;
  /** What the child said if it failed on its own, which the test never expects. */
  crash: string | null;
  signal: NodeJS.Signals | null;
  /** The app's temporary backup files in backups/ right after the kill. */
  leftovers: string[];
}

/**
 * Runs the child once and kills it with SIGKILL: after `killAfterMs`, or (with `midBackup`) as soon as a backup is
 * being written. Resolves once the process and its pipes are closed, with every line it managed to say.
 */
function live(dataDir: string, run: number, killAfterMs: number, midBackup: boolean): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const life: Life = { acks: [], ready: false, readyAfterMs: null, crash: null, signal: null, leftovers: [] };
    const spawnedAt = Date.now();
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const backups = path.join(dataDir, 'backups');
    const watcher = midBackup
      ? setInterval(() => {
          if (filesIn(backups).some((f) => TEMPORARY.test(f))) kill();
        }, 2)
      : null;
    // Mid-backup lives are still bounded in time, should no backup start.
    const timer = setTimeout(kill, midBackup ? killAfterMs + 3_000 : killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (life.readyAfterMs === null && /^ready$/m.test(stdout)) life.readyAfterMs = Date.now() - spawnedAt;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      clearTimeout(timer);
      if (watcher) clearInterval(watcher);
      life.signal = signal;
      for (const line of stdout.split('\n')) {
        if (line === 'ready') life.ready = true;
        else if (line.startsWith('ack ')) life.acks.push(line.slice(4));
        else if (line.startsWith('crash ')) life.crash = `${line}\n${stderr}`;
      }
      if (!life.crash && signal !== 'SIGKILL') life.crash = `exited on its own (${_code}): ${stderr}`;
      life.leftovers = filesIn(backups).filter((f) => TEMPORARY.test(f));
      resolve(life);
    });
  });
}

describe('killed at random moments while writing and backing up', () => {
  it('loses no acknowledged write, stays intact, and leaves no temporary backup file behind', async () => {
    const dir = tempDir();
    const acknowledged: string[] = [];
    const started = Date.now();

    // The first life runs long enough to be ready and to write; it also measures how long a start takes here.
    const first = await live(dir, 0, 4_000, false);
    expect(first.crash).toBeNull();
    expect(first.ready).toBe(true);
    acknowledged.push(...first.acks);

    const lives: Life[] = [first];
    const startMs = first.readyAfterMs ?? 2_000;
    for (let run = 1; run < MAX_CYCLES && Date.now() - started < BUDGET_MS; run++) {
      const midBackup = run % MID_BACKUP_EVERY === 0;
      // Anywhere from the first instant of start-up to well into the write loop.
      const life = await live(dir, run, Math.floor(Math.random() * (startMs + 1_500)), midBackup);
      expect(life.crash, `life ${run}`).toBeNull();
      expect(life.signal, `life ${run}`).toBe('SIGKILL');
      acknowledged.push(...life.acks);
      lives.push(life);
    }

    // The kills really landed in the middle of things: writes were acknowledged, and backups were cut short.
    expect(lives.length).toBeGreaterThanOrEqual(MIN_CYCLES);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lives.filter((l) => l.leftovers.length > 0).length).toBeGreaterThan(0);

    // Start once more, as the app would after the last kill.
    const opened = await openDatabase(dir);
    try {
      expect(opened.notices).toEqual([]);
      expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const companies = new Set(opened.db.prepare<[], string>('SELECT company FROM interviews').pluck().all());
      expect(acknowledged.filter((c) => !companies.has(c))).toEqual([]);
      expect(filesIn(opened.paths.backups).filter((f) => TEMPORARY.test(f))).toEqual([]);
      expect(filesIn(opened.paths.quarantine)).toEqual([]);
      // Every file that carries a backup's name passed its check before it got that name.
      const backups = listBackups(opened.paths.backups);
      expect(backups.length).toBeGreaterThan(0);
      for (const b of backups) expect(verifyDatabaseFile(path.join(opened.paths.backups, b.fileName)), b.fileName).toBe(true);
    } finally {
      opened.db.close();
    }
    console.info(
      `kill test: ${lives.length} lives, ${acknowledged.length} acknowledged writes, ` +
        `${lives.filter((l) => l.leftovers.length).length} kills left temporary backup files, ${Date.now() - started} ms`,
    );
  }, 150_000);
});
