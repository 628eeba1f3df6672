import type { Reminder } from './reminders';

/** The part of Electron's Notification the reminders use, so a test can pass a fake that fails on show. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
}

/** The part of Electron's Notification class the reminders use. */
export interface NotificationClassLike {
  new (options: { title: string; body: string }): NotificationLike;
  isSupported(): boolean;
}

interface OsNotifyDeps {
  Notification: NotificationClassLike;
  /** A click on the notification: bring the app forward. */
  onClick?: () => void;
  /**
   * The OS could not show it (no notification service, an unsigned macOS app, notifications turned off): the
   * reminder must still reach the person, so the app draws attention to itself instead (its Follow-ups badge
   * already lists what is due).
   */
  showInApp: (reminder: Reminder) => void;
  log?: (message: string) => void;
}

/**
 * Shows a reminder as an OS notification, and never fails silently: where notifications are unsupported, or the
 * OS reports that showing one failed (Electron's `failed` event), it is logged and shown in the app instead.
 */
export function createOsNotify(deps: OsNotifyDeps): (reminder: Reminder) => void {
  const log = deps.log ?? ((message: string) => console.warn(message));
  return (reminder) => {
    if (!deps.Notification.isSupported()) {
      log(`Notifications are not supported here; showing "${reminder.title}" in the app instead.`);
      deps.showInApp(reminder);
      return;
    }
    const note = new deps.Notification({ title: reminder.title, body: reminder.body });
    if (deps.onClick) note.on('click', deps.onClick);
    note.on('failed', (_event, error) => {
      log(`The notification "${reminder.title}" could not be shown (${error}); showing it in the app instead.`);
      deps.showInApp(reminder);
    });
    note.show();
  };
}
