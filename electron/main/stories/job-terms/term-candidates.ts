import { tag, type Tagged } from '../../coach/coach-domain';
import { EMPTY_WORDS } from './empty-words';

/** How a candidate was found, which says how likely it is to name something specific. */
export type CandidateSource = 'symbol' | 'name' | 'phrase' | 'listed' | 'item' | 'word';

/** A phrase of the job text that may be a term, with where it was found. */
export interface Candidate {
  text: string;
  source: CandidateSource;
  line: number;
}

// Terms written with symbols or capitals, kept exactly as written: C++, C#, .NET, CI/CD, FP&A, Node.js, S/4HANA,
// Booking.com, IFRS 16, OAuth 2.0, NEWS2, KPIs, 5S, TypeScript, PostgreSQL, RevPAR.
const SYMBOL_TERMS = [
  /(?<![\w.])\.NET\b/g,
  /\b[A-Z][A-Za-z0-9]*(?:\+\+|#)(?!\w)/g,
  /\b[A-Za-z][A-Za-z0-9]*(?:[/&.][A-Za-z0-9]+)+\b(?![/&])/g,
  /(?<![&/.])\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s(?:\d+(?:\.\d+)?|[A-Z]{2,}))?\b(?![&/.+#]\w)/g,
  /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g,
  /\b\d[A-Z]\b/g,
  // Codes of capitals and digits: NEC4, GA4, SQE1, FP34, NEWS2.
  /\b[A-Z]{2,}\d+[A-Za-z]?\b(?![/&.+#]\w)/g,
  // Acronyms with a bracketed part and their year: IR(ME)R 2017, COSHH(R).
  /\b[A-Z]{1,5}\([A-Z]{1,5}\)[A-Z]{0,5}(?: \d{4})?(?![\w(])/g,
  // An edition or a generation named by its ordinal: 18th Edition, 4th Generation.
  /\b\d{1,3}(?:st|nd|rd|th) [A-Z][a-z]+\b/g,
  // Codes joined by a hyphen (GC-MS, UV-Vis, RT-PCR) and standards with their number (ISO/IEC 17025, BS EN 1090).
  /\b[A-Z]{2,}\d*(?:-[A-Z][A-Za-z0-9]*)+\b(?!-)/g,
  /\b[A-Z]{2,}(?:[/ ][A-Z]{2,})+ \d{3,5}(?:-\d+)?\b/g,
];

/** A capitalised name ended by a number ("Section 278", "CIPD Level 5", "Key Stage 3"): up to three words before it. */
const NAME_NUMBER =
  /(?<![\w-])(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*[A-Za-z]\s(?:&\s)?){1,3}\d{1,4}(?:\.\d+)?[A-Za-z]?\b(?![.,/:]?\d)/g;

/** A capitalised word of a title. */
const CAP = String.raw`[A-Z][\w'’-]*`;

/**
 * A qualification's whole title, up to three capitalised words before it: "Level 5 Diploma in Leadership and
 * Management for Adult Care", "NVQ Level 3 in Air Conditioning and Refrigeration", "BSc (Hons) in Diagnostic
 * Radiography" ("Award" only after its level: "Employer of the Year Award in March" is none). Its subject's
 * capitalised words join by "of", "for", "in" or "&"; "and" joins only one last word, so "Degree in Computer Science
 * and Microsoft Azure experience" leaves "Microsoft Azure" a term of its own.
 */
const QUALIFICATION_TITLE = new RegExp(
  String.raw`(?<![\w-])(?:${CAP}\s){0,3}(?:Level\s\d\sAward|(?:Level\s\d\s)?(?:Diploma|Certificate|Degree|NVQ|SVQ|BTEC|BSc|MSc|BA|MA|BEng|MEng|HNC|HND|PGCE|PGDip|PgDip|PgCert))(?:\sLevel\s\d)?(?:\s\(Hons\))?\sin\s${CAP}(?:\s${CAP}){0,4}(?:\s(?:of|for|in|&)\s${CAP}(?:\s${CAP}){0,3}|\sand\s${CAP}(?![\w'’-]|\s[A-Z])){0,4}`,
  'g',
);

/** The last word of a law's title. */
const LAW_WORDS = 'Act|Regulations|Order|Directive';
const LAW_JOINER = String.raw`(?:and|of|at|for|on|in|to|etc\.?)\s`;

/**
 * A law's whole title, capitalised words joined by small words: "Health and Safety at Work etc. Act 1974", "Control
 * of Noise at Work Regulations", "Tenant Fees Act 2019".
 */
const LAW_TITLE = new RegExp(
  String.raw`(?<![\w-])${CAP}(?:\s(?:${LAW_JOINER}){0,2}${CAP}){0,10}?\s(?:${LAW_JOINER}){0,2}(?:${LAW_WORDS})(?:\s\d{4})?\b`,
  'g',
);

/** "Act" and "Order" are verbs and nouns too ("We Think Big and Act Fast"): a law's only with its year or after "the". */
const isLaw = (title: string, before: string) => !/\b(?:Act|Order)$/.test(title) || /\bthe\s$/i.test(before);

/** Words that may open a title's match but are not its own: articles and "etc." left before the name. */
const NOT_TITLE_WORDS = new Set(['a', 'an', 'etc', 'etc.']);

/**
 * A title as matched, without the words before it that are not its own: a sentence's opening ("The", "Under"), and
 * what the ad asks before it ("Knowledge of", "Experience in"); null when no more than its last word is left.
 */
function titleOwnWords(match: string): string | null {
  const words = match.split(' ');
  while (words.length > 1) {
    const w = words[0]!.toLowerCase();
    const asks = EMPTY_WORDS.has(w) && /^(of|in|with)$/.test(words[1]!);
    if (!(OPENING_WORDS.has(w) || NOT_TITLE_WORDS.has(w) || asks)) break;
    words.shift();
  }
  // "Act 1974" alone, or a qualification word alone, names nothing.
  return words.length > 1 && !new RegExp(`^(${LAW_WORDS})$`).test(words[0]!) ? words.join(' ') : null;
}

/** Words that open a sentence before a number ("Between 157 cm tall", "Around 30 sites"), never a name's first word. */
const OPENING_WORDS = new Set(
  'between from for with after before over under within about around by up to at in on of as per than and or the all each every only just approximately nearly almost some most'.split(
    ' ',
  ),
);

/** Symbol terms that are ordinary words or abbreviations of the ad itself, not skills. */
const NOT_TERMS = new Set(['e.g', 'i.e', 'etc', 'a.m', 'p.m', 'n/a', 'and/or', 'UK', 'EU', 'US', 'USA', 'USD', 'GBP', 'OTE']);

/** The symbol and capital-letter terms of one line. */
function symbolTerms(line: string, index: number, names: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of SYMBOL_TERMS) {
    for (const m of line.matchAll(pattern)) {
      const text = m[0].replace(/[.]+$/, '');
      // An e-mail or web address ("jobs@hall.example", "www.example.org/careers") is where to apply, not a skill.
      const address = /(@|:\/\/|www\.)\S*$/i.test(line.slice(Math.max(0, m.index - 100), m.index)) || /^www\./i.test(text);
      if (address || line.slice(m.index + m[0].length).startsWith('@')) continue;
      if (text.length < 2 || NOT_TERMS.has(text.split(' ')[0]!) || /^\d+([./]\d+)*$/.test(text)) continue;
      // A capitalised first word of a heading ("About", "What") is not a term: a symbol term has a capital past its
      // first letter, a digit or a symbol.
      if (!/[A-Z0-9+#/&.]/.test(text.slice(1))) continue;
      out.push({ text, source: 'symbol', line: index });
    }
  }
  for (const title of [QUALIFICATION_TITLE, LAW_TITLE]) {
    for (const m of line.matchAll(title)) {
      const text = titleOwnWords(m[0]);
      if (text && (title === QUALIFICATION_TITLE || isLaw(m[0], line.slice(Math.max(0, m.index - 4), m.index)))) {
        out.push({ text, source: 'name', line: index });
      }
    }
  }
  for (const m of line.matchAll(NAME_NUMBER)) {
    // Drop leading words that are not part of the name: a duty verb, a word that says nothing, a sentence's first word.
    const words = m[0].split(' ');
    let at = m.index;
    while (words.length > 2) {
      const w = words[0]!.toLowerCase();
      const startsLine = at === 0;
      // A name joined by "&" ("City & Guilds 2391") keeps its first word.
      if (words[1] === '&' && w !== '&') break;
      // A first word with a capital or hyphen inside is a name's own ("F-Gas Category 1", "NVQ Level 3").
      const ownName = names.has(w) || /[\p{Lu}-]/u.test(words[0]!.slice(1));
      if (!(DUTY_VERBS.has(w) || EMPTY_WORDS.has(w) || w === '&' || (startsLine && !ownName))) break;
      at += words[0]!.length + 1;
      words.shift();
    }
    // A sentence's opening word before a number is no name ("Between 157 cm", "Over 40 sites").
    if (words[0] === '&' || (at === 0 && words.length === 2 && OPENING_WORDS.has(words[0]!.toLowerCase()))) continue;
    const text = words.join(' ');
    if (!NOT_TERMS.has(words[0]!) && !EMPTY_WORDS.has(words[0]!.toLowerCase())) out.push({ text, source: 'symbol', line: index });
  }
  return out;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const isGerund = (t: Tagged) => t.pos === 'VERB' && t.norm.endsWith('ing') && t.norm.length > 5;

/**
 * Tags a line as wink-nlp reads it, but with a capitalised first word lowered when it is a duty verb or a word that
 * says nothing: a list item's "Own the close" or "Plan labour" is a verb, not a name, while "Power BI" stays a name.
 * The text keeps its length, so offsets still hold.
 */
function tagLine(line: string, names: ReadonlySet<string>): Tagged[] {
  const first = /^[A-Za-z]+/.exec(line)?.[0].toLowerCase() ?? '';
  // A first word never written with a capital inside a line ("Confident with Zendesk", "Sound knowledge of") is an
  // ordinary word; one written so elsewhere ("Excel", "Jira") stays a name.
  // A line in title case ("Customer Support Specialist (Tier 2)") is a name from its first word.
  const titleCase = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]*){1,5}(?:\s*\(.*\))?$/u.test(line);
  const ordinary = !titleCase && (DUTY_VERBS.has(first) || EMPTY_WORDS.has(first) || !names.has(first));
  const lowered = ordinary && /^[A-Z][a-z]/.test(line) ? line[0]!.toLowerCase() + line.slice(1) : line;
  const tokens = tag(lowered).map((t) => (t.start === 0 ? { ...t, norm: line.slice(t.start, t.end).toLowerCase() } : t));
  return ordinary ? imperative(lowered, tokens) : tokens;
}

/** What is put before a line to ask the tagger whether its first word is a verb ("Coach designers", "Cost dishes"). */
const PROBE = 'you will ';

/**
 * A list item's first word the tagger took for a noun but that reads as a verb after "you will", before a
 * determiner, an adjective or a plural noun ("Coach designers", "Cost dishes", "Recruit participants"), is the item's
 * verb. Before a singular noun it stays a noun ("Stock rotation", "Budget management").
 */
function imperative(line: string, tokens: Tagged[]): Tagged[] {
  const [first, next] = tokens;
  if (!first || !next || first.pos === 'VERB' || !['NOUN', 'ADJ', 'PROPN'].includes(first.pos)) return tokens;
  const probed = tag(PROBE + line).slice(2);
  if (probed[0]?.pos !== 'VERB') return tokens;
  const opensObject = ['DET', 'PRON', 'ADJ', 'NUM'].includes(next.pos) || (next.pos === 'NOUN' && /[^s]s$/.test(next.norm));
  return opensObject ? [{ ...first, pos: 'VERB' }, ...tokens.slice(1)] : tokens;
}

/** Tokens joined without a space by a hyphen, slash, ampersand or full stop ("month-end", "end-of-day") as one word. */
function glue(line: string, tokens: Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  const capital = (t: Tagged | undefined) => !!t && /\p{Lu}/u.test(line[t.start] ?? '');
  tokens.forEach((t, i) => {
    const prev = out[out.length - 1];
    // A name's possessive before another capitalised word is part of the name ("Natasha's Law", "Lenders' Handbook").
    if (prev && prev.end === t.start && /^['’]s?$/.test(t.norm) && capital(prev) && capital(tokens[i + 1])) {
      out[out.length - 1] = { ...prev, end: t.end, norm: line.slice(prev.start, t.end).toLowerCase(), pos: 'PROPN' };
      return;
    }
    // "Node.js", "Booking.com": a full stop glues only when a letter follows it at once (not a sentence's end).
    const dot =
      t.norm === '.' ? /^[a-z]/i.test(line.slice(t.end, t.end + 1)) : prev?.norm.endsWith('.') && /^[a-z]/i.test(t.norm);
    const joins = prev && prev.end === t.start && (/^[-/&]$/.test(t.norm) || /[-/&]$/.test(prev.norm) || dot);
    if (joins && prev) {
      const pos = prev.pos === 'PROPN' || t.pos === 'PROPN' ? 'PROPN' : 'NOUN';
      out[out.length - 1] = { ...prev, end: t.end, norm: line.slice(prev.start, t.end).toLowerCase(), pos };
    } else out.push({ ...t });
  });
  // A word glued by a trailing hyphen that nothing followed ("self-") stays as it was.
  return out;
}

// The verbs job ads start their duties with; the tagger often takes a capitalised or bare one for a noun.
export const DUTY_VERBS: ReadonlySet<string> = new Set(
  (
    'act add administer analyse analyze apply assess automate build carry check collaborate complete contribute create ' +
    'deliver design develop document drive ensure evaluate follow forecast give hand handle help hold identify implement ' +
    'improve integrate investigate lead maintain manage mark meet mentor model monitor negotiate oversee own plan prepare ' +
    'present provide qualify recognise recognize record release resolve respond review run schedule set support take ' +
    'track train tune use work write advise assist attend brief conduct coordinate comply draft inspect install keep ' +
    'liaise perform produce promote raise repair submit supervise update visit open send answer chase verify'
  ).split(' '),
);

/**
 * Whether a line's first word is a duty's verb in its -ing form ("Tracking CSAT", "Handling complaints") rather than a
 * noun ("Training needs analysis"): tagged a verb, or an -ing word not followed by a noun.
 */
function opensWithVerb(t: Tagged, next: Tagged | undefined): boolean {
  if (!next || !/\p{L}/u.test(next.norm)) return false;
  return isGerund(t) || (t.norm.endsWith('ing') && t.norm.length > 5 && t.pos === 'NOUN' && next.pos !== 'NOUN');
}

/** Drops words that say nothing, determiners and verbs off both ends of a run of tokens. */
function trimRun(run: Tagged[], line: string): Tagged[] {
  let s = 0;
  let e = run.length;
  const weak = (t: Tagged) =>
    EMPTY_WORDS.has(t.norm) ||
    !/\p{L}|\d/u.test(t.norm) ||
    ['DET', 'ADP', 'CCONJ', 'PRON', 'AUX', 'PART', 'SCONJ'].includes(t.pos);
  const verb = (t: Tagged) => (t.pos === 'VERB' && !isGerund(t)) || DUTY_VERBS.has(t.norm);
  // A letter stuck to a number ("100k", "3–4x") is a unit, not a word.
  const unit = (t: Tagged) => t.norm.length === 1;
  // A gerund before more words ("handling complaints") is the item's verb.
  const leadingGerund = (i: number) => isGerund(run[i]!) && i + 1 < e && CONTENT.has(run[i + 1]!.pos);
  // A name in capitals keeps the common nouns that open it ("Customer Support Specialist"), not an adjective ("Strong
  // SQL").
  const upper = (t: Tagged) => /\p{Lu}/u.test(line[t.start] ?? '');
  const capitalRun =
    run.length >= 2 &&
    upper(run[0]!) &&
    upper(run[1]!) &&
    run.every((t) => upper(t) || !/\p{L}/u.test(t.norm) || t.pos !== 'ADJ');
  const emptyOnly = (t: Tagged) => EMPTY_WORDS.has(t.norm) && (['NOUN', 'PROPN'].includes(t.pos) || (t.start > 0 && isGerund(t)));
  while (
    s < e &&
    !(capitalRun && emptyOnly(run[s]!) && s < e - 1) &&
    (weak(run[s]!) || run[s]!.pos === 'NUM' || verb(run[s]!) || unit(run[s]!) || leadingGerund(s))
  )
    s++;
  // The last word of a name written in capitals stays ("Immediate Life Support", "Customer Support").
  const capital = (t: Tagged | undefined) => !!t && t.start > 0 && /\p{Lu}/u.test(line[t.start] ?? '');
  const ofName = (i: number) => i - 1 >= s && capital(run[i]) && capital(run[i - 1]) && /\p{L}/u.test(run[i]!.norm);
  while (e > s && (weak(run[e - 1]!) || run[e - 1]!.pos === 'ADJ') && !ofName(e - 1)) e--;
  return run.slice(s, e);
}

/**
 * Small words a name may hold between capitals: "Signs of Safety", "Manual for Streets". Not "at", which as often joins
 * a role to its employer ("Staff Nurse at Royal Free Hospital"); a law's title holds it (LAW_TITLE).
 */
const NAME_JOINERS = /^(of|in|for|&)$/;

/**
 * Noun phrases: runs of nouns, proper nouns, adjectives and numbers (a gerund may end one: "discharge planning",
 * "cold calling"), trimmed of words that say nothing, up to four words; proper-noun runs ("Power BI",
 * "Manhattan SCALE") are names.
 */
function phrases(line: string, tokens: readonly Tagged[], index: number): Candidate[] {
  const out: Candidate[] = [];
  // A word written with a capital inside a sentence is part of a name, whatever its part of speech ("the Working
  // Together framework", "Children in Need").
  const midCapital = (t: Tagged) =>
    t.start > 0 && /\p{Lu}/u.test(line[t.start]!) && !/(^|[.!?:]\s*)$/.test(line.slice(0, t.start).trimEnd());
  let run: Tagged[] = [];
  const flush = () => {
    const kept = trimRun(run, line);
    run = [];
    // A name in capitals may be longer ("Community Pharmacy Contractual Framework", "UK Finance Mortgage Lenders'
    // Handbook") than a phrase.
    const named = kept.every((t) => /\p{Lu}/u.test(line[t.start] ?? '') || NAME_JOINERS.test(t.norm));
    if (!kept.length || kept.length > (named ? 6 : 4)) return;
    const text = line.slice(kept[0]!.start, kept[kept.length - 1]!.end);
    // Each noun or gerund of a longer phrase counts a little on its own: "safeguarding" asked for in three phrases.
    if (kept.length > 1) {
      for (const t of kept) {
        if ((t.pos === 'NOUN' || isGerund(t)) && t.norm.length > 3 && !EMPTY_WORDS.has(t.norm)) {
          out.push({ text: line.slice(t.start, t.end), source: 'word', line: index });
        }
      }
    }
    // A word written with a capital inside a sentence is a name, whatever the tagger made of it ("in Figma").
    const capital = (t: Tagged) => t.start > 0 && /\p{Lu}/u.test(line[t.start]!) && !/[.!?:]\s*$/.test(line.slice(0, t.start));
    const name =
      kept.every((t) => t.pos === 'PROPN' || t.pos === 'NUM' || capital(t)) && kept.some((t) => t.pos === 'PROPN' || capital(t));
    out.push({ text, source: name ? 'name' : 'phrase', line: index });
    // A name inside a phrase is a term of its own: "Power BI" in "Power BI dashboards".
    if (!name) {
      const names = kept.filter((t) => t.pos === 'PROPN');
      const first = names[0];
      const last = names[names.length - 1];
      if (first && last && names.length > 1 && kept.indexOf(last) - kept.indexOf(first) === names.length - 1) {
        out.push({ text: line.slice(first.start, last.end), source: 'name', line: index });
      }
      // A tool named before what it holds ("Snowflake data warehouse"): the name counts on its own.
      const head = kept[0]!;
      if (
        kept.length > 1 &&
        (head.pos === 'PROPN' || midCapital(head)) &&
        kept.slice(1).every((t) => !/\p{Lu}/u.test(line[t.start]!))
      ) {
        out.push({ text: line.slice(head.start, head.end), source: 'name', line: index });
      }
    }
    // A long run also offers its head ("advanced Excel pivot tables" -> "pivot tables").
    if (kept.length > 2) {
      const tail = trimRun(kept.slice(-2), line);
      if (tail.length === 2) out.push({ text: line.slice(tail[0]!.start, tail[1]!.end), source: 'phrase', line: index });
    }
  };
  tokens.forEach((t, i) => {
    // "Signs of Safety", "Manual for Streets", "Teacher of Mathematics": a name may hold a small word between capitals.
    const next = tokens[i + 1];
    const lastOfRun = run[run.length - 1];
    const between =
      NAME_JOINERS.test(t.norm) &&
      !!lastOfRun &&
      (lastOfRun.pos === 'PROPN' || midCapital(lastOfRun)) &&
      !!next &&
      (next.pos === 'PROPN' || midCapital(next)) &&
      /^\p{Lu}\p{Ll}/u.test(line.slice(next.start, next.end));
    // A list item that opens with a gerund ("Tracking CSAT", "Handling complaints") opens with its verb: the gerund
    // counts as a word of its own, the phrase starts after it.
    if (i === 0 && opensWithVerb(t, next)) {
      if (!EMPTY_WORDS.has(t.norm)) out.push({ text: line.slice(t.start, t.end), source: 'word', line: index });
      return;
    }
    // A gerund after a plural noun is a verb of its own ("keep tickets moving"): compounds take a singular
    // ("discharge planning").
    const afterPlural = /[^s]s$/.test(run[run.length - 1]?.norm ?? '') && run[run.length - 1]?.pos === 'NOUN';
    const inRun =
      (CONTENT.has(t.pos) ||
        (midCapital(t) && t.pos !== 'PRON' && t.pos !== 'DET') ||
        (isGerund(t) && run.length > 0 && !afterPlural) ||
        (t.pos === 'VERB' && /-/.test(t.norm)) ||
        between) &&
      !/^[–—/|:]$/.test(t.norm);
    if (inRun) run.push(t);
    else {
      flush();
      // A gerund alone ("upselling", "cold calling") is a skill; one before a noun phrase ("spotting fraud patterns",
      // "handling guest data") is a verb, and counts only as a word of its own.
      if (isGerund(t) && next && CONTENT.has(next.pos)) {
        if (!EMPTY_WORDS.has(t.norm)) out.push({ text: line.slice(t.start, t.end), source: 'word', line: index });
      } else if (isGerund(t)) run.push(t);
    }
  });
  flush();
  return [...out, ...joinedPhrases(line, tokens, index)];
}

/**
 * Terms joined by "of" ("contracts of employment", "theory of change", "bills of quantities"): up to two nouns each
 * side of it, trimmed like any phrase ("knowledge of UK employment law" is "UK employment law", which it already is).
 * ("And" is left alone: "health and safety" reads like the last link of a list, "MHE and PPE", too often.)
 */
function joinedPhrases(line: string, tokens: readonly Tagged[], index: number): Candidate[] {
  const out: Candidate[] = [];
  const noun = (t: Tagged | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
  tokens.forEach((t, i) => {
    if (t.norm !== 'of') return;
    // Plain nouns each side ("contracts of employment"); not a title ("Teacher of Mathematics", a name already).
    if (tokens[i - 1]?.pos !== 'NOUN' || tokens[i + 1]?.pos !== 'NOUN') return;
    let a = i;
    while (a > 0 && a > i - 2 && noun(tokens[a - 1])) a--;
    let b = i + 1;
    while (b < tokens.length && b < i + 3 && noun(tokens[b])) b++;
    if (a === i || b === i + 1) return;
    const kept = trimRun(tokens.slice(a, b), line);
    if (kept.length < 3 || !kept.includes(t) || kept.length > 4) return;
    out.push({ text: line.slice(kept[0]!.start, kept[kept.length - 1]!.end), source: 'phrase', line: index });
  });
  return out;
}

/** A word that may stand in a term: a noun, name, adjective, number, an -ing form or a hyphenated word. */
const isContent = (t: Tagged) => CONTENT.has(t.pos) || isGerund(t) || /-/.test(t.norm);

/** Words and marks that separate the items of a list ("X, Y and Z", "tools such as X or Y"). */
const ITEM_BREAK = new Set(
  ', ; ( ) : | – — such as including e.g. e.g like and or with for in of to from using on at by into across via'.split(' '),
);

/**
 * The items of a list line (split at commas, semicolons, brackets and small words) that are short enough to be a
 * term, from the line's tokens as tagged once. An item among three or more on one line ("brochures, leaflets,
 * posters and packaging") is listed: the ad enumerates what it asks for.
 */
function listItems(line: string, tokens: readonly Tagged[], index: number): Candidate[] {
  const items: { tokens: Tagged[]; before: string; after: string }[] = [{ tokens: [], before: '', after: '' }];
  for (const t of tokens) {
    const spaced = /^[/–—-]$/.test(t.norm) && line[t.start - 1] === ' ' && line[t.end] === ' ';
    if (ITEM_BREAK.has(t.norm) || spaced) {
      items[items.length - 1]!.after = t.norm;
      items.push({ tokens: [], before: t.norm, after: '' });
    } else items[items.length - 1]!.tokens.push(t);
  }
  const out: Candidate[] = [];
  const listed: Candidate[] = [];
  items.forEach((item, i) => {
    // A list item that opens the line with a gerund opens with its verb ("Troubleshooting API and webhook issues").
    const first = i === 0 && item.tokens[0] ? item.tokens[0] : null;
    const tokens = first && opensWithVerb(first, item.tokens[1]) ? item.tokens.slice(1) : item.tokens;
    // The item is the noun phrase that ends it: "Develop brand identities" lists "brand identities", "a portfolio that
    // shows strong typography" lists "typography".
    let from = tokens.length;
    while (from > 0 && isContent(tokens[from - 1]!)) from--;
    let kept = trimRun(tokens.slice(from), line);
    // An item that ends in a clause ("journey maps that teams actually use") lists the noun phrase that opens it.
    if (kept.length === 0) {
      let to = 0;
      while (to < tokens.length && isContent(tokens[to]!)) to++;
      kept = trimRun(tokens.slice(0, to), line);
    }
    if (kept.length < 1 || kept.length > 4) return;
    const c: Candidate = { text: line.slice(kept[0]!.start, kept[kept.length - 1]!.end), source: 'item', line: index };
    out.push(c);
    if ([item.before, item.after].some((b) => /^(,|;|and|or)$/.test(b))) listed.push(c);
  });
  // Three or more items in a comma-separated run ("brochures, leaflets, posters and packaging"): the ad enumerates
  // what it asks for.
  const commas = items.filter((it) => it.after === ',' || it.after === ';').length;
  if (commas >= 1 && listed.length >= 3) for (const c of listed) c.source = 'listed';
  return out;
}

/**
 * A word the tagger took for a verb but that stands before a noun after "the", "of", "and" or a comma ("carry out
 * wound care", "the budget, grant compliance") is a noun modifier; the verbs duties open with are left alone.
 */
function nounsTakenForVerbs(tokens: Tagged[]): Tagged[] {
  // In a line that opens with its verb, a verb after "and" or a comma is the next duty's ("design surveys, read
  // product analytics", "and turn findings into insights").
  const verbAfterList = tokens.filter(
    (t, i) => t.pos === 'VERB' && !isGerund(t) && (tokens[i - 1]?.norm === ',' || tokens[i - 1]?.pos === 'CCONJ'),
  ).length;
  const opensWithItsVerb = tokens[0]?.pos === 'VERB' || DUTY_VERBS.has(tokens[0]?.norm ?? '') || verbAfterList >= 2;
  return tokens.map((t, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (t.pos !== 'VERB' || isGerund(t) || DUTY_VERBS.has(t.norm) || !before || after?.pos !== 'NOUN') return t;
    const listed = before.pos === 'CCONJ' || before.norm === ',';
    const opens = ['DET', 'ADP'].includes(before.pos) || (listed && !opensWithItsVerb);
    return opens ? { ...t, pos: 'NOUN' } : t;
  });
}

/** Lower-case words written with a capital inside some line (not as its first word): names, as the text writes them. */
function capitalisedWords(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(/(?<=[^\s.!?:]\s+|[(/])(\p{Lu}[\p{L}\d]*)/gu)) names.add(m[1]!.toLowerCase());
  }
  return names;
}

/** A line written all in capitals ("KEY RESPONSIBILITIES", "PURPOSE OF THE ROLE"), two words or more. */
const shouted = (line: string) => !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu) ?? []).length >= 2;

/** Words in capitals on lines that are not all capitals ("GMP", "HPLC"): acronyms, as the text writes them. */
function acronymsInProse(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) if (!shouted(line)) for (const m of line.matchAll(/\b\p{Lu}{2,}\d*\b/gu)) out.add(m[0]);
  return out;
}

/**
 * A line in capitals is a heading or a letterhead, not a run of names: its words are read in lower case, bar the
 * acronyms the text uses elsewhere. The length stays, so offsets hold.
 */
function lowerShouted(line: string, acronyms: ReadonlySet<string>): string {
  if (!shouted(line)) return line;
  return line.replace(/[\p{L}\d]+/gu, (w) => (acronyms.has(w) ? w : w.toLowerCase()));
}

/** Every candidate term of the cleaned job text, line by line; each line is tagged once. */
export function findCandidates(lines: readonly string[]): Candidate[] {
  const names = capitalisedWords(lines);
  const acronyms = acronymsInProse(lines);
  return lines.flatMap((raw, i) => {
    if (!raw) return [];
    const line = lowerShouted(raw, acronyms);
    const tokens = nounsTakenForVerbs(glue(line, tagLine(line, names)));
    return [...symbolTerms(line, i, names), ...phrases(line, tokens, i), ...listItems(line, tokens, i)];
  });
}
