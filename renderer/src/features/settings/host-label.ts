import type { RouteOutput } from '@shared/contract';

/** Which door the page came through, in words: people should know when they are in the development host. */
export function hostLabel(host: RouteOutput<'app:info'>['host']): string {
  return host === 'electron' ? 'Desktop app' : 'Browser host (npm run web)';
}
