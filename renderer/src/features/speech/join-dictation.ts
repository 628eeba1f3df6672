/**
 * What to put after a field's text so dictated words read on from it: nothing in an empty field or after a space or
 * line break, a new paragraph after a finished sentence in text already written in paragraphs, else a space.
 */
export function dictationSeparator(existing: string): string {
  if (existing === '' || /\s$/.test(existing)) return '';
  if (/[.!?…]["”')]*$/.test(existing) && existing.includes('\n')) return '\n\n';
  return ' ';
}

/** The field's text with the dictated words after it. */
export function joinDictation(existing: string, words: string): string {
  return existing + dictationSeparator(existing) + words.trim();
}
