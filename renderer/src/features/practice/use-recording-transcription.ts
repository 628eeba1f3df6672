import type { ApiClient } from '@renderer/api/client';
import { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { base64ToBlob } from '@renderer/shared/base64';
import type { Transcript } from '@shared/speech-schemas';
import { useTranscription, type Transcription } from '@renderer/features/speech';

/** Says which step failed: the person otherwise reads an engine-sounding reason for a file problem. */
function unreadable(e: ApiError): ApiError {
  const message = `The recording could not be read. ${e.message}`;
  return new ApiError(e.code === 'NETWORK' ? { code: 'NETWORK', message } : { code: e.code, message });
}

/** A transcription that can also start from a saved recording, read back from the main process. */
export interface RecordingTranscription extends Transcription {
  /**
   * Reads the recording back (recording:get), then decodes, sends and transcribes it. A recording that cannot be read
   * shows as a failed transcription with its reason; `current` false (the screen moved on) drops the answer.
   */
  fromRecording(recordingId: number, current?: () => boolean): Promise<Transcript | null>;
  /**
   * "Try again": once audio was handed over (in memory, sent, or already saved) the transcription's own retry reuses
   * it, so a sent copy is never sent twice; before that (the read failed), the recording is read again.
   */
  again(recordingId: number, current?: () => boolean): Promise<Transcript | null>;
}

/**
 * The one path from a saved recording to its transcript, shared by the feedback's "What you said" and an earlier
 * attempt's "Transcribe this recording". The player's blob: URL cannot be fetched back (the CSP allows blob: for
 * media only), so the bytes are asked for again. The Blob keeps the recording's full MIME type (codecs included):
 * decodeAudioData reads the bytes, and the type is only a hint.
 */
export function useRecordingTranscription(api: ApiClient = useApi()): RecordingTranscription {
  const t = useTranscription(api);
  // True once the transcription has audio of its own to retry with.
  let handed = false;

  async function fromRecording(recordingId: number, current: () => boolean = () => true): Promise<Transcript | null> {
    if (t.busy.value) return null;
    t.error.value = null;
    t.transcript.value = null;
    // Reading back is the first part of preparing the recording; Cancel meanwhile stops before anything is sent.
    t.phase.value = 'decoding';
    let blob: Blob;
    try {
      const { info, data } = await api.call('recording:get', { id: recordingId });
      blob = base64ToBlob(data, info.mimeType);
    } catch (err) {
      if (current() && t.phase.value === 'decoding') {
        t.phase.value = 'failed';
        t.error.value = unreadable(toApiError(err));
      }
      return null;
    }
    if (!current() || t.phase.value !== 'decoding') return null;
    return fromBlob(blob, recordingId);
  }

  function fromBlob(...args: Parameters<Transcription['fromBlob']>): Promise<Transcript | null> {
    handed = true;
    return t.fromBlob(...args);
  }

  function fromAudio(...args: Parameters<Transcription['fromAudio']>): Promise<Transcript | null> {
    handed = true;
    return t.fromAudio(...args);
  }

  function again(recordingId: number, current?: () => boolean): Promise<Transcript | null> {
    return handed ? t.retry() : fromRecording(recordingId, current);
  }

  return { ...t, fromBlob, fromAudio, fromRecording, again };
}
