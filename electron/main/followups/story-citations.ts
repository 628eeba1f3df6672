// A story from the story bank backs a missed point in a second-chance request or a chance-to-impress proposal: one
// sentence in the person's own words, built from the story's result, its facts and numbers kept whole.
import type { StoryCitation } from '../../shared/followups-schemas';
import type { Story } from '../../shared/stories-schemas';
import { pointKey } from '../journal/journal-domain';

/** What the drafts read of the story bank: the stories domain's face, handed in by the composition root. */
export interface StoryBank {
  /** Every live story, whole, with its links. */
  list(): Story[];
  /** The story among `among` whose words best match a point, or null when none shares a word. */
  bestStoryFor(point: string, among: readonly Story[]): Story | null;
}

/** A missed point a draft adds, with the question it was missed on (null for the person's own list). */
export interface CitedPoint {
  text: string;
  questionId: number | null;
}

// A situation whose first sentence says where or when ("At Acme, during the audit") opens the sentence.
const LEAD = /^(?:at|in|on|while|during|when|after|before|as|for|with)\s/i;
// Words a result may start with that read in lower case after "and" ("... and we closed the books in 3 days").
const JOINABLE = new Set(
  'we the our my it they this that these those there a an by so as with within over under every each all both no half'.split(' '),
);
const MAX_LEAD_WORDS = 12;
const MAX_ACTION_WORDS = 25;

/** One line, no trailing stop or comma: the sentence adds its own punctuation. */
const clause = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,!]+$/, '');
const words = (text: string) => text.split(' ').filter(Boolean).length;
/** True when the text is one sentence (no full stop, question or exclamation mark followed by more words). */
const oneSentence = (text: string) => !/[.!?]\s+\S/.test(text);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// A lead that says what happened ("At Acme, the close took 8 days") is a sentence of its own, not an opening phrase.
const TELLS = /\b(?:was|were|is|are|had|has|have|took|did|made|went|came|needed|wanted|asked|got|became|began|lost)\b/i;

/**
 * "At Acme Logistics, during the ERP migration" from a situation that starts by saying where or when: the opening
 * phrases of its first sentence (up to the first comma, and any further ones that say where or when too); empty when
 * there is none, or when the phrase tells what happened.
 */
function leadOf(situation: string): string {
  const first = clause(situation.trim().split(/(?<=[.!?])\s+/)[0] ?? '');
  const [head = '', ...rest] = first.split(/,\s+/);
  const phrases = [head];
  for (const next of rest) {
    if (!LEAD.test(next)) break;
    phrases.push(next);
  }
  const lead = phrases.join(', ');
  return LEAD.test(lead) && !TELLS.test(lead) && words(lead) <= MAX_LEAD_WORDS ? upperFirst(lead) : '';
}

/** The action when it is one short sentence the person tells as "I ...": it then joins the result. */
function actionOf(action: string): string {
  const a = clause(action);
  return /^I\s/.test(a) && oneSentence(a) && words(a) <= MAX_ACTION_WORDS ? a : '';
}

/**
 * The result after "and", when it reads as the sentence's second half; null when it must stand as its own sentence.
 * Its capitalised first word is lower-cased only when it is a common word: one of a few, or one the story itself
 * writes in lower case elsewhere ("Order data ..." beside "get order data"). A name ("Northwind") is never lowered.
 */
function joined(result: string, story: string): string | null {
  if (!oneSentence(result)) return null;
  const first = result.split(' ')[0] ?? '';
  if (first === 'I' || /^[a-z0-9£$€%]/.test(first)) return result;
  if (!/^[A-Z][a-z]+$/.test(first)) return null;
  const lower = first.toLowerCase();
  const common = JOINABLE.has(lower) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(story);
  return common ? lower + result.slice(first.length) : null;
}

/**
 * The sentence a draft carries for a story: "At <situation>, I <action> and <result>." when the story's parts read so,
 * else the result in the person's words. The result is never shortened: every claim and number stays as written.
 * Null for a story with no result (a draft has nothing to cite).
 */
export function citationSentence(story: Pick<Story, 'situation' | 'action' | 'result'> & { task?: string }): string | null {
  const result = clause(story.result);
  if (!result) return null;
  const lead = leadOf(story.situation);
  const action = actionOf(story.action);
  const tail = joined(result, [story.situation, story.task ?? '', story.action, story.result].join(' '));
  const opening = [lead, action].filter(Boolean).join(', ');
  if (action && tail !== null) return `${opening} and ${tail}.`;
  if (action) return `${opening}. ${upperFirst(result)}.`;
  if (lead && tail !== null) return `${lead}, ${tail}.`;
  return `${upperFirst(result)}.`;
}

/**
 * The story each point cites, best first: a story linked to the point's question, else the one whose words match the
 * point best. A story backs one point of a draft at most; a point whose story was left out stays listed as left out.
 */
export function chooseCitations(
  points: readonly CitedPoint[],
  bank: StoryBank | undefined,
  leftOut: ReadonlySet<string>,
): StoryCitation[] {
  if (!bank || !points.length) return [];
  const citable = bank.list().filter((s) => s.result.trim());
  const used = new Set<number>();
  const out: StoryCitation[] = [];
  for (const point of points) {
    const free = citable.filter((s) => !used.has(s.id));
    const linked = point.questionId === null ? [] : free.filter((s) => s.links.some((l) => l.questionId === point.questionId));
    // Matched among the stories still free to cite: a draft with no result, or a story an earlier point took, must not
    // hide a complete one that matches too.
    const story = linked.length ? (bank.bestStoryFor(point.text, linked) ?? linked[0]) : bank.bestStoryFor(point.text, free);
    const sentence = story ? citationSentence(story) : null;
    if (!story || !sentence) continue;
    used.add(story.id);
    out.push({
      point: point.text,
      story: story.title.trim() || 'Untitled story',
      sentence,
      leftOut: leftOut.has(pointKey(point.text)),
    });
  }
  return out;
}

/** The points the person left a story out of, by their key (case and punctuation aside). */
export const leftOutPoints = (citations: readonly StoryCitation[]): Set<string> =>
  new Set(citations.filter((c) => c.leftOut).map((c) => pointKey(c.point)));

/** The sentence each point carries in the text: the citations not left out, by point key. */
export const citedSentences = (citations: readonly StoryCitation[]): Map<string, string> =>
  new Map(citations.filter((c) => !c.leftOut).map((c) => [pointKey(c.point), c.sentence]));

/** Whether a text still carries a sentence (spaces and line breaks aside). */
export function textHas(text: string, sentence: string): boolean {
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  return flat(text).includes(flat(sentence));
}

/** The text without one sentence (and the space before it); unchanged when the sentence is not there as written. */
export function withoutSentence(text: string, sentence: string): string {
  const at = text.indexOf(sentence);
  if (at < 0) return text;
  const before = text.slice(0, at).replace(/[ \t]+$/, '');
  const after = text.slice(at + sentence.length);
  return before.endsWith('\n') || !before ? `${before}${after.replace(/^[ \t]+/, '')}` : `${before}${after}`;
}
