import { z } from 'zod';
import { defineRoute, noInput } from './define-route';

/** Which door the app was opened through: the desktop app, or the browser host (`npm run web`). */
export const hostSchema = z.enum(['electron', 'browser']);
export type Host = z.infer<typeof hostSchema>;

/** A verified backup as the Settings screen lists it. */
export const backupInfoSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  reason: z.enum(['start', 'interval', 'manual', 'before-restore', 'before-migration', 'before-delete']),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What the app found wrong with the database at start, and what it did about it. */
const startupNoticeSchema = z.object({
  kind: z.enum(['restored-from-backup', 'started-empty-after-corruption']),
  message: z.string(),
  /** Where the damaged file was moved; null when there was no file to move (the database was missing). */
  quarantinedAs: z.string().nullable(),
});
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

/** Routes of the shell itself: facts about the app and its data, and backups. */
export const appContract = {
  'app:info': defineRoute({
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      dataDir: z.string(),
      databasePath: z.string(),
      schemaVersion: z.number().int(),
      lastBackup: backupInfoSchema.nullable(),
      notices: z.array(startupNoticeSchema),
      host: hostSchema,
    }),
  }),
  'backup:create': defineRoute({
    input: noInput,
    output: backupInfoSchema,
  }),
  'backup:list': defineRoute({
    input: noInput,
    output: z.array(backupInfoSchema),
  }),
};
