// Speech data shaped exactly like the contract's outputs, and a pretend main process for model downloads.
import type { DownloadStatus, SpeechModel, SpeechModels } from '@shared/speech-schemas';
import { ok, type FakeRoutes } from '../../helpers/fake-client';

export const TINY_BYTES = 77_704_715;

/** One row of speech:models. */
export function speechModel(overrides: Partial<SpeechModel> = {}): SpeechModel {
  const id = overrides.id ?? 'tiny.en';
  return {
    id,
    name: 'Tiny (English)',
    file: `ggml-${id}.bin`,
    sizeBytes: TINY_BYTES,
    language: 'en',
    goodFor: 'English answers on any computer. Start here.',
    default: true,
    installed: false,
    active: false,
    path: `/home/sam/.config/Debrief/models/ggml-${id}.bin`,
    download: null,
    ...overrides,
  };
}

/** A download status as speech:downloadStatus answers it. */
export function downloadStatus(overrides: Partial<DownloadStatus> = {}): DownloadStatus {
  return {
    modelId: 'tiny.en',
    state: 'downloading',
    receivedBytes: 0,
    totalBytes: TINY_BYTES,
    bytesPerSecond: 0,
    etaSeconds: null,
    error: null,
    ...overrides,
  };
}

/** speech:models with the given rows. */
export function speechModels(models: SpeechModel[], overrides: Partial<SpeechModels> = {}): SpeechModels {
  return {
    folder: '/home/sam/.config/Debrief/models',
    activeModelId: models.find((m) => m.active)?.id ?? null,
    models,
    vad: { name: 'Silero voice activity v6.2.0 (ships with Debrief)', sizeBytes: 885_098, available: true },
    ...overrides,
  };
}

/**
 * A pretend main process with two catalog models: a download moves `step` bytes each time its status is asked
 * for, then is done and the model installed (and in use, if none was). Every call is kept with its input.
 */
export function fakeSpeechHost(step = TINY_BYTES / 2) {
  const rows = [
    speechModel(),
    speechModel({ id: 'base', name: 'Base (many languages)', language: 'multilingual', default: false, sizeBytes: 147_951_465 }),
  ];
  const statuses = new Map<string, DownloadStatus>();
  const inputs: { route: string; input: unknown }[] = [];
  const view = () => speechModels(rows.map((m) => ({ ...m, download: statuses.get(m.id) ?? null })));
  const routes: FakeRoutes = {
    'speech:models': (input) => (inputs.push({ route: 'speech:models', input }), ok(view())),
    'speech:download': (input) => {
      inputs.push({ route: 'speech:download', input });
      const { modelId, action } = input!;
      const current = statuses.get(modelId) ?? downloadStatus({ modelId });
      const state = { start: 'downloading', resume: 'downloading', pause: 'paused', cancel: 'cancelled' } as const;
      const next = { ...current, state: state[action], bytesPerSecond: 0, etaSeconds: null };
      statuses.set(modelId, next);
      return ok(next);
    },
    'speech:downloadStatus': (input) => {
      inputs.push({ route: 'speech:downloadStatus', input });
      const s = statuses.get(input!.modelId);
      if (!s) return ok(null);
      if (s.state === 'downloading') {
        const receivedBytes = Math.min(s.totalBytes, s.receivedBytes + step);
        const done = receivedBytes === s.totalBytes;
        Object.assign(s, { receivedBytes, state: done ? 'done' : 'downloading', bytesPerSecond: done ? 0 : 1_000_000 });
        s.etaSeconds = done ? null : Math.ceil((s.totalBytes - receivedBytes) / 1_000_000);
        if (done) {
          const row = rows.find((m) => m.id === s.modelId)!;
          row.installed = true;
          if (!rows.some((m) => m.active)) row.active = true;
        }
      }
      return ok({ ...s });
    },
    'speech:deleteModel': (input) => {
      inputs.push({ route: 'speech:deleteModel', input });
      const row = rows.find((m) => m.id === input!.modelId)!;
      Object.assign(row, { installed: false, active: false });
      statuses.delete(row.id);
      return ok({ ok: true as const });
    },
    'speech:useModel': (input) => {
      inputs.push({ route: 'speech:useModel', input });
      for (const m of rows) m.active = m.id === input!.modelId;
      return ok(view());
    },
  };
  return { rows, statuses, inputs, routes };
}
