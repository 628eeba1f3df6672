import { ROLE_WORDS } from './empty-words';
import type { JobLayout, LinePart } from './job-sections';
import { listLike } from './job-sections';
import type { Tally } from './term-merge';
import { singularOf } from './singular';
import { DUTY_VERBS } from './term-candidates';
import { zipf } from './word-frequency';

/**
 * What is known of a term when it is ranked, each a number the ranking weighs (see term-weights.ts). The names say
 * what each one is; the order is the weights' order.
 */
export const FEATURE_NAMES = [
  'bias',
  'logScore',
  'lineCount',
  'symbol',
  'name',
  'phrase',
  'listed',
  'item',
  'wordOnly',
  'oneWord',
  'threeWords',
  'acronym',
  'digit',
  'rarestWord',
  'meanRarity',
  'unknownWord',
  'commonAcronym',
  'title',
  'asks',
  'nice',
  'duties',
  'aside',
  'fieldLine',
  'proseOnly',
  'youLine',
  'weOnlyLine',
  'perkLine',
  'role',
  'qualification',
  'loneGerund',
  'firstSeen',
  'capitalisedWord',
  'afterDutyVerb',
  'afterAskedFor',
  'nominalHead',
  'headRarity',
  'wordSpread',
  'titleWord',
  'seenTwiceInAsks',
  'namesTheRole',
  'loneEverydayWord',
  'officeTool',
  'lineStart',
  'inBrackets',
] as const;

/** One number per name of FEATURE_NAMES. */
export type Features = Record<(typeof FEATURE_NAMES)[number], number>;

