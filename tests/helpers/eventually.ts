import { vi } from 'vitest';

/**
 * Waits until `check` passes (returns, or its promise resolves, without throwing). vi.waitFor gives up after one
 * second, which a lazily loaded screen or a worker on a busy CI machine can take; this ceiling is far above what a
 * passing test needs, so it only ends a test that is really stuck. Never a window for how fast something happens.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 20_000, interval: 20 });
}
