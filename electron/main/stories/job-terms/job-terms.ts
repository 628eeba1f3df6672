import type { JobTerm, JobTerms } from '../../../shared/stories-schemas';
import { jobTextSchema } from '../../../shared/stories-schemas';
import { looksEnglish, segmentWords } from '../../coach/coach-domain';
import { EMPTY_WORDS, isEmptyPhrase } from './empty-words';
import { cleanJobText } from './job-text';
import { DUTY_VERBS, findCandidates, type Candidate, type CandidateSource } from './term-candidates';

/** How much one sighting counts, by how it was found: written with symbols or as a name says "specific". */
const SOURCE_WEIGHT: Record<CandidateSource, number> = { symbol: 3, name: 2.5, phrase: 1.5, item: 1.5, word: 0.6 };
/** Headings after which a line lists what the job asks for. */
const ASKS =
  /\b(requirements?|essential|desirable|skills|qualifications?|about you|you will have|you'll need|what you need|person specification|looking for|we need)\b/i;
const QUALIFICATION =
  /\b(degree|diploma|certificat\w*|licen[cs]e|registration|registered|qualified|qualification|status|bachelor'?s?|master'?s?|phd|mba|cpa|aca|acca|cima|nebosh|iosh|qts)\b/i;
const DUTY_HEAD =
  /(ing|tion|sion|ment|ance|ence|ings|tions|ments)$|^(close|audit|review|reporting|analysis|design|delivery|planning)$/i;

/**
 * Whether a job text is English. Lists of duties carry few function words, so the job ads' own words ("experience",
 * "manage", "skills") count as English too, beside the coach's check for prose.
 */
function readsAsEnglish(text: string): boolean {
  const words = segmentWords(text);
  if (looksEnglish(words)) return true;
  const letters = words.filter((w) => /\p{L}/u.test(w.norm));
  const jobWords = letters.filter((w) => EMPTY_WORDS.has(w.norm) || DUTY_VERBS.has(w.norm)).length;
  return letters.length > 0 && jobWords / letters.length >= 0.08;
}

/** The key two sightings of one term share: lower case, single spaces, a plural last word made singular. */
function termKey(text: string): string {
  const words = text.toLowerCase().replace(/\s+/g, ' ').split(' ');
  const last = words[words.length - 1]!;
  if (last.length > 3 && /[^s]s$/.test(last) && !/(ss|us|is)$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/** The kind of a term, from its words and how it was found. */
function kindOf(text: string, sources: ReadonlySet<CandidateSource>): JobTerm['kind'] {
  if (QUALIFICATION.test(text)) return 'qualification';
  // Written with symbols, or a name with a capital inside a word ("Power BI", "PostgreSQL"): a tool or system.
  if (sources.has('symbol') || (sources.has('name') && /\S\p{Lu}/u.test(text))) return 'tool';
  const head = text.split(/[\s-]+/).pop() ?? '';
  return DUTY_HEAD.test(head) ? 'duty' : 'skill';
}

/** The line after a short title that names only the employer and place ("Acme plc · Leeds (hybrid)"). */
function employerLine(lines: readonly string[]): number {
  const second = lines[1] ?? '';
  const words = second.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^[\p{Lu}(]/u.test(w)).length;
  return /[·|–—,]/.test(second) && words.length <= 10 && capitalised >= words.length * 0.6 ? 1 : -1;
}

/** A line that reads as a list item (no closing full stop, longer than a heading) rather than a sentence of prose. */
function listLike(line: string): boolean {
  return line.length > 25 && !/[.!?]$/.test(line);
}

interface Tally {
  key: string;
  text: string;
  score: number;
  lines: Set<number>;
  sources: Set<CandidateSource>;
}

/** Adds up the sightings: per line the best one counts, a title line counts more, a requirements line a little more. */
function tally(candidates: readonly Candidate[], lines: readonly string[]): Map<string, Tally> {
  const skip = employerLine(lines);
  let inAsks = false;
  const asksFrom = new Set<number>();
  lines.forEach((line, i) => {
    if (line.length < 60 && ASKS.test(line)) inAsks = true;
    else if (line.length < 40 && /^(what we offer|benefits|about us|we offer)/i.test(line)) inAsks = false;
    if (inAsks) asksFrom.add(i);
  });
  const perLine = new Map<string, { text: string; weight: number; source: CandidateSource; line: number }>();
  for (const c of candidates) {
    if (c.line === skip) continue;
    const words = c.text.split(/\s+/);
    // One letter ("R", a stray "k") is too little to name a skill; words that say nothing name none.
    if (isEmptyPhrase(words) || c.text.trim().length < 2) continue;
    const key = termKey(c.text);
    let weight = SOURCE_WEIGHT[c.source] * (1 + 0.4 * Math.min(words.length - 1, 2));
    if (words.length === 1 && c.source !== 'symbol' && c.source !== 'name' && c.text === c.text.toLowerCase()) weight *= 0.7;
    if (c.line === 0) weight *= 1.5;
    // What a job asks for is listed; the prose around it ("We are a busy seafront hotel…") names far fewer terms.
    weight *= listLike(lines[c.line] ?? '') ? 1.3 : 0.8;
    if (asksFrom.has(c.line)) weight *= 1.2;
    const at = `${key}\u0000${c.line}`;
    const seen = perLine.get(at);
    if (!seen || weight > seen.weight) perLine.set(at, { text: c.text, weight, source: c.source, line: c.line });
  }
  const terms = new Map<string, Tally>();
  for (const [at, s] of perLine) {
    const key = at.split('\u0000')[0]!;
    const t = terms.get(key) ?? { key, text: s.text, score: 0, lines: new Set(), sources: new Set() };
    t.score += s.weight;
    t.lines.add(s.line);
    t.sources.add(s.source);
    terms.set(key, t);
  }
  return terms;
}

/**
 * A term seen only inside a longer term on the same lines ("close" in "month-end close") adds nothing of its own.
 * A name or a term written with symbols stays beside a phrase around it ("Power BI" in "Power BI dashboards"): those
 * are what people search for.
 */
function withoutShadowed(terms: Tally[]): Tally[] {
  const specific = (t: Tally) => t.sources.has('symbol') || t.sources.has('name');
  return terms.filter((short) => {
    const pattern = new RegExp(`(^|[\\s/-])${short.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s/-])`);
    return !terms.some(
      (long) =>
        long !== short &&
        long.key.length > short.key.length &&
        // A name is shadowed only by a longer name ("BI" by "Power BI"), never by a phrase around it.
        (!specific(short) || specific(long)) &&
        pattern.test(long.key) &&
        [...short.lines].every((l) => long.lines.has(l)),
    );
  });
}

/**
 * The terms that matter in a job description (skills, tools, qualifications, duties), best first, found offline with
 * wink-nlp's parts of speech, symbol patterns and a list of words that say nothing. Explainable: a term ranks by how
 * often it is asked for, how specific it is written (symbols, names, several words) and where (title, requirements).
 */
export function extractJobTerms(raw: string): JobTerms {
  const text = cleanJobText(jobTextSchema.parse(raw));
  if (!/\p{L}/u.test(text)) return { terms: [], skipped: 'empty' };
  if (!readsAsEnglish(text)) return { terms: [], skipped: 'not-english' };
  const lines = text.split('\n');
  const ranked = withoutShadowed([...tally(findCandidates(lines), lines).values()]).sort(
    (a, b) => b.score - a.score || a.text.localeCompare(b.text),
  );
  const top = ranked[0]?.score ?? 1;
  return {
    terms: ranked.map((t) => ({
      term: t.text,
      weight: Math.round((t.score / top) * 100) / 100,
      kind: kindOf(t.text, t.sources),
    })),
    skipped: null,
  };
}