const YOU = /\b(you|your|you'll|you're|you've)\b/i;
const WE = /\b(we|our|us|we're|we've|we'll)\b/i;
/** What a line about pay and perks says ("a car allowance of £5,400", "26 days' holiday", "pension"). */
const PERK =
  /\b(pension|holidays?|annual leave|allowance|salary|bonus|discounts?|benefits?|perks?|in return|we offer|membership of|cycle to work|wellbeing|life assurance|private medical|employee assistance)\b|£|\$|€/i;
/** The office software most jobs list, which the fixtures' rules leave out as saying nothing of this job. */
const OFFICE_TOOL =
  /^(?:(?:microsoft|ms|google)\s+)?(?:excel|word|outlook|powerpoint|teams|office(?: 365)?|365|sheets|docs|workspace|suite)$/i;

/** Words that make a term a qualification ("degree in quantity surveying", "ACCA", "CIPS Level 4"). */
export const QUALIFICATION =
  /\b(degree|diploma|certificat\w*|licen[cs]e|registration|registered|qualified|qualification|status|bachelor'?s?|phd|mba|cpa|aca|acca|cima|nebosh|iosh|qts|level \d)\b/i;

/** A word that opens what a person is asked to have ("experience of", "knowledge of", "trained in", "confident with"). */
const ASKED_FOR =
  /\b(experience|experienced|knowledge|understanding|skills?|trained|training|qualified|background|confident|competent|familiar|familiarity|proficient|proficiency|grasp|expertise|ability)\s+(of|in|with|using|on|at)\s+(?:the\s+|a\s+|an\s+)?$/i;
const NOMINAL_HEAD = /(ing|tion|sion|ment|ance|ence|sis|ysis|ics|ure|ogy)$/i;

/** What stands just before each sighting of a term on its lines, as whole words (lower case, up to 80 characters). */
function before(term: string, lines: readonly string[], seen: readonly number[]): string[] {
  // A run of symbols longer than any term (a pasted hash or link) would make a pattern too large to build.
  if (term.length > 200) return [];
  const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu');
  const out: string[] = [];
  for (const l of seen) {
    const line = (lines[l] ?? '').toLowerCase();
    for (const m of line.matchAll(pattern)) out.push(line.slice(Math.max(0, m.index - 80), m.index));
  }
  return out;
}

/**
 * The noun that names the job in its title ("radiographer" in "Band 5 Diagnostic Radiographer (Rotational)", "nurse"
 * in "Registered Nurse – Acute Medical Unit"): a term ending in it names a person (the job, or the ones it works
 * with), not a skill.
 */
function roleOf(title: string): string {
  // A job sheet's "Job title: Payroll Officer" names it after its field's name.
  const named = title.replace(/^.*>\s*/, '').replace(/^(?:(?:job|post|role)\s+title|position|post|role)\s*:\s*/i, '');
  const main = named.split(/\s[–—-]\s|[(,|:]/)[0] ?? '';
  const words = main.match(/[A-Za-z]+/g) ?? [];
  return singularOf(words[words.length - 1] ?? '');
}

/** A plain word's rarity from 0 (as common as "the") to 1 (no subtitle ever said it). */
const rarityOf = (word: string) => Math.min(1, Math.max(0, (7.5 - zipf(word)) / 6.5));

/** The numbers a term is ranked by, from its tally and the lines it was seen on. */
export function termFeatures(
  t: Tally,
  lines: readonly string[],
  items: readonly boolean[],
  layout: JobLayout,
  spread: (word: string) => number,
): Features {
  const seen = [...t.lines].sort((a, b) => a - b);
  const parts = new Set<LinePart>(seen.map((l) => layout.part[l] ?? 'other'));
  const share = (test: (line: string, i: number) => boolean) => seen.filter((l) => test(lines[l] ?? '', l)).length / seen.length;
  const words = t.text.split(/[\s/]+/).filter(Boolean);
  // Its words as everyday English would write them: lower case or capitalised ("Threat Hunting"), not acronyms.
  const plain = t.text
    .split(/[\s/-]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => /^[A-Za-z][a-z]+$/.test(w))
    .map((w) => w.toLowerCase());
  const rarities = plain.map(rarityOf);
  const acronym = /^[A-Z]{2,6}s?$/.test(t.text);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  const contexts = before(t.text, lines, seen);
  const termPattern = new RegExp(t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  const ofContext = (test: (b: string) => boolean) => (contexts.length ? contexts.filter(test).length / contexts.length : 0);
  const prevWord = (b: string) => /([a-z]+)\s+$/.exec(b)?.[1] ?? '';
  const lastPlain = /^[A-Za-z][a-z]+$/.test(words[words.length - 1] ?? '') ? last : '';
  const roleNoun = roleOf(lines[layout.title] ?? '');
  const titleWords = new Set(
    (lines[layout.title] ?? '')
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.map(singularOf) ?? [],
  );
  return {
    bias: 1,
    logScore: Math.log(Math.max(t.score, 1e-3)),
    lineCount: Math.log(seen.length),
    symbol: t.sources.has('symbol') ? 1 : 0,
    name: t.sources.has('name') ? 1 : 0,
    phrase: t.sources.has('phrase') ? 1 : 0,
    listed: t.sources.has('listed') ? 1 : 0,
    item: t.sources.has('item') ? 1 : 0,
    wordOnly: [...t.sources].every((s) => s === 'word') ? 1 : 0,
    oneWord: words.length === 1 ? 1 : 0,
    threeWords: words.length >= 3 ? 1 : 0,
    acronym: acronym ? 1 : 0,
    digit: /\d/.test(t.text) ? 1 : 0,
    rarestWord: rarities.length ? Math.max(...rarities) : 0,
    meanRarity: rarities.length ? rarities.reduce((a, b) => a + b, 0) / rarities.length : 0,
    unknownWord: plain.some((w) => zipf(w) < 1.5) ? 1 : 0,
    commonAcronym: acronym ? 1 - rarityOf(singularOf(t.text)) : 0,
    title: parts.has('title') ? 1 : 0,
    asks: parts.has('asks') ? 1 : 0,
    nice: parts.has('nice') && !parts.has('asks') && !parts.has('duties') ? 1 : 0,
    duties: parts.has('duties') ? 1 : 0,
    aside: share((_, i) => layout.part[i] === 'aside' || layout.part[i] === 'employer'),
    // A job sheet's field ("Department: …"); the header's lines weigh nothing, so no term is seen on them.
    fieldLine: share((_, i) => layout.part[i] === 'field'),
    proseOnly: seen.every((l) => !items[l] && !listLike(lines[l] ?? '')) ? 1 : 0,
    youLine: share((line) => YOU.test(line)),
    weOnlyLine: share((line) => WE.test(line) && !YOU.test(line)),
    // The line's other words: a payroll ad's "salary sacrifice" or "pension auto-enrolment" is no perk.
    perkLine: share((line) => PERK.test(line.replace(termPattern, ' '))),
    role: ROLE_WORDS.has(last) ? 1 : 0,
    qualification: QUALIFICATION.test(t.text) ? 1 : 0,
    loneGerund: words.length === 1 && /ing$/i.test(t.text) ? 1 : 0,
    firstSeen: lines.length > 1 ? (seen[0] ?? 0) / (lines.length - 1) : 0,
    capitalisedWord: words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(t.text) ? 1 : 0,
    afterDutyVerb: ofContext((b) => DUTY_VERBS.has(prevWord(b)) || /\b(carry|carrying|carried) out\s+$/.test(b)),
    afterAskedFor: ofContext((b) => ASKED_FOR.test(b)),
    nominalHead: lastPlain && NOMINAL_HEAD.test(lastPlain) ? 1 : 0,
    headRarity: lastPlain ? rarityOf(lastPlain) : 0.5,
    wordSpread: plain.length ? plain.reduce((n, w) => n + spread(w), 0) / plain.length : 0,
    titleWord: plain.some((w) => w.length > 3 && titleWords.has(singularOf(w))) && !parts.has('title') ? 1 : 0,
    // A lone word as common as "management", "records" or "checks" (Zipf 4 and up) names no skill on its own.
    loneEverydayWord: words.length === 1 && plain.length === 1 && zipf(plain[0]!) >= 4 ? 1 : 0,
    officeTool: OFFICE_TOOL.test(t.text) ? 1 : 0,
    // What a line is about comes first ("Perineal suturing…", "Carry out pressure testing…"): at most two words in.
    lineStart: ofContext((b) => b.trim().split(/\s+/).filter(Boolean).length <= 2 && !/[,;]/.test(b)),
    // Said in brackets, an aside or an example ("(Daikin, Toshiba)"), rarely what is screened for.
    inBrackets: ofContext((b) => /\([^)]*$/.test(b)),
    namesTheRole: roleNoun !== '' && singularOf(last) === roleNoun ? 1 : 0,
    // Asked for, or given as a duty, on two lines or more.
    seenTwiceInAsks: seen.filter((l) => layout.part[l] === 'asks' || layout.part[l] === 'duties').length >= 2 ? 1 : 0,
  };
}

/**
 * How widely a job text uses each word, from 0 (no line) to 1 (every line), on a log scale: a word the ad comes back to
 * ("threat" in threat hunting, threat intelligence, threats) is a word of the job's field.
 */
export function wordSpread(lines: readonly string[]): (word: string) => number {
  const linesWith = new Map<string, number>();
  for (const line of lines) {
    for (const w of new Set(line.toLowerCase().match(/[a-z]+/g) ?? [])) {
      const one = singularOf(w);
      linesWith.set(one, (linesWith.get(one) ?? 0) + 1);
    }
  }
  const norm = Math.log(1 + lines.length);
  return (word) => Math.log(1 + (linesWith.get(singularOf(word)) ?? 0)) / norm;
}
