import { defineRoute, noInput } from './define-route';
import { settingsPatchSchema, settingsSchema } from './settings-schemas';

/** Routes of the person's settings (today those follow-ups use: the send window and the name that signs messages). */
export const settingsContract = {
  'settings:get': defineRoute({ input: noInput, output: settingsSchema }),
  /** Only the given keys change; the answer is every setting. */
  'settings:update': defineRoute({ input: settingsPatchSchema, output: settingsSchema }),
};
