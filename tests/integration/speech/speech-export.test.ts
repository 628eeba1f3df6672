import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { spokenRecording } from '../support/speech';

describe('speech data in exports', () => {
  const open = useCores();
  const tempDir = useTempDirs();

  it('a folder export carries the transcript to another data folder', async () => {
    const source = await open();
    const { audioId, transcript } = await spokenRecording(source.core);
    expect(transcript.speech).toHaveLength(4);
    const folder = await call(source.core, 'data:exportFolder', { path: tempDir() });
    const target = await open();
    await call(target.core, 'data:importFolder', { path: folder.folder });
    expect(await call(target.core, 'speech:transcript', { audioId })).toEqual(transcript);
    expect(target.db.prepare('SELECT recording_id FROM speech_audio').pluck().get()).toBe(transcript.recordingId);
  }, 90_000);

  it('a JSON export (no audio) leaves the recording out, and its 16 kHz copy and transcript with it', async () => {
    const source = await open();
    const { transcript } = await spokenRecording(source.core);
    const { content } = await call(source.core, 'data:exportJson', {});
    const target = await open();
    const preview = await call(target.core, 'data:previewImport', { content });
    expect(preview.problems).toEqual([]);
    expect(preview.tables.filter((t) => t.table.startsWith('speech_')).map((t) => [t.table, t.inFile, t.skipped])).toEqual([
      ['speech_audio', 1, 1],
      ['speech_transcripts', 1, 1],
      ['speech_prefs', 0, 0],
    ]);
    // Into an empty folder nothing "belongs to items already here": each count is explained by what is true.
    expect(preview.notes.filter((n) => !n.includes('question bank'))).toEqual([
      '1 recording is left out: a JSON file carries no audio. Import the folder export to bring it.',
      'With it, 1 speech audio and 1 transcript stay out too.',
    ]);
    expect(transcript.speech).toHaveLength(4);
    await call(target.core, 'data:import', { content });
    expect(target.db.prepare('SELECT count(*) FROM speech_transcripts').pluck().get()).toBe(0);
  }, 90_000);
});
