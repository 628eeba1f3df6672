import { onScopeDispose, ref, watch, type Ref } from 'vue';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { base64ToBlob } from '@renderer/shared/base64';

/** The playable address of a recording and how loading it went. */
export interface Playback {
  url: Ref<string | null>;
  loading: Ref<boolean>;
  error: Ref<ApiError | null>;
  reload(): Promise<void>;
}

/**
 * Fetches a recording's bytes with recording:get and gives the <audio> element a blob: URL (the CSP allows
 * media from blob:), revoking the old URL whenever the recording changes or the screen goes away.
 */
export function usePracticePlayback(recordingId: Ref<number | null>): Playback {
  const api = useApi();
  const url = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);
  let sequence = 0;

  function release(): void {
    if (url.value) URL.revokeObjectURL(url.value);
    url.value = null;
  }

  async function reload(): Promise<void> {
    const mine = ++sequence;
    release();
    error.value = null;
    const id = recordingId.value;
    if (id === null) {
      loading.value = false;
      return;
    }
    loading.value = true;
    try {
      const { info, data } = await api.call('recording:get', { id });
      if (mine !== sequence) return;
      url.value = URL.createObjectURL(base64ToBlob(data, info.mimeType.split(';')[0]));
    } catch (err) {
      if (mine === sequence) error.value = toApiError(err);
    } finally {
      if (mine === sequence) loading.value = false;
    }
  }

  watch(recordingId, () => void reload(), { immediate: true });
  onScopeDispose(() => {
    sequence++;
    release();
  });

  return { url, loading, error, reload };
}
