import { isAppUrl } from './app-origin';

/** What the IPC layer knows about who sent a message. */
export interface SenderFacts {
  webContentsId: number;
  frameUrl: string | undefined;
}

/** A message is trusted only from one of the app's own windows showing the app's own page (electron/fiddle's rule). */
export function isTrustedSender(sender: SenderFacts, windowIds: ReadonlySet<number>, trustedOrigins: readonly string[]): boolean {
  return windowIds.has(sender.webContentsId) && isAppUrl(sender.frameUrl, trustedOrigins);
}
