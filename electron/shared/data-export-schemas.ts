// Old name of data-transfer-export-schemas.ts, kept only for import-audio.ts, which another branch is changing now;
// delete this file once that file imports '../../shared/data-transfer-export-schemas'.
export type { RecordingManifestEntry } from './data-transfer-export-schemas';
