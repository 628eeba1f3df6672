import type { ApiError } from '@renderer/api/api-error';

/**
 * A store's load state as LoadGate's props: loading until the first answer (not asked yet counts as loading), and
 * the error only when it failed. `<LoadGate v-bind="gateOf(store)" …>`.
 */
export function gateOf(state: { status: string; error: ApiError | null }): { loading: boolean; error: ApiError | null | false } {
  return { loading: state.status === 'loading' || state.status === 'idle', error: state.status === 'error' && state.error };
}
