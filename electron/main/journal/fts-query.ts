/**
 * Turns what a person typed into a safe FTS5 query: every word must appear, each as a prefix
 * ("interv" finds "interview"), and no FTS syntax (quotes, NEAR, column filters, *) can be injected.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 20);
  if (!words.length) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
