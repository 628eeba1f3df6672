/** Small words an acronym's letters may skip ("Children in Need" is CiN or CN, "Standard Operating Procedures" SOP). */
const SMALL = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);

/** The words at the end of `words` whose initials spell `acronym` (small words may be skipped), or null. */
function expansionOf(acronym: string, words: readonly string[]): string | null {
  const letters = acronym
    .replace(/\d+$/, '')
    .replace(/s$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (letters.length < 2) return null;
  let li = letters.length - 1;
  for (let wi = words.length - 1; wi >= 0; wi--) {
    const w = words[wi]!.toLowerCase();
    // A small word is skipped unless the acronym takes its letter ("out-of-specification" is OOS).
    if (SMALL.has(w) && li < letters.length - 1 && w[0] !== letters[li]) continue;
    if (w[0] !== letters[li]) return null;
    if (li === 0) return words.slice(wi).join(' ');
    li--;
  }
  return null;
}

/** An acronym of a hyphenated phrase's parts ("out-of-specification (OOS)"), as the text writes the phrase. */
function hyphenated(acronym: string, before: string): string | null {
  const parts = before.split(/[\s-]+/);
  const full = expansionOf(acronym, parts);
  if (!full) return null;
  const pattern = full
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
  return new RegExp(`${pattern}$`).exec(before)?.[0] ?? null;
}

/**
 * Acronyms the job text spells out ("electronic patient record (EPR)", "NEWS2 (the National Early Warning Score)"):
 * a map from the acronym to the words it stands for, so both count as one term.
 */
export function spelledOut(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of lines) {
    for (const m of line.matchAll(/([\p{L}\d'’-]+(?:\s+[\p{L}\d'’&-]+){0,7})\s*\(\s*(?:the\s+)?([A-Z][A-Za-z0-9]{1,9})\s*\)/gu)) {
      const words = m[1]!.split(/\s+/);
      const full = expansionOf(m[2]!, words) ?? hyphenated(m[2]!, m[1]!);
      if (full) found.set(m[2]!, full);
    }
    for (const m of line.matchAll(/\b([A-Z][A-Za-z0-9]{1,9})\s*\(\s*(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’&-]+){1,7})\s*\)/gu)) {
      const words = m[2]!.split(/\s+/);
      // The acronym's letters spell the first words of what follows in brackets.
      for (let n = words.length; n >= 2; n--) {
        const full = expansionOf(m[1]!, words.slice(0, n));
        if (full === words.slice(0, n).join(' ')) {
          found.set(m[1]!, full);
          break;
        }
      }
    }
  }
  return found;
}
