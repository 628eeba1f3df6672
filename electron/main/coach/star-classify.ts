import { STAR_PARTS, type CoachReading, type Span, type StarPart, type StarParts } from '../../shared/coach-schemas';
import { hasQuantity } from './numbers';
import { isPastVerb, type Tagged } from './nlp';
import { ACTION_CUES, RESULT_CUES, SITUATION_CUES, TASK_CUES, cueText } from './star-cues';

/** A unit needs at least this score for a part to be given that part. */
const MIN_SCORE = 1;
/** A story is told in the past: fewer past-tense verbs than this in the whole answer is not a story. */
const MIN_PAST_VERBS = 2;
const FIRST_PERSON = new Set(['i', 'we']);
/** Hedges and fillers that may stand between "I" and the verb ("I kind of raised it"). */
const SKIPPABLE = new Set(['kind', 'sort', 'of', 'just', 'um', 'uh', 'like', 'then', 'also', 'quickly', 'really', 'actually']);
/** Task cues name a goal, not what happened, so a result cue in the same unit ("by the end of the week") is discounted. */
const TASK_WEIGHT = 2;

/** How many of the cues match. */
function hits(cues: readonly RegExp[], lower: string): number {
  return cues.reduce((n, re) => n + (re.test(lower) ? 1 : 0), 0);
}

/** True when "I" or "we" is followed closely by a past-tense action verb ("I quickly set up", "we trained"). */
function firstPersonActs(tokens: readonly Tagged[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_PERSON.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' && isPastVerb(t)) return true;
      if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && !SKIPPABLE.has(t.norm)) break;
    }
  }
  return false;
}

/** Each part's score for one unit: its cues, its place in the answer, and whether the person acts in it. */
export function scoreUnit(unit: Span, tokens: readonly Tagged[], rel: number): Record<StarPart, number> {
  const lower = cueText(unit.text);
  const acts = firstPersonActs(tokens);
  const task = hits(TASK_CUES, lower);
  // What happened to others (no "I" or "we", a past verb) is the scene early in a story and its outcome late.
  const others = !tokens.some((t) => FIRST_PERSON.has(t.norm)) && tokens.some(isPastVerb);
  const quantity = hasQuantity(tokens, unit.text);
  const outcome = hits(RESULT_CUES, lower);
  return {
    situation:
      1.2 * hits(SITUATION_CUES, lower) +
      (rel < 0.34 ? 0.5 : 0) +
      (rel === 0 ? 0.4 : 0) +
      (others && rel < 0.4 ? 0.5 : 0) -
      (acts ? 0.6 : 0),
    task: TASK_WEIGHT * task,
    action: hits(ACTION_CUES, lower) + (acts ? 1.3 : 0) + (rel > 0.15 && rel < 0.9 ? 0.3 : 0) - (task ? 0.5 : 0),
    result:
      1.3 * outcome +
      (rel > 0.6 ? 0.4 : 0) +
      (others && rel > 0.5 ? 0.6 : 0) +
      // A change with a figure ("we saved 30,000 dollars") is a result wherever it comes.
      (quantity && (rel > 0.5 || outcome > 0) ? 0.5 : 0) -
      (task ? 1 : 0),
  };
}

/** Which units tell which part, and whether the parts come in an order a listener can follow. */
export function classifyStar(units: readonly Span[], tokens: readonly Tagged[]): Pick<CoachReading, 'parts' | 'order'> {
  const parts: StarParts = { situation: [], task: [], action: [], result: [] };
  const pastVerbs = tokens.filter(isPastVerb).length;
  if (pastVerbs < MIN_PAST_VERBS) return { parts, order: 'none' };
  let t = 0;
  units.forEach((unit, k) => {
    const own: Tagged[] = [];
    while (t < tokens.length && tokens[t]!.start < unit.end) {
      if (tokens[t]!.start >= unit.start) own.push(tokens[t]!);
      t++;
    }
    if (own.filter((x) => /\p{L}/u.test(x.norm)).length < 3) return;
    const rel = units.length > 1 ? k / (units.length - 1) : 0.5;
    const scores = scoreUnit(unit, own, rel);
    let best: StarPart | null = null;
    for (const p of STAR_PARTS) if (scores[p] >= MIN_SCORE && (!best || scores[p] > scores[best])) best = p;
    if (best) parts[best].push(unit);
  });
  return { parts, order: partOrder(parts) };
}

/** "in-order" when each part found first appears after the parts before it in S, T, A, R; "none" when none. */
export function partOrder(parts: StarParts): CoachReading['order'] {
  const firsts = STAR_PARTS.map((p) => parts[p][0]?.start).filter((s): s is number => s !== undefined);
  if (!firsts.length) return 'none';
  return firsts.every((s, i) => i === 0 || s >= firsts[i - 1]!) ? 'in-order' : 'out-of-order';
}
