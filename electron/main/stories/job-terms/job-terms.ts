import type { JobTerm, JobTerms } from '../../../shared/stories-schemas';
import { jobTextSchema } from '../../../shared/stories-schemas';
import { looksEnglish, segmentWords } from '../../coach/coach-domain';
import { spelledOut } from './acronyms';
import { EMPTY_WORDS, ROLE_WORDS, isEmptyPhrase } from './empty-words';
import { ORG_WORDS, readLayout, type JobLayout } from './job-sections';
import { cleanJobLines } from './job-text';
import { mergeOverlaps, mergeSubPhrases, withoutShadowed, type Tally } from './term-merge';
import { DUTY_VERBS, findCandidates, type Candidate, type CandidateSource } from './term-candidates';
import { singularOf } from './singular';
import { rarity } from './word-rarity';
import { QUALIFICATION, termFeatures, wordSpread, type Features } from './term-features';
import { termLogit } from './term-weights';

/**
 * A lone word of everyday English ("service", "hotel", "analysis") is rarely what a job is screened for; a lone rare
 * one ("butchery", "venepuncture") often is. Chosen in round three, when the score alone ranked: 0.8 lifted the 22
 * descriptions then tuned on most. The score is now one feature of the fitted ranking, which weighs rarity again.
 */
const COMMON_WORD_WEIGHT = 0.8;

/** How a term's score is scaled by how rare its words are in general English. */
function specificity(text: string): number {
  return !/\s/.test(text.trim()) && rarity(text) === 0 ? COMMON_WORD_WEIGHT : 1;
}

/** How much one sighting counts, by how it was found: written with symbols or as a name says "specific". */
const SOURCE_WEIGHT: Record<CandidateSource, number> = { symbol: 3, name: 2.5, phrase: 1.5, listed: 2.4, item: 1.5, word: 0.5 };
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

/**
 * The key two sightings of one term share: lower case, single spaces, a plural last word made singular ("reports",
 * "KPIs"), but never a name's own s ("SaaS", "Kubernetes" stays whole).
 */
