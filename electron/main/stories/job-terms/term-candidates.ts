import { tag, type Tagged } from '../../coach/coach-domain';
import { EMPTY_WORDS } from './empty-words';

/** How a candidate was found, which says how likely it is to name something specific. */
export type CandidateSource = 'symbol' | 'name' | 'phrase' | 'item' | 'word';

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
];

/** Symbol terms that are ordinary words or abbreviations of the ad itself, not skills. */
const NOT_TERMS = new Set(['e.g', 'i.e', 'etc', 'a.m', 'p.m', 'n/a', 'and/or', 'UK', 'EU', 'US', 'USA', 'USD', 'GBP', 'OTE']);

/** The symbol and capital-letter terms of one line. */
function symbolTerms(line: string, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of SYMBOL_TERMS) {
    for (const m of line.matchAll(pattern)) {
      const text = m[0].replace(/[.]+$/, '');
      if (text.length < 2 || NOT_TERMS.has(text.split(' ')[0]!) || /^\d+([./]\d+)*$/.test(text)) continue;
      // A capitalised first word of a heading ("About", "What") is not a term: a symbol term has a capital past its
      // first letter, a digit or a symbol.
      if (!/[A-Z0-9+#/&.]/.test(text.slice(1))) continue;
      out.push({ text, source: 'symbol', line: index });
    }
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
function tagLine(line: string): Tagged[] {
  const first = /^[A-Za-z]+/.exec(line)?.[0].toLowerCase() ?? '';
  const ordinary = DUTY_VERBS.has(first) || EMPTY_WORDS.has(first) || ['key', 'comfortable', 'current'].includes(first);
  const lowered = ordinary && /^[A-Z][a-z]/.test(line) ? line[0]!.toLowerCase() + line.slice(1) : line;
  return tag(lowered).map((t) => (t.start === 0 ? { ...t, norm: line.slice(t.start, t.end).toLowerCase() } : t));
}

/** Tokens joined without a space by a hyphen, slash, ampersand or full stop ("month-end", "end-of-day") as one word. */
function glue(line: string, tokens: Tagged[]): Tagged[] {
  const out: Tagged[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    // "Node.js", "Booking.com": a full stop glues only when a letter follows it at once (not a sentence's end).
    const dot =
      t.norm === '.' ? /^[a-z]/i.test(line.slice(t.end, t.end + 1)) : prev?.norm.endsWith('.') && /^[a-z]/i.test(t.norm);
    const joins = prev && prev.end === t.start && (/^[-/&]$/.test(t.norm) || /[-/&]$/.test(prev.norm) || dot);
    if (joins && prev) {
      const pos = prev.pos === 'PROPN' || t.pos === 'PROPN' ? 'PROPN' : 'NOUN';
      out[out.length - 1] = { ...prev, end: t.end, norm: line.slice(prev.start, t.end).toLowerCase(), pos };
    } else out.push({ ...t });
  }
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
    'track train tune use work write'
  ).split(' '),
);

/** Drops words that say nothing, determiners and verbs off both ends of a run of tokens. */
function trimRun(run: Tagged[]): Tagged[] {
  let s = 0;
  let e = run.length;
  const weak = (t: Tagged) =>
    EMPTY_WORDS.has(t.norm) ||
    !/\p{L}|\d/u.test(t.norm) ||
    ['DET', 'ADP', 'CCONJ', 'PRON', 'AUX', 'PART', 'SCONJ'].includes(t.pos);
  const verb = (t: Tagged) => (t.pos === 'VERB' && !isGerund(t)) || DUTY_VERBS.has(t.norm);
  while (s < e && (weak(run[s]!) || run[s]!.pos === 'NUM' || verb(run[s]!))) s++;
  while (e > s && (weak(run[e - 1]!) || run[e - 1]!.pos === 'ADJ')) e--;
  return run.slice(s, e);
}

/**
 * Noun phrases: runs of nouns, proper nouns, adjectives and numbers (a gerund may end one: "discharge planning",
 * "cold calling"), trimmed of words that say nothing, up to four words; proper-noun runs ("Power BI",
 * "Manhattan SCALE") are names.
 */
function phrases(line: string, index: number): Candidate[] {
  const tokens = glue(line, tagLine(line));
  const out: Candidate[] = [];
  let run: Tagged[] = [];
  const flush = () => {
    const kept = trimRun(run);
    run = [];
    if (!kept.length || kept.length > 4) return;
    const text = line.slice(kept[0]!.start, kept[kept.length - 1]!.end);
    // Each noun or gerund of a longer phrase counts a little on its own: "safeguarding" asked for in three phrases.
    if (kept.length > 1) {
      for (const t of kept) {
        if ((t.pos === 'NOUN' || isGerund(t)) && t.norm.length > 3 && !EMPTY_WORDS.has(t.norm)) {
          out.push({ text: line.slice(t.start, t.end), source: 'word', line: index });
        }
      }
    }
    const name = kept.every((t) => t.pos === 'PROPN' || t.pos === 'NUM') && kept.some((t) => t.pos === 'PROPN');
    out.push({ text, source: name ? 'name' : 'phrase', line: index });
    // A name inside a phrase is a term of its own: "Power BI" in "Power BI dashboards".
    if (!name) {
      const names = kept.filter((t) => t.pos === 'PROPN');
      const first = names[0];
      const last = names[names.length - 1];
      if (first && last && names.length > 1 && kept.indexOf(last) - kept.indexOf(first) === names.length - 1) {
        out.push({ text: line.slice(first.start, last.end), source: 'name', line: index });
      }
    }
    // A long run also offers its head ("advanced Excel pivot tables" -> "pivot tables").
    if (kept.length > 2) {
      const tail = trimRun(kept.slice(-2));
      if (tail.length === 2) out.push({ text: line.slice(tail[0]!.start, tail[1]!.end), source: 'phrase', line: index });
    }
  };
  tokens.forEach((t, i) => {
    // "Signs of Safety", "Children in Need", "Teacher of Mathematics": a name may hold a small word between capitals.
    const next = tokens[i + 1];
    const between =
      /^(of|in)$/.test(t.norm) &&
      run[run.length - 1]?.pos === 'PROPN' &&
      next?.pos === 'PROPN' &&
      /^\p{Lu}\p{Ll}/u.test(line.slice(next.start, next.end));
    const inRun =
      (CONTENT.has(t.pos) || (isGerund(t) && run.length > 0) || (t.pos === 'VERB' && /-/.test(t.norm)) || between) &&
      !/^[–—/|:]$/.test(t.norm);
    if (inRun) run.push(t);
    else {
      flush();
      // A gerund that starts a run ("upselling", "proposal writing" has its noun first): it may head the next run.
      if (isGerund(t)) run.push(t);
    }
  });
  flush();
  return out;
}

/** The items of a list line (split at commas, semicolons and brackets) that are short enough to be a term. */
function listItems(line: string, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of line.split(/[,;():|]|\s[–—/]\s|\s(?:such as|including|e\.g\.|like|and|or|with|for|in|of|to|from|using)\s/)) {
    const item = raw.trim();
    const tokens = trimRun(glue(item, tagLine(item)));
    if (tokens.length < 1 || tokens.length > 4) continue;
    // A list item is a term when it is all content words ("wound care"), not a clause ("use the WMS").
    if (!tokens.every((t) => CONTENT.has(t.pos) || isGerund(t) || /-/.test(t.norm))) continue;
    out.push({ text: item.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end), source: 'item', line: index });
  }
  return out;
}

/** Every candidate term of the cleaned job text, line by line. */
export function findCandidates(lines: readonly string[]): Candidate[] {
  return lines.flatMap((line, i) => (line ? [...symbolTerms(line, i), ...phrases(line, i), ...listItems(line, i)] : []));
}
