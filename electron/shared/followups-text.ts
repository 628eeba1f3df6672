// Shared with the renderer so the composer counts words and flags placeholders exactly as the main process does.

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The {{name}} placeholders still in the texts, in order of first appearance, each once (unknown names too). */
export function findUnfilled(...texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(TOKEN)) seen.add(match[1].replace(/^[#/]/, ''));
  }
  return [...seen];
}

/** Words as a person counts them: runs of non-space that hold a letter or a digit (a lone dash is not a word). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/**
 * A message as it is copied for a mail app: a "Subject:" line, a blank line, then the body, so pasting keeps both
 * (an empty subject is left out rather than copied as an empty header).
 */
export function messageForClipboard(subject: string, body: string): string {
  const line = subject.trim();
  return line ? `Subject: ${line}\n\n${body}` : body;
}
