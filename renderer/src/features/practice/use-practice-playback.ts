import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { base64ToBlob } from '@renderer/shared/base64';
import { useLoad } from '@renderer/shared/use-request';

/** The playable address of a recording and how loading it went. */
export interface Playback {
  url: Ref<string | null>;
  loading: Readonly<Ref<boolean>>;
  error: Ref<ApiError | null>;
  reload(): Promise<void>;
}

/**
 * Fetches a recording's bytes with recording:get and gives the <audio> element a blob: URL (the CSP allows
 * media from blob:), revoking the old URL whenever the recording changes or the screen goes away. The load helper
 * drops the answer for a recording that is no longer the one asked for.
 */
export function usePracticePlayback(recordingId: Ref<number | null>): Playback {
  const api = useApi();
  const url = ref<string | null>(null);
  const fetching = useLoad();
  const loading = computed(() => fetching.status.value === 'loading');

  function release(): void {
    if (url.value) URL.revokeObjectURL(url.value);
    url.value = null;
  }

  async function reload(): Promise<void> {
    release();
    const id = recordingId.value;
    if (id === null) return fetching.reset();
    await fetching.run(
      () => api.call('recording:get', { id }),
      ({ info, data }) => {
        url.value = URL.createObjectURL(base64ToBlob(data, info.mimeType.split(';')[0]));
      },
    );
  }

  watch(recordingId, () => void reload(), { immediate: true });
  onScopeDispose(() => {
    fetching.reset();
    release();
  });

  return { url, loading, error: fetching.error, reload };
}
