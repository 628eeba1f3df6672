import { defineRoute, noInput } from './define-route';
import { revisedSettingsSchema, settingsUpdateSchema } from './settings-schemas';

/** Routes of the person's settings (today those follow-ups use: the send window and the name that signs messages). */
export const settingsContract = {
  'settings:get': defineRoute({ input: noInput, output: revisedSettingsSchema }),
  /** Only the given keys change, from the revision last seen (an older one is a CONFLICT); the answer is every setting. */
  'settings:update': defineRoute({ input: settingsUpdateSchema, output: revisedSettingsSchema }),
};
