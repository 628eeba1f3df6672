import { isEmptyPhrase } from './empty-words';
import { zipf } from './word-frequency';

/** Headings after which a job text lists what it asks for of the person. */
const ASKS =
  /\b(requirements?|essential|desirable|skills|qualifications?|about you|you will have|you'll have|you'll need|you will need|what you need|what you'll bring|you must have|must have|person specification|looking for|we need|who you are|your profile|experience)\b/i;
/** Headings after which a job text lists what it would like but does not need. */
const NICE = /\b(desirable|nice to have|good to have|bonus points|preferred|would be (an? )?(plus|advantage|bonus))\b/i;
/** Headings after which a job text lists the duties. */
const DUTIES =
  /\b(responsibilities|duties|what you'?ll do|what you will (be )?do|your work|the role|the job|role|day to day|in this role|key tasks|job purpose|you will)\b/i;
/** Headings (or a line's first words) about the employer, the pay and the perks, which name no skill. */
const ASIDE =
  /^(about us|who we are|how to apply|apply now|application process|about the (company|business|firm|organi[sz]ation)|our company|why join|what we offer|we offer|benefits|perks|salary|package|rewards?|we pay|the package|ote)\b/i;
/**
 * A sentence about applying, not the job ("To apply, send your CV…", "contact Helen Marsh on 01452…", "Interviews will
 * be held…"): the people, places and papers it names are no terms.
 */
const APPLYING =
  /^(?:to apply|how to apply)(?:[,:]|\s+(?:send|please|visit|email|complete|click|go|fill|use)\b)|\b(?:apply (?:now|online|through|via|by\s+\d+|before)|closing date|interviews? will (?:be held|take place)|informal (?:visit|chat|discussion|conversation)s?|(?:send|email|e-mail|submit|upload|attach)\b.{0,40}\b(?:cv|covering letter|cover letter|supporting statement)|please (?:contact|call|email)|for more information|to find out more)\b|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w/i;
/** A header field of a job sheet ("Location: Norwich", "Reports to: Area Manager"), not a term. */
const FIELD =
  /^(location|based|hours|working hours|reports? to|responsible to|salary|pay|grade|band|contract|closing date|start date|department|job title|post|ref(erence)?|team|company|employer|organi[sz]ation)\s*:/i;
/** The field of a job sheet that names the job. */
const TITLE_FIELD = /^(job title|post title|role title|position|post|role)\s*:\s*\S/i;
/** Small words of a name that say nothing of whose it is ("The Harbour House", "Hope and Harvest"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'for', 'at', 'in', 'on', 'a', 'an', '&']);

/** Words that end an employer's name. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  'ltd limited plc llp inc corp group consultants consultancy solicitors trust academy hospital university college council foundation agency partners holdings'.split(
    ' ',
  ),
);

/** What part of the ad a line belongs to. */
export type LinePart = 'title' | 'header' | 'field' | 'asks' | 'nice' | 'duties' | 'aside' | 'employer' | 'other';

/** How a job text's lines weigh, and the words of its employer's name. */
export interface JobLayout {
  /** Per line: the part of the ad it is in (the section its heading opened, or what the line itself is). */
  part: LinePart[];
  /** The line of the job's title (the first that is not made of words that say nothing, "JOB DESCRIPTION"). */
  title: number;
  /** Per line: how much a term seen there counts (0 for the employer's header lines). */
  weight: number[];
  /** Lower-case words of the employer's name ("brightwater", "studio"), found in the lines under the title. */
  employer: Set<string>;
}

/** A line's words in lower case, without a possessive "'s" ("Riverside's" is "riverside"). */
function words(line: string): string[] {
  return line.split(/[\s,;:()]+/).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
}

/** A short line that names a part of the ad rather than saying something ("Key responsibilities", "About you:"). */
function isHeading(line: string): boolean {
  return line.length < 60 && line.split(/\s+/).length <= 7 && !/[.,;]$/.test(line);
}

/** A line that reads as a list item (no closing full stop, longer than a heading) rather than a sentence of prose. */
export function listLike(line: string): boolean {
  return line.length > 25 && !/[.!?]$/.test(line);
}

/** The header lines under a title: employer, place, hours ("Acme plc · Leeds (hybrid)"), up to three of them. */
function headerLines(lines: readonly string[], title: number): number[] {
  const out: number[] = [];
  for (let i = title + 1; i < Math.min(lines.length, title + 4); i++) {
    const line = lines[i]!;
    if (!line) continue;
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^[\p{Lu}(]/u.test(w)).length;
    const short = words.length <= 12 && !/[.!?]$/.test(line);
    // An employer's line has a separator ("Brightwater Studio | Leeds") or ends its name with "Ltd", "Trust"…
    const employerLike = /[·|–—,]|\s-\s/.test(line) || words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
    // …and opens with a name in capitals before its first separator ("Marlow & Pryce Chartered Accountants - Shrewsbury
    // town centre, with one day a week from home"), however the rest of the line runs.
    const name = line
      .split(/\s[·|–—-]\s|[·|,(]/)[0]!
      .trim()
      .split(/\s+/);
    const named = name.length <= 6 && name.every((w) => /^[\p{Lu}&\d]/u.test(w)) && !/[.!?]$/.test(line);
    const plain = !ASKS.test(line) && !DUTIES.test(line);
    if (FIELD.test(line) || (employerLike && plain && ((short && capitalised >= words.length * 0.5) || named))) {
      out.push(i);
    } else break;
  }
  return out;
}

/**
 * Reads a job text's layout: its title counts most, lines under a duties or requirements heading more, list items
 * more than prose, and what it says of the employer, the pay and the perks hardly at all.
 */
export function readLayout(lines: readonly string[], items: readonly boolean[]): JobLayout {
  // A job sheet's "Job title:" field names the job; the letterhead above it names the employer.
  const titled = lines.slice(0, 15).findIndex((l) => TITLE_FIELD.test(l));
  let title = titled >= 0 ? titled : lines.findIndex((l) => /\p{L}/u.test(l) && !isEmptyPhrase(l.split(/\s+/)));
  if (title < 0) title = 0;
  const letterhead = titled >= 0 ? lines.slice(0, titled).map((_, i) => i) : [];
  const header = [...letterhead, ...headerLines(lines, title)];
  const employer = new Set<string>();
  const named = header.find(
    (i) =>
      (!FIELD.test(lines[i]!) && !isEmptyPhrase(lines[i]!.split(/\s+/))) ||
      /^(company|employer|organi[sz]ation)/i.test(lines[i]!),
  );
  if (named !== undefined) {
    const name = lines[named]!.replace(FIELD, '')
      .split(/\s[·|–—-]\s|[·|,(]/)[0]!
      .trim();
    // Not "The" of "The Cordwainers' Hall", nor the job's own words when a second title line is taken for the
    // employer's ("Cabin Crew – Manchester Airport Base").
    const titleWords = new Set(words(lines[title]!));
    for (const w of name.split(/\s+/)) {
      const lower = w.toLowerCase().replace(/['’]s$/, '');
      const plain = !ORG_WORDS.has(lower) && !SMALL_WORDS.has(lower) && !isEmptyPhrase([lower]) && !titleWords.has(lower);
      if (/^\p{Lu}(\p{Ll}{2}|\p{Lu}{2})/u.test(w) && plain) employer.add(lower);
    }
    // The places the header names ("Bristol", "Padstow, Cornwall") are no terms either.
    for (const m of lines[named]!.matchAll(/(?<=[,|·–—-]\s*)\p{Lu}\p{Ll}{2,}(?=[\s,]|$)/gu)) {
      const place = m[0].toLowerCase();
      if (!SMALL_WORDS.has(place) && !titleWords.has(place)) employer.add(place);
    }
  }
  let section = 0.8;
  let kind: LinePart = 'other';
  const part: LinePart[] = [];
  const weight = lines.map((line, i) => {
    const [w, p] = lineWeight(line, i);
    part.push(p);
    return w;
  });
  function lineWeight(line: string, i: number): [number, LinePart] {
    if (i === title) return [1.5, 'title'];
    // The department a job sheet names is part of the job ("Department: Quality Control Laboratory").
    if (/^department\s*:/i.test(line)) return [1, 'field'];
    if (header.includes(i)) return [0, 'header'];
    if (FIELD.test(line)) return [0.3, 'field'];
    if (isHeading(line) && !items[i]) {
      // Only a heading that says what follows moves the section: a short list item ("Full UK driving licence") must not.
      if (ASIDE.test(line)) [section, kind] = [0.3, 'aside'];
      // "Essential and desirable criteria" heads both: what is asked for.
      else if (NICE.test(line) && !/\b(essential|requirements?|must)\b/i.test(line)) [section, kind] = [1, 'nice'];
      else if (ASKS.test(line)) [section, kind] = [1.25, 'asks'];
      else if (DUTIES.test(line)) [section, kind] = [1.15, 'duties'];
      else if (/:$/.test(line)) [section, kind] = [1, 'other'];
      return [section, kind];
    }
    if (ASIDE.test(line)) return [0.3, 'aside'];
    if (!items[i] && APPLYING.test(line)) return [0.2, 'aside'];
    // A sentence that names the employer ("Brightwater is a 30-person branding agency.") is about the employer.
    // Only by a word of its own: "Severnvale" or "Shrewsbury" names it; "health", "hall" or "NHS" may be the job's.
    const own = (w: string) => employer.has(w) && w.length > 3 && zipf(w) < 4;
    if (!items[i] && /[.!?]$/.test(line) && words(line).some(own)) return [0.4, 'employer'];
    return [section * (items[i] || listLike(line) ? 1.3 : 0.8), kind];
  }
  return { title, weight, part, employer };
}
