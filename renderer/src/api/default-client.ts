import type { Bridge } from '@shared/bridge';
import { createApiClient, type ApiClient } from './client';
import { bridgeTransport, httpTransport } from './transport';

declare global {
  interface Window {
    /** Set by the preload in the desktop app; absent in the browser host. */
    readonly api?: Bridge;
  }
}

const TOKEN_KEY = 'debrief.token';

/** The browser host hands its token in the URL it prints; keep it for reloads within this tab. */
function browserHostToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and the browser's history once it is stored for this tab.
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Picks the door: the preload bridge when running in Electron, otherwise the browser host. Null when neither is usable. */
export function createDefaultClient(): ApiClient | null {
  if (window.api) return createApiClient(bridgeTransport(window.api));
  const token = browserHostToken();
  return token ? createApiClient(httpTransport(token)) : null;
}
