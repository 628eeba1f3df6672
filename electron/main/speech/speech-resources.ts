import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped voice-activity model's file name in resources/speech/. */
export const VAD_MODEL_FILE = 'ggml-silero-v6.2.0.bin';

/**
 * The folder holding resources/speech: beside the packaged app (extraResources), else the nearest one above this
 * file, which finds the repository's resources/ from out/main (built) and from electron/main/speech (tests, CLI).
 */
export function speechResourcesDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates: string[] = [];
  if (packaged) candidates.push(path.join(packaged, 'resources', 'speech'));
  for (let dir = from; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'resources', 'speech'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'models.json')));
  if (!found) throw new Error(`The speech resources (resources/speech/models.json) were not found above ${from}.`);
  return found;
}
