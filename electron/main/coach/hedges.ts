import type { Span } from '../../shared/coach-schemas';
import { HEDGE_PHRASES, OPINION_HEDGES } from './hedge-lexicon';
import type { Tagged } from './nlp';
import { spanOf, type Word } from './segment';

/** The phrases grouped by their first word, longest first, so each word is tried against only its own few. */
const HEDGES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const p of HEDGE_PHRASES) HEDGES_BY_FIRST_WORD.set(p[0]!, [...(HEDGES_BY_FIRST_WORD.get(p[0]!) ?? []), p]);

/** A question that asks what the person thinks: "I think" in the answer is then the opinion asked for. */
export const ASKS_OPINION =
  /\b(what|how) (do|did|would) you (think|feel|believe|see)|\bdo you (think|believe|feel)\b|\byour (opinion|view|views|thoughts|take)\b|\bwhat would you say\b|\bin your (opinion|view)\b/i;
/** Words before "kind of" / "sort of" that make it a noun ("what kind of problem"), not a hedge. */
const NOUN_KIND_BEFORE = new Set([
  'what',
  'a',
  'the',
  'this',
  'that',
  'any',
  'every',
  'some',
  'which',
  'same',
  'one',
  'no',
  'these',
  'those',
  'all',
  'different',
  'other',
  'right',
  'kind',
]);
/** Words after "think" that make it the verb of deliberate thought ("I think about it"), not a hedge. */
const THINK_NOT_HEDGE_AFTER = new Set(['about', 'of', 'through', 'back', 'ahead', 'carefully', 'hard']);
/** Words after "just" that make it "exactly" or "only" ("just in time", "just two days"), not a minimiser. */
const JUST_NOT_HEDGE_AFTER = new Set(
  'in as before after then now about right when because like enough the this that under over one two three four five six seven eight nine ten'.split(
    ' ',
  ),
);

/** The part of speech of the token that starts at an offset, if any. */
function posAt(tokens: readonly Tagged[], start: number): string | null {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return tokens[mid]!.pos;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** True when the phrase found at words[i..] is, in its context, a hedge. */
function inContext(
  phrase: string,
  words: readonly Word[],
  i: number,
  n: number,
  tokens: readonly Tagged[],
  opinionAsked: boolean,
): boolean {
  const before = words[i - 1]?.norm ?? '';
  const after = words[i + n]?.norm ?? '';
  if (opinionAsked && OPINION_HEDGES.has(phrase)) return false;
  if (phrase === 'kind of' || phrase === 'sort of') return !NOUN_KIND_BEFORE.has(before);
  if (phrase === 'i think') return !THINK_NOT_HEDGE_AFTER.has(after);
  if (phrase === 'just') {
    if (!after || JUST_NOT_HEDGE_AFTER.has(after) || /^\d/.test(after) || before === 'not') return false;
    const pos = posAt(tokens, words[i + 1]!.start);
    return pos === 'VERB' || pos === 'AUX' || after === 'a' || after === 'an' || after === 'kind' || after === 'sort';
  }
  if (phrase === 'might') return before !== 'you' && before !== 'they';
  // "pretty good", "pretty sure": a softener only before a describing word, not "a pretty garden".
  if (phrase === 'pretty') {
    const pos = words[i + 1] ? posAt(tokens, words[i + 1]!.start) : null;
    return before !== 'a' && (pos === 'ADJ' || pos === 'ADV');
  }
  return true;
}

/** Every hedge in the answer as a span, judged in context; the question tells whether an opinion was asked for. */
export function findHedges(text: string, words: readonly Word[], tokens: readonly Tagged[], question: string): Span[] {
  const opinionAsked = ASKS_OPINION.test(question);
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const p of HEDGES_BY_FIRST_WORD.get(words[i]!.norm) ?? []) {
      if (!p.every((w, k) => words[i + k]?.norm === w)) continue;
      if (inContext(p.join(' '), words, i, p.length, tokens, opinionAsked))
        out.push(spanOf(text, words[i]!.start, words[i + p.length - 1]!.end));
      i += p.length - 1;
      break;
    }
  }
  return out;
}
