import { plainString } from './plain-text';

/** The longest free text one field may hold; far above any real note, low enough to stop a runaway paste. */
export const MAX_TEXT = 100_000;

/** Free text with the sane limit and a message that says what to do. */
export const longText = () =>
  plainString().max(MAX_TEXT, `This is over ${MAX_TEXT.toLocaleString('en')} characters; please shorten it.`);

/** A short single-line value (names, labels), trimmed. */
export const shortText = (max: number) => plainString().trim().max(max, `Keep this under ${max} characters.`);
