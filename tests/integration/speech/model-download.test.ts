import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../electron/main/speech/models/catalog';
import { createModelStore, type ModelStore } from '../../../electron/main/speech/models/model-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { fakeModel, startModelServer } from './model-server';

const tempDir = useTempDirs('debrief-models-');
const MODEL = fakeModel(3 * 1024 * 1024);
const OTHER = fakeModel(1024 * 1024, 99);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A catalog whose tiny.en is the served fake file, fetched from the loopback server. */
function catalog(base: string, overrides: { sha1?: string; sizeBytes?: number } = {}) {
  return parseCatalog(
    {
      version: 1,
      models: [
        {
          id: 'tiny.en',
          name: 'Tiny (English)',
          file: 'ggml-tiny.en.bin',
          sizeBytes: overrides.sizeBytes ?? MODEL.body.length,
          sha1: overrides.sha1 ?? MODEL.sha1,
          url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-tiny.en.bin',
          language: 'en',
          goodFor: 'tests',
          default: true,
        },
        {
          id: 'base',
          name: 'Base (many languages)',
          file: 'ggml-base.bin',
          sizeBytes: OTHER.body.length,
          sha1: OTHER.sha1,
          url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.bin',
          language: 'multilingual',
          goodFor: 'tests',
        },
      ],
    },
    base,
  );
}

async function setup(overrides: { sha1?: string; sizeBytes?: number } = {}, served: Buffer = MODEL.body) {
  const server = await startModelServer({ 'ggml-tiny.en.bin': served, 'ggml-base.bin': OTHER.body });
  cleanups.push(() => server.close());
  const dir = path.join(tempDir(), 'models');
  const store = createModelStore(catalog(server.base, overrides), dir, { idleTimeoutMs: 5000 });
  cleanups.push(() => store.close());
  return { server, dir, store, final: path.join(dir, 'ggml-tiny.en.bin'), part: path.join(dir, 'ggml-tiny.en.bin.part') };
}
const sha1 = (file: string) => crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
const start = (store: ModelStore) => store.download('tiny.en', 'start');

describe('model downloads from a loopback server', () => {
  it('downloads only from the address it is given, checks the SHA-1 and renames the file into place', async () => {
    const { server, store, final, part } = await setup();
    expect(store.isInstalled('tiny.en')).toBe(false);
    expect(await start(store)).toMatchObject({ modelId: 'tiny.en', state: 'downloading', totalBytes: MODEL.body.length });
    const done = await store.settled('tiny.en');
    expect(done).toMatchObject({ state: 'done', receivedBytes: MODEL.body.length, error: null, etaSeconds: null });
    expect(sha1(final)).toBe(MODEL.sha1);
    expect(fs.existsSync(part)).toBe(false);
    expect(store.isInstalled('tiny.en')).toBe(true);
    expect(server.requests).toEqual([{ path: '/models/ggml-tiny.en.bin', range: undefined }]);
    // Installed: a second start is refused rather than downloaded again.
    expect(() => start(store)).toThrow(/already installed/);
  });

  it('shows bytes, speed and time left while it runs; pause keeps the partial file, resume asks for the rest', async () => {
    const { server, store, final, part } = await setup();
    server.holdNextAfter(1024 * 1024);
    start(store);
    await expect.poll(() => store.downloadStatus('tiny.en')?.receivedBytes).toBe(1024 * 1024);
    const running = store.downloadStatus('tiny.en')!;
    expect(running).toMatchObject({ state: 'downloading', totalBytes: MODEL.body.length });
    expect(running.bytesPerSecond).toBeGreaterThanOrEqual(0);
    expect(store.download('tiny.en', 'pause')).toMatchObject({ state: 'paused', bytesPerSecond: 0, etaSeconds: null });
    await store.settled('tiny.en');
    expect(fs.statSync(part).size).toBe(1024 * 1024);
    server.release();
    store.download('tiny.en', 'resume');
    expect(await store.settled('tiny.en')).toMatchObject({ state: 'done' });
    expect(server.requests.map((r) => r.range)).toEqual([undefined, `bytes=${1024 * 1024}-`]);
    expect(sha1(final)).toBe(MODEL.sha1);
  });

  it('resumes after the connection is cut, from where it stopped', async () => {
    const { server, store, final } = await setup();
    server.cutNextAfter(1500 * 1024);
    start(store);
    const cut = await store.settled('tiny.en');
    expect(cut).toMatchObject({ state: 'failed', error: { code: 'OFFLINE' } });
    expect(cut?.error?.message).toMatch(/could not reach the download server.*resume/i);
    expect(store.download('tiny.en', 'start')).toMatchObject({ state: 'downloading' });
    expect(await store.settled('tiny.en')).toMatchObject({ state: 'done' });
    expect(server.requests.at(-1)?.range).toMatch(/^bytes=\d+-$/);
    expect(Number(/\d+/.exec(server.requests.at(-1)!.range!)![0])).toBeGreaterThan(0);
    expect(sha1(final)).toBe(MODEL.sha1);
  });

  it('a file with the wrong hash is refused, and the temporary file is gone', async () => {
    const { store, final, part } = await setup({ sha1: 'f'.repeat(40) });
    start(store);
    const failed = await store.settled('tiny.en');
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'VALIDATION' } });
    expect(failed?.error?.message).toMatch(/did not match the published checksum \(SHA-1\), so it was removed/);
    expect(fs.existsSync(part)).toBe(false);
    expect(fs.existsSync(final)).toBe(false);
    expect(store.isInstalled('tiny.en')).toBe(false);
  });

  it('a server offering a file of another size is refused before anything is kept', async () => {
    const { store, final } = await setup({}, MODEL.body.subarray(0, 1000));
    start(store);
    const failed = await store.settled('tiny.en');
    expect(failed?.error?.message).toMatch(/offers a file of 1,000 bytes, not the 3,145,728/);
    expect(fs.existsSync(final)).toBe(false);
  });

  it('cancel stops it and removes the partial file', async () => {
    const { server, store, final, part } = await setup();
    server.holdNextAfter(512 * 1024);
    start(store);
    await expect.poll(() => store.downloadStatus('tiny.en')?.receivedBytes).toBe(512 * 1024);
    expect(await store.download('tiny.en', 'cancel')).toMatchObject({ state: 'cancelled', receivedBytes: 0 });
    expect(fs.existsSync(part)).toBe(false);
    expect(fs.existsSync(final)).toBe(false);
    server.release();
  });

  it('a full disk says so plainly (writes go to /dev/full, which answers ENOSPC)', async () => {
    const { store, dir, part, final } = await setup();
    fs.mkdirSync(dir, { recursive: true });
    fs.symlinkSync('/dev/full', part);
    start(store);
    const failed = await store.settled('tiny.en');
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'STORAGE' } });
    expect(failed?.error?.message).toMatch(/not enough free disk space for this model \(it needs \d+ MB more\)/);
    expect(fs.existsSync(final)).toBe(false);
  });

  it('no network says so plainly', async () => {
    // A port that was free a moment ago: nothing listens there, so the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dir = path.join(tempDir(), 'models');
    const store = createModelStore(catalog(`http://127.0.0.1:${port}/models`), dir);
    start(store);
    const failed = await store.settled('tiny.en');
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'OFFLINE' } });
    expect(failed?.error?.message).toMatch(/could not reach the download server\. Check that this computer is online/);
  });

  it('a partial file left by an earlier run shows as paused, and resumes from where it stopped', async () => {
    const { server, store, dir, part, final } = await setup();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(part, MODEL.body.subarray(0, 1_000_000));
    expect(store.downloadStatus('tiny.en')).toMatchObject({ state: 'paused', receivedBytes: 1_000_000 });
    store.download('tiny.en', 'resume');
    expect(await store.settled('tiny.en')).toMatchObject({ state: 'done' });
    expect(server.requests.map((r) => r.range)).toEqual(['bytes=1000000-']);
    expect(sha1(final)).toBe(MODEL.sha1);
    // And a leftover partial file can be cancelled away without starting anything.
    fs.writeFileSync(path.join(dir, 'ggml-base.bin.part'), 'x');
    expect(await store.download('base', 'cancel')).toMatchObject({ state: 'cancelled', receivedBytes: 0 });
    expect(fs.existsSync(path.join(dir, 'ggml-base.bin.part'))).toBe(false);
  });

  it('pause, resume or cancel of a download never started is a clear NOT_FOUND; unknown models too', async () => {
    const { store } = await setup();
    expect(() => store.download('tiny.en', 'pause')).toThrow(/No download of Tiny \(English\) was started/);
    expect(() => store.download('large', 'start')).toThrow(/no speech model called "large"/);
  });
});

