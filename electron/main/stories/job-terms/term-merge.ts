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
/** Whether `short` stands in `long` as whole words ("CMYK" in "CMYK colour", "KS3" in "KS3–KS5"). */
const inside = (short: string, long: string) => new RegExp(`(^|[\\s/–-])${escape(short)}($|[\\s/–-])`).test(long);
/** Written with symbols or as a name: what people search for. */
const specific = (t: Tally) => t.sources.has('symbol') || t.sources.has('name');

/**
 * A term seen only inside a longer term on the same lines ("close" in "month-end close") adds nothing of its own.
 * A name or a term written with symbols stays beside a phrase around it ("Power BI" in "Power BI dashboards"): those
 * are what people search for.
 */
export function withoutShadowed(terms: Tally[]): Tally[] {
  return terms.filter((short) => {
    return !terms.some(
      (long) =>
        long !== short &&
        long.key.length > short.key.length &&
        // A name is shadowed only by a longer name ("BI" by "Power BI"), never by a phrase around it.
        (!specific(short) || specific(long)) &&
        inside(short.key, long.key) &&
        [...short.lines].every((l) => long.lines.has(l)),
    );
  });
}

/**
 * A term and a longer one that only adds a word or two ("CMYK" and "CMYK colour", "PCI DSS" and "PCI DSS compliance",
 * "month-end" and "month-end close") are one term: the dropped one's score goes half to the one kept. A name or a
 * symbol term is kept over the phrase around it when what the phrase adds is lower case (a generic head like
 * "colour", "reviews", "degree"); a plain word gives way to the phrase that says what it is ("care" to "wound care").
 * Versions stay apart ("IFRS", "IFRS 16"), and so do names inside longer names ("A-level Further Maths").
 */
export function mergeSubPhrases(terms: Tally[]): Tally[] {
  const sorted = [...terms].sort((a, b) => b.score - a.score);
  const gone = new Set<Tally>();
  for (const short of [...sorted].sort((a, b) => a.key.length - b.key.length)) {
    if (gone.has(short)) continue;
    const shortWords = short.key.split(/[\s–]+/).length;
    for (const long of sorted) {
      if (long === short || gone.has(long) || long.key.length <= short.key.length || !inside(short.key, long.key)) continue;
      const extra = long.text.replace(new RegExp(escape(short.text), 'i'), ' ').trim().split(/[\s–-]+/).filter(Boolean);
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
