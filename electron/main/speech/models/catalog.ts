import fs from 'node:fs';
import path from 'node:path';
import { catalogSchema, type Catalog, type CatalogEntry } from '../../../shared/speech-schemas';

/** Where the catalog comes from: the shipped file, or one named for tests, and an optional download base. */
export interface CatalogSource {
  /** resources/speech/models.json, or DEBRIEF_SPEECH_CATALOG. */
  file: string;
  /** DEBRIEF_SPEECH_DOWNLOAD_BASE: every model is fetched from `${base}/${file}` instead of its catalog URL. */
  downloadBase?: string;
}

/** Reads the catalog location from the environment, falling back to the shipped file. */
export function catalogSourceFromEnv(resourcesDir: string, env: NodeJS.ProcessEnv = process.env): CatalogSource {
  return {
    file: env.DEBRIEF_SPEECH_CATALOG || path.join(resourcesDir, 'models.json'),
    downloadBase: env.DEBRIEF_SPEECH_DOWNLOAD_BASE || undefined,
  };
}

/** Parses and checks catalog JSON; a broken catalog is refused with the first problem named. */
export function parseCatalog(json: unknown, downloadBase?: string): Catalog {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The speech model catalog is not valid: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (!downloadBase) return parsed.data;
  const base = new URL(downloadBase.endsWith('/') ? downloadBase : `${downloadBase}/`);
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new Error(`DEBRIEF_SPEECH_DOWNLOAD_BASE must be an http(s) address, not "${downloadBase}".`);
  return { ...parsed.data, models: parsed.data.models.map((m) => ({ ...m, url: new URL(m.file, base).toString() })) };
}

/** Loads the catalog from its file. */
export function loadCatalog(source: CatalogSource): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(source.file, 'utf8'));
  } catch (err) {
    throw new Error(`The speech model catalog ${source.file} could not be read: ${(err as Error).message}`);
  }
  return parseCatalog(json, source.downloadBase);
}

/** The catalog's default model (tiny.en in the shipped one). */
export function defaultEntry(catalog: Catalog): CatalogEntry {
  return catalog.models.find((m) => m.default) ?? catalog.models[0];
}