describe('"Use a model file I already have"', () => {
  it('copies a file whose size and SHA-1 match a catalog model, leaving the original in place', async () => {
    const { store, final } = await setup();
    const source = path.join(tempDir(), 'my download.bin');
    fs.writeFileSync(source, MODEL.body);
    expect((await store.importFile(source)).id).toBe('tiny.en');
    expect(sha1(final)).toBe(MODEL.sha1);
    expect(fs.existsSync(source)).toBe(true);
    // Recognised by content, not by name: the multilingual base arrives under any name too.
    const other = path.join(tempDir(), 'whatever.bin');
    fs.writeFileSync(other, OTHER.body);
    expect((await store.importFile(other)).id).toBe('base');
    await store.remove('tiny.en');
    expect(fs.existsSync(final)).toBe(false);
    await expect(store.remove('tiny.en')).rejects.toThrow(/not installed/);
  });

  it('refuses a truncated file, a file that is not a model, a damaged one, a folder and a relative path', async () => {
    const { store, dir } = await setup();
    const folder = tempDir();
    const truncated = path.join(folder, 'ggml-tiny.en.bin');
    fs.writeFileSync(truncated, MODEL.body.subarray(0, 1000));
    await expect(store.importFile(truncated)).rejects.toThrow(/shorter than Tiny \(English\) should be .*cut off/);
    const notModel = path.join(folder, 'notes.txt');
    fs.writeFileSync(notModel, 'hello');
    await expect(store.importFile(notModel)).rejects.toThrow(/not one of the speech models Debrief knows/);
    const damaged = path.join(folder, 'damaged.bin');
    const copy = Buffer.from(MODEL.body);
    copy[1000] ^= 0xff;
    fs.writeFileSync(damaged, copy);
    await expect(store.importFile(damaged)).rejects.toThrow(/not its checksum \(SHA-1\): it is damaged/);
    await expect(store.importFile(folder)).rejects.toThrow(/not a file/);
    await expect(store.importFile('models/ggml-tiny.en.bin')).rejects.toThrow(/full path/);
    await expect(store.importFile(path.join(folder, 'missing.bin'))).rejects.toThrow(/no file at that path/);
    expect(fs.existsSync(path.join(dir, 'ggml-tiny.en.bin'))).toBe(false);
  });
});
