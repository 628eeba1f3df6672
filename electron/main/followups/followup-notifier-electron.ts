import { Notification } from 'electron';
import { dueListSchema } from '../../shared/followups-schemas';
import type { Core } from '../core';
import { createOsNotify } from './os-notify';
import type { Reminder } from './reminders';
import { createFollowupReminders } from './reminders';

/**
 * OS notifications for follow-ups that become due while the desktop app runs (the only Electron part of
 * reminders). Reads the due list through the router, like the Follow-ups screen. Returns the stop.
 */
export function startFollowupNotifications(
  core: Core,
  window: { onClick: () => void; showInApp: (reminder: Reminder) => void },
): () => void {
  const reminders = createFollowupReminders({
    now: () => new Date(),
    loadDue: async () => {
      const reply = await core.router.dispatch('followup:due', {});
      if (!reply.ok) throw new Error(reply.error.message);
      return dueListSchema.parse(reply.data);
    },
    notify: createOsNotify({ Notification, onClick: window.onClick, showInApp: window.showInApp }),
  });
  return reminders.start();
}
