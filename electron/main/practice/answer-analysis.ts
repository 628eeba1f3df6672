// @ts-expect-error wink-porter2-stemmer ships no typings: it is one function from a lower-case word to its stem.
import winkPorter2 from 'wink-porter2-stemmer';
import type { AnswerAnalysis, SessionKeyPoint } from '../../shared/practice-schemas';

/** Filler words and phrases the feedback counts (from the practice issue). */
export const FILLERS = ['um', 'uh', 'like', 'you know', 'basically', 'sort of'] as const;

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can did do does for from had has have how i if in into is it its just me my ' +
    'not of on or our so than that the their them then there these they this to was we were what when which who ' +
    'why will with you your about also more most very really'
  ).split(' '),
);

/** Lower-case words, letters and digits only, apostrophes folded ("don't" -> "dont"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const porter2 = winkPorter2 as (word: string) => string;

/**
 * Porter2 (the maintained Snowball English stemmer, via wink-porter2-stemmer): "tested"/"testing"/"tests" meet.
 * Porter2 keeps the s of "gas" and "yes"; an acronym's plural ("kpis") has no vowel before its "is", so it is folded.
 */
export function stem(word: string): string {
  const stemmed = porter2(word);
  if (stemmed === word && word.length >= 4 && /^[^aeiouy]+is$/.test(word) && !STOPWORDS.has(word)) return word.slice(0, -1);
  return stemmed;
}

/** The content stems of a text: stopwords dropped, each word stemmed. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

/** How much of a key point's content must appear in the answer to count it as covered. */
export const COVERAGE_THRESHOLD = 0.6;

/** A text's content stems, split by whether the text says them or denies them ("I did not lead the migration"). */
export interface PolarStems {
  said: ReadonlySet<string>;
  denied: ReadonlySet<string>;
}

// Where a clause ends: what one clause denies, the next may say ("I did not lead it, but I ran the migration").
const CLAUSE_BREAK = /[.!?;:,()\n–—]+|\s(?:but|and|although|though|whereas|while|however|yet|so|because|instead)\s/i;
// A negated verb denies its whole clause, subject included: "the migration was not mine", "I did not lead anything".
const DENIES_CLAUSE =
  /^(?:isnt|arent|wasnt|werent|dont|doesnt|didnt|havent|hasnt|hadnt|cant|cannot|couldnt|wont|wouldnt|shouldnt|aint)$/;
const AUXILIARY = /^(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|am|be|been)$/;
// "no", "never", "without" deny what follows them in the clause: "with no downtime", "never missed a deadline".
const DENIES_AFTER = /^(?:no|not|never|without|nothing|nobody|none|neither|nor|nowhere)$/;
// "not only", "not just": an addition, not a denial.
const NOT_A_DENIAL_AFTER = /^(?:only|just|merely|simply|least|bad|too)$/;

/**
 * The stems a text says and the ones it denies, by a negation-scope rule per clause: a negated verb ("did not",
 * "wasn't") denies the whole clause; "no", "never", "not", "without" deny the rest of the clause after them.
 * A stem said anywhere counts as said. Pure and predictable, so the tick can be explained.
 */
export function polarStems(text: string): PolarStems {
  const said = new Set<string>();
  const denied = new Set<string>();
  for (const clause of text.split(CLAUSE_BREAK)) {
    const list = words(clause ?? '');
    const cue = (i: number) => {
      const w = list[i];
      if (NOT_A_DENIAL_AFTER.test(list[i + 1] ?? '') && (w === 'not' || DENIES_CLAUSE.test(w))) return null;
      if (DENIES_CLAUSE.test(w) || ((w === 'not' || w === 'never') && AUXILIARY.test(list[i - 1] ?? ''))) return 'clause';
      return DENIES_AFTER.test(w) ? 'after' : null;
    };
    let whole = false;
    let from = list.length;
    for (let i = 0; i < list.length; i++) {
      const kind = cue(i);
      if (kind === 'clause') whole = true;
      if (kind && i < from) from = i;
    }
    list.forEach((w, i) => {
      if (STOPWORDS.has(w) || DENIES_AFTER.test(w)) return;
      (whole || i > from ? denied : said).add(stem(w));
    });
  }
  for (const s of said) denied.delete(s);
  return { said, denied };
}

/**
 * True when the answer says enough of the key point's content words (normalised and stemmed) the way the point does:
 * a word the answer denies does not count for a point that states it ("I did not lead the migration" covers no
 * "Led the migration"), and a word the point itself denies ("no downtime") counts when the answer denies it too.
 */
export function coversPoint(a: PolarStems, point: string): boolean {
  const p = polarStems(point);
  const needed = [...p.said].map((s) => [s, a.said] as const).concat([...p.denied].map((s) => [s, a.denied] as const));
  if (!needed.length) return false;
  const found = needed.filter(([s, where]) => where.has(s)).length;
  return found / needed.length >= COVERAGE_THRESHOLD;
}

const LIKE_NOT_FILLER_AFTER = new Set('i we you they would dont didnt to really looks look feel felt seems just'.split(' '));
const LIKE_NOT_FILLER_BEFORE = new Set(['a', 'an', 'the', 'to', 'this', 'that']);

/**
 * The filler that starts at list[i], if any, and how many words it spans. "like" counts only where it is not a verb
 * or comparison ("I like", "would like", "like a"). Typed feedback and the spoken transcript share this rule.
 */
export function fillerAt(list: readonly string[], i: number): { word: string; length: number } | null {
  const w = list[i];
  const next = list[i + 1];
  const prev = list[i - 1];
  if (w === 'um' || w === 'umm' || w === 'uh' || w === 'uhh' || w === 'basically')
    return { word: w.replace(/(.)\1$/, '$1'), length: 1 };
  if (w === 'you' && next === 'know') return { word: 'you know', length: 2 };
  if (w === 'sort' && next === 'of') return { word: 'sort of', length: 2 };
  if (w === 'like' && !LIKE_NOT_FILLER_AFTER.has(prev ?? '') && !LIKE_NOT_FILLER_BEFORE.has(next ?? ''))
    return { word: 'like', length: 1 };
  return null;
}

/** Counts fillers in typed text (see fillerAt for what counts). */
export function countFillers(text: string): { word: string; count: number }[] {
  const list = words(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const found = fillerAt(list, i);
    if (found) counts.set(found.word, (counts.get(found.word) ?? 0) + 1);
  }
  return FILLERS.filter((f) => counts.has(f)).map((f) => ({ word: f, count: counts.get(f)! }));
}

/** Everything the feedback screen shows about one typed answer. */
export function analyzeAnswer(text: string, durationMs: number, points: SessionKeyPoint[]): AnswerAnalysis {
  const count = words(text).length;
  const stems = polarStems(text);
  const fillers = countFillers(text);
  return {
    wordCount: count,
    wordsPerMinute: durationMs >= 5000 && count > 0 ? Math.round((count / durationMs) * 60_000) : null,
    fillers,
    fillerCount: fillers.reduce((n, f) => n + f.count, 0),
    keyPoints: points.map((p) => ({ text: p.text, origin: p.origin, covered: coversPoint(stems, p.text) })),
  };
}
