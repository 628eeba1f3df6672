import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Catalog, CatalogEntry, DownloadAction, DownloadStatus } from '../../../shared/speech-schemas';
import { startDownload, type Download } from './downloader';
import { diskError, errorCode } from './download-errors';
import { sha1File } from './sha1-file';

/** The models/ folder of the data folder: which catalog models are installed, downloads, imports, deletes. */
export function createModelStore(catalog: Catalog, dir: string, options: { idleTimeoutMs?: number } = {}) {
  const downloads = new Map<string, Download>();
  const fileOf = (m: CatalogEntry) => path.join(dir, m.file);
  const tempOf = (m: CatalogEntry) => path.join(dir, `${m.file}.part`);

  function entry(id: string): CatalogEntry {
    const found = catalog.models.find((m) => m.id === id);
    if (!found)
      throw new AppError('NOT_FOUND', `There is no speech model called "${id}".`, [
        { path: 'modelId', message: 'Unknown model.' },
      ]);
    return found;
  }

  /** Installed means the file is there at its published size; its SHA-1 was checked when it arrived. */
  function isInstalled(m: CatalogEntry): boolean {
    try {
      return fs.statSync(fileOf(m)).size === m.sizeBytes;
    } catch {
      return false;
    }
  }

  const idle = (m: CatalogEntry): DownloadStatus => ({
    modelId: m.id,
    state: 'paused',
    receivedBytes: 0,
    totalBytes: m.sizeBytes,
    bytesPerSecond: 0,
    etaSeconds: null,
    error: null,
  });

  function freeBytes(): number | null {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const stats = fs.statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      return null;
    }
  }

  return {
    dir,
    catalog,
    entry,
    isInstalled: (id: string) => isInstalled(entry(id)),
    /** The model file's path in models/, whether or not it is there yet. */
    pathOf: (id: string) => fileOf(entry(id)),
    /** The download's progress; a partial file left by an earlier run shows as paused, ready to resume. */
    downloadStatus(id: string): DownloadStatus | null {
      const m = entry(id);
      const current = downloads.get(m.id);
      if (current) return current.status();
      try {
        return { ...idle(m), state: 'paused', receivedBytes: Math.min(fs.statSync(tempOf(m)).size, m.sizeBytes) };
      } catch {
        return null;
      }
    },

    /** Starts (or resumes) a download; refuses an installed model, and a disk too full to hold it. */
    download(id: string, action: DownloadAction): Promise<DownloadStatus> | DownloadStatus {
      const m = entry(id);
      const current = downloads.get(m.id);
      // A partial file from an earlier run resumes with start; cancel removes it.
      if (!current && action === 'resume' && fs.existsSync(tempOf(m))) action = 'start';
      if (!current && action === 'cancel' && fs.existsSync(tempOf(m))) {
        fs.rmSync(tempOf(m), { force: true });
        return { ...idle(m), state: 'cancelled' };
      }
      if (action === 'pause' || action === 'resume' || action === 'cancel') {
        if (!current) throw new AppError('NOT_FOUND', `No download of ${m.name} was started.`);
        if (action === 'pause') current.pause();
        if (action === 'resume') current.resume();
        if (action === 'cancel') return current.cancel().then(() => current.status());
        return current.status();
      }
      const state = current?.status().state;
      if (state === 'downloading' || state === 'verifying') return current!.status();
      if (state === 'paused' || state === 'failed') {
        current!.resume();
        return current!.status();
      }
      if (isInstalled(m)) throw new AppError('CONFLICT', `${m.name} is already installed.`);
      const partial = fs.existsSync(tempOf(m)) ? fs.statSync(tempOf(m)).size : 0;
      const free = freeBytes();
      if (free !== null && free < m.sizeBytes - partial) {
        throw diskError(Object.assign(new Error('no space'), { code: 'ENOSPC' }), m.sizeBytes - partial, dir);
      }
      const started = startDownload({
        modelId: m.id,
        url: m.url,
        tempPath: tempOf(m),
        finalPath: fileOf(m),
        sizeBytes: m.sizeBytes,
        sha1: m.sha1,
        idleTimeoutMs: options.idleTimeoutMs,
      });
      downloads.set(m.id, started);
      return started.status();
    },

    /** Waits until a model's download rests (tests and the CLI); null when none was started. */
    settled: (id: string) => downloads.get(entry(id).id)?.settled() ?? Promise.resolve(null),

    /**
     * "Use a model file I already have": the path comes from the renderer, so it is checked before anything is read:
     * absolute, a regular file, the size of a catalog model, then that model's SHA-1. The file is copied, never moved.
     */
    async importFile(source: string): Promise<CatalogEntry> {
      const refuse = (message: string) => new AppError('VALIDATION', message, [{ path: 'path', message }]);
      if (!path.isAbsolute(source)) throw refuse('Give the full path of the model file.');
      let real: string;
      let stats: fs.Stats;
      try {
        real = fs.realpathSync(source);
        stats = fs.statSync(real);
      } catch (err) {
        throw refuse(errorCode(err) === 'ENOENT' ? 'There is no file at that path.' : 'That file cannot be read.');
      }
      if (!stats.isFile()) throw refuse('That is not a file.');
      const bySize = catalog.models.filter((m) => m.sizeBytes === stats.size);
      if (!bySize.length) {
        const near = catalog.models.find((m) => stats.size > 0 && stats.size < m.sizeBytes && m.file === path.basename(real));
        throw refuse(
          near
            ? `That file is shorter than ${near.name} should be (${stats.size.toLocaleString('en')} of ${near.sizeBytes.toLocaleString('en')} bytes): it looks cut off.`
            : 'That file is not one of the speech models Debrief knows (its size matches none of them).',
        );
      }
      const sha1 = await sha1File(real);
      const m = bySize.find((c) => c.sha1 === sha1);
      if (!m)
        throw refuse(
          `That file has the size of ${bySize[0].name} but not its checksum (SHA-1): it is damaged or a different file.`,
        );
      if (real === fileOf(m) || isInstalled(m)) return m;
      const temp = path.join(dir, `${m.file}.import-${process.pid}`);
      try {
        fs.mkdirSync(dir, { recursive: true });
        fs.copyFileSync(real, temp);
        fs.renameSync(temp, fileOf(m));
      } catch (err) {
        fs.rmSync(temp, { force: true });
        throw diskError(err, m.sizeBytes, dir);
      }
      return m;
    },

    /** Deletes a model file and any partial download of it. */
    async remove(id: string): Promise<void> {
      const m = entry(id);
      await downloads.get(m.id)?.cancel();
      downloads.delete(m.id);
      if (!isInstalled(m) && !fs.existsSync(fileOf(m)) && !fs.existsSync(tempOf(m)))
        throw new AppError('NOT_FOUND', `${m.name} is not installed.`);
      fs.rmSync(fileOf(m), { force: true });
      fs.rmSync(tempOf(m), { force: true });
    },

    /** Stops every download, keeping partial files so a later start resumes them. */
    close(): void {
      for (const d of downloads.values()) d.pause();
    },
  };
}

export type ModelStore = ReturnType<typeof createModelStore>;
