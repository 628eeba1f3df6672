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

/** True when the answer mentions enough of the key point's content words (normalised and stemmed). */
export function coversPoint(answerStems: ReadonlySet<string>, point: string): boolean {
  const needed = [...new Set(contentStems(point))];
  if (!needed.length) return false;
  const found = needed.filter((s) => answerStems.has(s)).length;
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
  const stems = new Set(contentStems(text));
  const fillers = countFillers(text);
  return {
    wordCount: count,
    wordsPerMinute: durationMs >= 5000 && count > 0 ? Math.round((count / durationMs) * 60_000) : null,
    fillers,
    fillerCount: fillers.reduce((n, f) => n + f.count, 0),
    keyPoints: points.map((p) => ({ text: p.text, origin: p.origin, covered: coversPoint(stems, p.text) })),
  };
}
