import type { CandidateSource } from './term-candidates';

/** One term as the sightings add up: its key, the text first seen, its score, the lines and how it was found. */
export interface Tally {
  key: string;
  text: string;
  score: number;
  lines: Set<number>;
  sources: Set<CandidateSource>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every part of a key that starts and ends at a word's edge ("ks3–ks5" holds "ks3" and "ks5"), itself left out. */
function parts(key: string): string[] {
  const starts = [0];
  const ends: number[] = [];
  for (const m of key.matchAll(/[\s/–-]/g)) {
    ends.push(m.index);
    starts.push(m.index + 1);
  }
  ends.push(key.length);
  const out: string[] = [];
  for (const s of starts) for (const e of ends) if (e > s && e - s < key.length) out.push(key.slice(s, e));
  return out;
}

/** For each term, the shorter terms that stand inside it as whole words ("CMYK" in "CMYK colour"). */
function containedIn(terms: readonly Tally[]): Map<Tally, Tally[]> {
  const byKey = new Map(terms.map((t) => [t.key, t]));
  const out = new Map<Tally, Tally[]>();
  for (const long of terms) {
    for (const part of parts(long.key)) {
      const short = byKey.get(part);
      if (short && short !== long) out.set(short, [...(out.get(short) ?? []), long]);
    }
  }
  return out;
}

/**
 * Whether `long` is a code with a number after it ("IFRS 16" of "IFRS"): another version, not a longer name ("BIM
 * Level" of "BIM Level 2" is only a piece of it).
 */
const isVersion = (short: Tally, long: Tally) =>
  /^[A-Z0-9&/.]+$/.test(short.text) && /^ [\d.]+$/.test(long.key.slice(short.key.length)) && long.key.startsWith(short.key);

/** Written with symbols or as a name: what people search for. */
const specific = (t: Tally) => t.sources.has('symbol') || t.sources.has('name');

/**
 * A term seen only inside a longer term on the same lines ("close" in "month-end close") adds nothing of its own.
 * A name or a term written with symbols stays beside a phrase around it ("Power BI" in "Power BI dashboards"): those
 * are what people search for.
 */
export function withoutShadowed(terms: Tally[]): Tally[] {
  const around = containedIn(terms);
  return terms.filter(
    (short) =>
      !(around.get(short) ?? []).some(
        (long) =>
          // A name is shadowed only by a longer name ("BI" by "Power BI"), never by a phrase around it.
          (!specific(short) || specific(long)) && !isVersion(short, long) && [...short.lines].every((l) => long.lines.has(l)),
      ),
  );
}

/**
 * A term and a longer one that only adds a word or two ("CMYK" and "CMYK colour", "PCI DSS" and "PCI DSS compliance",
 * "month-end" and "month-end close") are one term: the dropped one's score goes half to the one kept. A name or a
 * symbol term is kept over the phrase around it when what the phrase adds is lower case (a generic head like
 * "colour", "reviews", "degree"); a plain word gives way to the phrase that says what it is ("care" to "wound care").
 * Versions stay apart ("IFRS", "IFRS 16"), and so do names inside longer names ("A-level Further Maths").
 */
export function mergeSubPhrases(terms: Tally[]): Tally[] {
  const around = containedIn(terms);
  const gone = new Set<Tally>();
  for (const short of [...terms].sort((a, b) => a.key.length - b.key.length || b.score - a.score)) {
    if (gone.has(short)) continue;
    const shortWords = short.key.split(/[\s–]+/).length;
    // A plain word inside several longer terms ("research" in "research plans", "generative research") is a word of
    // the field: its sightings are not one phrase's to take.
    const holders = (around.get(short) ?? []).filter((l) => !gone.has(l));
    if (!specific(short) && holders.length >= 2) continue;
    for (const long of [...(around.get(short) ?? [])].sort((a, b) => b.score - a.score)) {
      if (gone.has(long)) continue;
      const extra = long.text
        .replace(new RegExp(escape(short.text), 'i'), ' ')
        .trim()
        .split(/[\s–-]+/)
        .filter(Boolean);
      if (extra.length === 0 || extra.length > 2 || long.key.split(/[\s–]+/).length - shortWords > 2) continue;
      if (extra.every((w) => /^[\d.]+$/.test(w))) continue;
      // A name with a name around it ("A-level" in "A-level Further Maths") is a term of its own.
      const genericHead = extra.every((w) => w === w.toLowerCase());
      if (specific(short) && !genericHead) continue;
      const keep = specific(short) ? short : long;
      const drop = keep === short ? long : short;
      keep.score += drop.score / 2;
      for (const l of drop.lines) keep.lines.add(l);
      for (const s of drop.sources) keep.sources.add(s);
      gone.add(drop);
      if (drop === short) break;
    }
  }
  return terms.filter((t) => !gone.has(t));
}

/**
 * Two terms read off one stretch of a line that overlap ("City & Guilds 2391" and "Guilds 2391 Inspection", the end
 * of one the start of the other) are one term: the weaker goes, half its score to the stronger. The overlap is two
 * words or more, or one word with a digit ("18th Edition" and "Edition Wiring Regulations" overlap in a plain word,
 * and stay apart).
 */
export function mergeOverlaps(terms: Tally[]): Tally[] {
  const wordsOf = (t: Tally) => t.key.split(' ');
  const byPrefix = new Map<string, Tally[]>();
  for (const t of terms) {
    const w = wordsOf(t);
    for (let k = 1; k < w.length && k <= 3; k++) {
      const p = w.slice(0, k).join(' ');
      byPrefix.set(p, [...(byPrefix.get(p) ?? []), t]);
    }
  }
  const gone = new Set<Tally>();
  for (const a of [...terms].sort((x, y) => y.score - x.score)) {
    if (gone.has(a)) continue;
    const w = wordsOf(a);
    for (let k = 1; k < w.length && k <= 3; k++) {
      const overlap = w.slice(-k).join(' ');
      if (k < 2 && !/\d/.test(overlap)) continue;
      for (const b of byPrefix.get(overlap) ?? []) {
        if (b === a || gone.has(b) || wordsOf(b).length <= k || ![...b.lines].some((l) => a.lines.has(l))) continue;
        const [keep, drop] = a.score >= b.score ? [a, b] : [b, a];
        keep.score += drop.score / 2;
        for (const l of drop.lines) keep.lines.add(l);
        gone.add(drop);
      }
      if (gone.has(a)) break;
    }
  }
  return terms.filter((t) => !gone.has(t));
}
