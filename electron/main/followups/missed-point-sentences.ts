// Turns a point the person did not get across into a sentence of a letter, so a draft reads like a person wrote it
// ("I should have mentioned my IFRS 16 experience.") rather than quoting a note ("...: IFRS 16 experience.").
import { extractPoint, pointKey } from '../journal/journal-domain';

// A point that is a clause of its own ("I speak German") needs "that" after "mentioned".
const CLAUSE = /^(?:I|we|they|it|there|he|she)(?:'m|'ve|'d|'ll|'re|'s)?\s+\S/i;
// A point that starts with what the person did ("led the migration", "listened first") is about them: "that I ...".
const PAST_VERBS = new Set(
  'led built ran won grew wrote made took brought cut saved spoke taught drove began chose sold kept set found gave held met'.split(
    ' ',
  ),
);
const AFTER_VERB =
  /^(?:the|a|an|my|our|their|his|her|its|two|three|four|five|several|\d+|first|up|out|with|on|in|to|it|them|across|over|under|through|carefully|closely|early)\b/i;
const LOWER_FIRST = new Set(
  'my our the a an how why what when where whether which that this those these some any having being about all one two'.split(
    ' ',
  ),
);

function isPastVerb(word: string, next: string): boolean {
  const w = word.toLowerCase();
  if (PAST_VERBS.has(w)) return true;
  return /^[a-z]{3,}ed$/.test(w) && AFTER_VERB.test(next);
}

/** The point as it reads inside a sentence: its own "forgot to mention" taken off, end punctuation dropped, "that" added where needed. */
export function pointAsObject(point: string): string {
  const said = point.trim().replace(/[\s.;:,!?]+$/, '');
  const p = extractPoint(said) ?? said;
  const [first = '', ...rest] = p.split(/\s+/);
  const tail = rest.join(' ');
  if (/^that$/i.test(first)) return `that ${tail}`;
  if (CLAUSE.test(p)) return `that ${p}`;
  if (isPastVerb(first, tail)) return `that I ${first.toLowerCase()}${tail ? ` ${tail}` : ''}`;
  if (LOWER_FIRST.has(first.toLowerCase()) && first !== 'I') return `${first.toLowerCase()}${tail ? ` ${tail}` : ''}`;
  return p;
}

/**
 * A whole sentence for the first or second point a draft offers: "I should have mentioned ..." then "I also
 * meant to mention ...". Empty for an empty point, so the template leaves its section out.
 */
export function missedPointSentence(point: string | undefined, position: 0 | 1): string {
  if (!point?.trim()) return '';
  const object = pointAsObject(point);
  return position === 0 ? `I should have mentioned ${object}.` : `I also meant to mention ${object}.`;
}

/**
 * Every point a request carries, none dropped: one or two as sentences ("I should have mentioned ... I also meant to
 * mention ..."), three or more as a list after "I should have mentioned:", so each concrete claim stays whole. A point
 * with a story cited for it (by point key) is followed by the story's sentence.
 */
export function missedPointsText(points: string[], stories: ReadonlyMap<string, string> = new Map()): string {
  const kept = points.filter((p) => p.trim());
  const story = (p: string) => {
    const sentence = stories.get(pointKey(p));
    return sentence ? ` ${sentence}` : '';
  };
  if (kept.length <= 2) return kept.map((p, i) => `${missedPointSentence(p, i === 0 ? 0 : 1)}${story(p)}`).join(' ');
  return ['I should have mentioned:', '', ...kept.map((p) => `- ${pointAsObject(p)}${story(p) ? `.${story(p)}` : ''}`)].join(
    '\n',
  );
}

/** The points whose words the text no longer holds (case, punctuation and line breaks aside), in their order. */
export function pointsNotInText(points: string[], text: string): string[] {
  const held = ` ${pointKey(text)} `;
  return points.filter((p) => {
    const words = pointKey(pointAsObject(p).replace(/^that\s+/i, ''));
    return words !== '' && !held.includes(` ${words} `);
  });
}
