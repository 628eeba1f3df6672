import type { TimedWord } from '../../../shared/speech-schemas';
import { FILLERS, fillerAt, words as normalise } from '../../practice/practice-domain';

/** Fillers the voice has that typing does not: Whisper spells hesitations "er", "erm", "hmm" too. */
export const SPOKEN_FILLERS = [...FILLERS, 'er', 'hmm'] as const;

/** The spoken filler at list[i]: the typed rules, plus the hesitations only heard. */
function spokenFillerAt(list: readonly string[], i: number): { word: string; length: number } | null {
  const w = list[i];
  if (/^(er|erm|uhm)$/.test(w)) return { word: w === 'uhm' ? 'um' : 'er', length: 1 };
  if (/^hm+$/.test(w)) return { word: 'hmm', length: 1 };
  if (/^um+$/.test(w)) return { word: 'um', length: 1 };
  if (/^uh+$/.test(w)) return { word: 'uh', length: 1 };
  return fillerAt(list, i);
}

/** Every filler in a timed transcript with where it fell; a two-word filler spans both words. */
export function findFillers(timed: readonly TimedWord[]): TimedWord[] {
  // Normalise word by word, remembering which timed word each normalised word came from.
  const list: string[] = [];
  const owner: number[] = [];
  timed.forEach((w, index) => {
    for (const n of normalise(w.word)) {
      list.push(n);
      owner.push(index);
    }
  });
  const found: TimedWord[] = [];
  for (let i = 0; i < list.length; i++) {
    const hit = spokenFillerAt(list, i);
    if (!hit) continue;
    const first = timed[owner[i]];
    const last = timed[owner[Math.min(i + hit.length - 1, list.length - 1)]];
    found.push({ word: hit.word, start: first.start, end: last.end });
    i += hit.length - 1;
  }
  return found;
}

/** Counts per filler, in the order of SPOKEN_FILLERS. */
export function countSpokenFillers(found: readonly TimedWord[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.word, (counts.get(f.word) ?? 0) + 1);
  return SPOKEN_FILLERS.filter((f) => counts.has(f)).map((f) => ({ word: f, count: counts.get(f)! }));
}
