import type { IpcMainInvokeEvent } from 'electron';
import { routeNames } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { isTrustedSender } from '../security/sender-check';
import type { Router } from './router';

/** The part of ipcMain used here, so a fake can stand in for it in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from a Debrief window.' },
};

/** One invoke channel per route; every message is checked for its sender before the router sees it. */
export function registerIpc(
  ipcMain: IpcMainLike,
  router: Router,
  windowIds: ReadonlySet<number>,
  trustedOrigins: readonly string[],
): void {
  for (const name of routeNames) {
    ipcMain.handle(name, (event, input) => {
      const sender = { webContentsId: event.sender.id, frameUrl: event.senderFrame?.url };
      if (!isTrustedSender(sender, windowIds, trustedOrigins)) return FORBIDDEN;
      return router.dispatch(name, input);
    });
  }
}
