import { z } from 'zod';
import { sendWindowSchema } from './followups-schemas';
import { baseRevisionSchema, revisionSchema } from './revision';
import { shortText } from './text-limits';

/** How a message greets its recipient: "Dear Priya," or "Dear Dr. Shah,". */
export const SALUTATIONS = ['first-name', 'title-surname'] as const;
export const salutationSchema = z.enum(SALUTATIONS, 'Choose first name, or title and surname.');
export type Salutation = z.infer<typeof salutationSchema>;

/** The person's settings (a key-value table of its own, so later settings add keys, not migrations). */
export const settingsSchema = z.object({
  /** When thank-yous are due, unless an interview has its own window. */
  sendWindow: sendWindowSchema,
  /** The name that signs follow-up messages ({{your_name}}); empty until set, and then flagged in drafts. */
  yourName: z.string(),
  /** How "Dear ..." names the recipient in formal messages. */
  salutation: salutationSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** What a fresh data folder uses: 1-2 days after the interview is the seed's advice (time for an objective look back). */
export const SETTINGS_DEFAULTS: Settings = { sendWindow: '1-2-days', yourName: '', salutation: 'first-name' };

/** The settings as settings:get and settings:update answer: every value, and the revision a change must send back. */
export const revisedSettingsSchema = settingsSchema.extend({ revision: revisionSchema });
export type RevisedSettings = z.infer<typeof revisedSettingsSchema>;

/** A change to some settings; keys left out keep their value. */
export const settingsPatchSchema = z
  .object({
    sendWindow: sendWindowSchema.optional(),
    yourName: shortText(200).optional(),
    salutation: salutationSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** settings:update's input: the change, and the revision of the settings it was made on. */
export const settingsUpdateSchema = settingsPatchSchema.extend({ baseRevision: baseRevisionSchema }).strict();
