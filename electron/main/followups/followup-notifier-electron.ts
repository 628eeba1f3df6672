import { Notification } from 'electron';
import { dueListSchema } from '../../shared/followups-schemas';
import type { Core } from '../core';
import { createFollowupReminders } from './reminders';

/**
 * OS notifications for follow-ups that become due while the desktop app runs (the only Electron part of
 * reminders). Reads the due list through the router, like the Follow-ups screen. Returns the stop.
 */
export function startFollowupNotifications(core: Core, onClick?: () => void): () => void {
  const reminders = createFollowupReminders({
    now: () => new Date(),
    loadDue: async () => {
      const reply = await core.router.dispatch('followup:due', {});
      if (!reply.ok) throw new Error(reply.error.message);
      return dueListSchema.parse(reply.data);
    },
    notify: ({ title, body }) => {
      if (!Notification.isSupported()) return;
      const note = new Notification({ title, body });
      if (onClick) note.on('click', onClick);
      note.show();
    },
  });
  return reminders.start();
}
