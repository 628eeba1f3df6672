import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalogSourceFromEnv,
  defaultEntry,
  loadCatalog,
  parseCatalog,
} from '../../../../../electron/main/speech/models/catalog';
import { VAD_MODEL_FILE, speechResourcesDir } from '../../../../../electron/main/speech/speech-resources';

const shippedFile = path.resolve(import.meta.dirname, '../../../../../resources/speech/models.json');
const shipped = () => JSON.parse(fs.readFileSync(shippedFile, 'utf8')) as { version: 1; models: Record<string, unknown>[] };

describe('the shipped speech model catalog', () => {
  it('has tiny.en as the default, base.en, small.en and the multilingual tiny and base, with whisper.cpp SHA-1s', () => {
    const catalog = loadCatalog({ file: shippedFile });
    expect(catalog.models.map((m) => m.id)).toEqual(['tiny.en', 'base.en', 'small.en', 'tiny', 'base']);
    expect(defaultEntry(catalog).id).toBe('tiny.en');
    expect(Object.fromEntries(catalog.models.map((m) => [m.file, m.sha1]))).toEqual({
      'ggml-tiny.en.bin': 'c78c86eb1a8faa21b369bcd33207cc90d64ae9df',
      'ggml-base.en.bin': '137c40403d78fd54d454da0f9bd998f78703390c',
      'ggml-small.en.bin': 'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022',
      'ggml-tiny.bin': 'bd577a113a864445d4c299885e0cb97d4ba92b5f',
      'ggml-base.bin': '465707469ff3a37a2b9b8d8f89f2f99de7299dac',
    });
    for (const m of catalog.models) {
      expect(m.url).toBe(`https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${m.file}`);
      expect(m.goodFor.length).toBeGreaterThan(20);
    }
    expect(catalog.models.filter((m) => m.language === 'multilingual').map((m) => m.id)).toEqual(['tiny', 'base']);
  });

  it('is found beside the app, with the voice-activity model next to it', () => {
    const dir = speechResourcesDir(path.resolve(import.meta.dirname, '../../../../../out/main'));
    expect(path.join(dir, 'models.json')).toBe(shippedFile);
    expect(fs.statSync(path.join(dir, VAD_MODEL_FILE)).size).toBe(885_098);
  });
});

describe('catalog validation', () => {
  const bad = (change: (c: ReturnType<typeof shipped>) => void) => {
    const c = shipped();
    change(c);
    return () => parseCatalog(c);
  };

  it('refuses a wrong hash, size, file name, address or language, naming the field', () => {
    expect(bad((c) => (c.models[0].sha1 = 'abc'))).toThrow(/models\.0\.sha1.*SHA-1/);
    expect(bad((c) => (c.models[1].sizeBytes = -1))).toThrow(/models\.1\.sizeBytes/);
    expect(bad((c) => (c.models[2].file = '../evil.bin'))).toThrow(/models\.2\.file/);
    expect(bad((c) => (c.models[0].url = 'file:///etc/passwd'))).toThrow(/models\.0\.url/);
    expect(bad((c) => (c.models[0].language = 'klingon'))).toThrow(/models\.0\.language/);
    expect(bad((c) => (c.models[0].extra = 1))).toThrow(/not valid/);
  });

  it('refuses duplicate ids or files, and anything but exactly one default', () => {
    expect(bad((c) => (c.models[1].id = 'tiny.en'))).toThrow(/Duplicate id/);
    expect(bad((c) => (c.models[1].file = 'ggml-tiny.en.bin'))).toThrow(/Duplicate file/);
    expect(bad((c) => (c.models[1].default = true))).toThrow(/Exactly one default/);
    expect(bad((c) => (c.models[0].default = false))).toThrow(/Exactly one default/);
    expect(() => parseCatalog({ version: 2, models: [] })).toThrow(/version/);
    expect(() => loadCatalog({ file: '/nonexistent/models.json' })).toThrow(/could not be read/);
  });

  it('takes a catalog file and a download base from the environment (for tests)', () => {
    const source = catalogSourceFromEnv('/res', {
      DEBRIEF_SPEECH_CATALOG: shippedFile,
      DEBRIEF_SPEECH_DOWNLOAD_BASE: 'http://127.0.0.1:8123/models',
    });
    expect(source).toEqual({ file: shippedFile, downloadBase: 'http://127.0.0.1:8123/models' });
    expect(loadCatalog(source).models[0].url).toBe('http://127.0.0.1:8123/models/ggml-tiny.en.bin');
    expect(catalogSourceFromEnv('/res', {})).toEqual({ file: path.join('/res', 'models.json'), downloadBase: undefined });
    expect(() => parseCatalog(shipped(), 'ftp://x/')).toThrow(/http\(s\)/);
  });
});
