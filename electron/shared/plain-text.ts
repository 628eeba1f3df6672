import { z } from 'zod';

/** What a person is told when text holds a control character (NUL, escape, bell…): the same on every route. */
export const CONTROL_CHARACTER_MESSAGE =
  'This text contains an invisible control character (such as NUL); remove it or paste the text as plain text.';

// C0 controls and DEL, except tab (U+0009), line feed (U+000A) and carriage return (U+000D), which text may hold.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when the text holds a control character no field accepts. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** A string schema that refuses control characters (tab and line breaks stay); every text a route takes starts here. */
export const plainString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((text) => !hasControlCharacter(text), { message: CONTROL_CHARACTER_MESSAGE, abort: true });
