/** "the situation and the result" from ["Situation", "Result"]: the parts a draft story still lacks, in words. */
export function partList(parts: readonly string[]): string {
  const named = parts.map((p) => `the ${p.toLowerCase()}`);
  return named.length < 2 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