function termKey(text: string): string {
  const original = text.replace(/\s+/g, ' ').split(' ');
  const words = original.map((w) => w.toLowerCase());
  const last = original[original.length - 1]!;
  if (/^[a-z]+$/.test(last) || /^[A-Z]{2,}s$/.test(last)) words[words.length - 1] = singularOf(last);
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

/**
 * A pay band, a page number, a document version, a date or a day ("Band 6", "Page 1", "v3.2", "February 2025",
 * "Saturday"): said in job ads, never asked of the person.
 */
const NOT_A_SKILL =
  /^(?:(?:pay\s+)?(?:band|grade|page)(?:\s+\d+[a-z]?(?:\s*[/–-]\s*\d+[a-z]?)?)?|v\d+(?:\.\d+)*(?:\s+\d{1,2}\/\d{2,4})?|(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)$/i;

/** An e-mail or web address ("jobs@hall.example", "https://…", "www.example.org"): where to apply. */
const ADDRESS = /@|:\/\/|^www\./i;

/** A name of the employer's ("Brightwater Studio", "Hospital NHS Trust"): no term, however often the ad says it. */
function employerName(words: readonly string[], employer: ReadonlySet<string>): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/'s$/, ''));
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  return lower.every((w) => employer.has(w) || ORG_WORDS.has(w)) || ORG_WORDS.has(lower[lower.length - 1]!);
}

/** Adds up the sightings: per line the best one counts, weighed by where the line is (title, requirements, perks). */
function tally(candidates: readonly Candidate[], layout: JobLayout): Map<string, Tally> {
  const perLine = new Map<string, { text: string; weight: number; source: CandidateSource; line: number }>();
  for (const c of candidates) {
    const at = layout.weight[c.line] ?? 1;
    if (at === 0) continue;
    const words = c.text.split(/\s+/);
    // One letter ("R", a stray "k") is too little to name a skill; words that say nothing name none.
    if (
      isEmptyPhrase(words) ||
      c.text.trim().length < 2 ||
      NOT_A_SKILL.test(c.text) ||
      ADDRESS.test(c.text) ||
      employerName(words, layout.employer)
    )
      continue;
    const key = termKey(c.text);
    let weight = SOURCE_WEIGHT[c.source] * (1 + 0.2 * Math.min(words.length - 1, 2)) * at;
    const plain = c.source !== 'symbol' && c.source !== 'name' && c.source !== 'listed';
    if (words.length === 1 && plain && c.text === c.text.toLowerCase()) weight *= 0.5;
    // A role is the job in its title, and elsewhere the people it works with ("revenue manager", "line managers").
    if (c.line !== layout.title && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) weight *= 0.3;
    const seenAt = `${key}\u0000${c.line}`;
    const seen = perLine.get(seenAt);
    if (!seen || weight > seen.weight) perLine.set(seenAt, { text: c.text, weight, source: c.source, line: c.line });
  }
  const terms = new Map<string, Tally>();
  const sightings = new Map<string, number[]>();
  for (const [at, s] of perLine) {
    const key = at.split('\u0000')[0]!;
    const t = terms.get(key) ?? { key, text: s.text, score: 0, lines: new Set(), sources: new Set() };
    const list = sightings.get(key);
    if (list) list.push(s.weight);
    else sightings.set(key, [s.weight]);
    t.lines.add(s.line);
    t.sources.add(s.source);
    terms.set(key, t);
  }
  // Asked for again counts, but less each time: a generic word said on ten lines ("data") must not pass a skill
  // listed twice.
  for (const [key, weights] of sightings) {
    const [best = 0, ...rest] = weights.sort((a, b) => b - a);
    terms.get(key)!.score = best + 0.75 * rest.reduce((n, w) => n + w, 0);
  }
  return terms;
}

/** An acronym and the words it stands for are sightings of one term ("EPR", "electronic patient record"). */
function mergeAcronyms(terms: Map<string, Tally>, acronyms: ReadonlyMap<string, string>): Map<Tally, Tally> {
  const twins = new Map<Tally, Tally>();
  for (const [acronym, full] of acronyms) {
    const short = terms.get(termKey(acronym));
    const long = terms.get(termKey(full));
    if (!short || !long || short === long) continue;
    // Both stay (people write either), each counting the other's sightings, and they rank as one.
    const sum = long.score + short.score;
    long.score = sum;
    short.score = sum;
    twins.set(short, long).set(long, short);
  }
  return twins;
}

/** A term found in a job text with what it is ranked by, before ranking (what the ranking's weights are fitted on). */
export interface ScoredTerm {
  text: string;
  sources: ReadonlySet<CandidateSource>;
  features: Features;
  /** The acronym of this term, or the words it stands for, when the text spells it out: the two rank as one. */
  twin: string | null;
}

/** Every term of a job text with its features, or why none was read. */
export function termsWithFeatures(raw: string): { terms: ScoredTerm[]; skipped: JobTerms['skipped'] } {
  const cleaned = cleanJobLines(jobTextSchema.parse(raw));
  const text = cleaned.map((l) => l.text).join('\n');
  if (!/\p{L}/u.test(text)) return { terms: [], skipped: 'empty' };
  if (!readsAsEnglish(text)) return { terms: [], skipped: 'not-english' };
  // One sentence a line: a sentence about the employer weighs apart from the one after it about the job.
  const split = cleaned.flatMap((l) =>
    l.text.split(/(?<!\b(?:e\.g|i\.e|etc|incl|approx|vs)\.)(?<=[.!?])\s+(?=\p{Lu})/u).map((t) => ({ text: t, item: l.item })),
  );
  const lines = split.map((l) => l.text);
  const items = split.map((l) => l.item);
  const layout = readLayout(lines, items);
  const tallies = tally(findCandidates(lines), layout);
  const twins = mergeAcronyms(tallies, spelledOut(lines));
  const merged = mergeOverlaps(mergeSubPhrases(withoutShadowed([...tallies.values()])));
  for (const t of merged) t.score *= specificity(t.text);
  const spread = wordSpread(lines);
  return {
    terms: merged.map((t) => ({
      text: t.text,
      sources: t.sources,
      features: termFeatures(t, lines, items, layout, spread),
      twin: twins.get(t)?.text ?? null,
    })),
    skipped: null,
  };
}

/**
 * How many of a description's found terms, from the top, are its key terms: the ones the app lists and checks for
 * gaps until the person asks for all. The same top 25 the ranking's accuracy is measured on (the fixtures' README);
 * further down the list the terms grow weak ("world", "show").
 */
export const KEY_TERMS = 25;

/**
 * Terms best first by a score each, an acronym and the words it stands for ranked as one (by the better of the two):
 * how the app ranks, and how the fit measures a ranking.
 */
export function rankTerms<T extends Pick<ScoredTerm, 'text' | 'twin'>>(
  terms: readonly T[],
  scoreOf: (t: T) => number,
): (T & { score: number })[] {
  const scores = new Map(terms.map((t) => [t.text, scoreOf(t)]));
  return terms
    .map((t) => ({ ...t, score: Math.max(scores.get(t.text)!, t.twin ? (scores.get(t.twin) ?? -Infinity) : -Infinity) }))
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
}

/**
 * The terms that matter in a job description (skills, tools, qualifications, duties), best first, found offline with
 * wink-nlp's parts of speech, symbol patterns and a list of words that say nothing. Explainable: each term is ranked
 * by a weighed sum of what is known of it (how often and how specifically it is asked for, where in the ad, how rare
 * its words are in everyday English), with weights fitted on labelled job descriptions (term-weights.ts).
 */
export function extractJobTerms(raw: string): JobTerms {
  const { terms, skipped } = termsWithFeatures(raw);
  if (skipped) return { terms: [], skipped };
  const ranked = rankTerms(terms, (t) => termLogit(t.features)).map((t) => ({ ...t, score: 1 / (1 + Math.exp(-t.score)) }));
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
