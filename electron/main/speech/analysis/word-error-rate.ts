import { words as normalise } from '../../practice/practice-domain';

/**
 * Word error rate of a transcript against the script that was read: (substitutions + deletions + insertions) / words
 * in the script, over normalised words (lower case, punctuation and apostrophes folded), by edit distance.
 */
export function wordErrorRate(script: string, heard: string): number {
  const ref = normalise(script);
  const hyp = normalise(heard);
  if (!ref.length) return hyp.length ? 1 : 0;
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[hyp.length] / ref.length;
}
