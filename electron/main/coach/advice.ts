import type { Advice, CoachReading, Span } from '../../shared/coach-schemas';
import { ASKS_OPINION } from './hedges';
import { segmentWords, spanOf } from './segment';

/** At most this many remarks: more would bury the one that matters. */
export const MAX_ADVICE = 3;
/** A quote longer than this many words is cut to its last (or first) words, still the answer's own characters. */
const QUOTE_WORDS = 16;
/** A question that asks for one time something happened. */
const BEHAVIOURAL =
  /\b(tell me about|describe|give (me )?an example|a time|a situation|an occasion|when have you|walk me through)\b/i;
const WE_SUBJECT = new Set(['we', "we're", "we've", "we'd", "we'll"]);
const I_SUBJECT = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/** Hedges per 100 words from which they are worth a remark (and never fewer than this many in all). */
const HEDGE_RATE = 2;
const MIN_HEDGES = 3;

/** What the advice is built from: the reading so far, the answer's units and the question. */
export interface AdviceInput {
  text: string;
  question: string;
  reading: Omit<CoachReading, 'advice' | 'skipped'>;
  units: readonly Span[];
  wordCount: number;
}

/** A quote of at most QUOTE_WORDS words from a span: its end when `fromEnd` (where an answer stops), else its start. */
export function shortQuote(text: string, span: Span, fromEnd = false): Span {
  const words = segmentWords(span.text);
  if (words.length <= QUOTE_WORDS) return span;
  if (fromEnd) return spanOf(text, span.start + words[words.length - QUOTE_WORDS]!.start, span.end);
  return spanOf(text, span.start, span.start + words[QUOTE_WORDS - 1]!.end);
}

/** Strips a closing full stop so a quote reads well inside the remark. */
const q = (s: Span) => `'${s.text.replace(/[.!?,;:]+$/, '')}'`;

/** Every remark that applies, most useful first; the caller keeps the first three. */
function candidates({ text, question, reading, units, wordCount }: AdviceInput): Advice[] {
  const { parts, pronouns, hedges, length, order } = reading;
  const out: Advice[] = [];
  const first = units[0];
  const last = units[units.length - 1];
  if (order === 'none') {
    // An opinion asked for ("what do you think of our product?") needs no story; anything else is stronger with one.
    if (first && !ASKS_OPINION.test(question)) {
      const quote = shortQuote(text, first);
      out.push({
        kind: 'no-story',
        message: BEHAVIOURAL.test(question)
          ? `I could not find the parts of a story here: ${q(quote)} does not tell one time it happened. ` +
            'The question asks for one: say where you were, what you had to do, what you did, and what changed.'
          : `I could not find the parts of a story here: ${q(quote)} tells the listener about you, but not what you did. ` +
            'Back it with one time it happened: where you were, what you did, and what changed.',
        quotes: [quote],
      });
    }
  } else {
    if (!parts.action.length && first)
      out.push({
        kind: 'missing-part',
        message: `I could not find what you did yourself. After ${q(shortQuote(text, first))}, say the steps you took, one by one, starting with "I".`,
        quotes: [shortQuote(text, first)],
      });
    if (!parts.result.length && last) {
      const end = shortQuote(text, last, true);
      out.push({
        kind: 'missing-part',
        message: `Your answer ends at ${q(end)}. Say what changed because of what you did, with a number: how much time, money or trouble did it save?`,
        quotes: [end],
      });
    }
    // Told in "we": more of the steps have "we" as their subject than "I" ("our" and "us" do not make a step shared).
    const subjects = (s: Span, set: ReadonlySet<string>) => segmentWords(s.text).some((w) => set.has(w.norm));
    const weActions = parts.action.filter((s) => subjects(s, WE_SUBJECT));
    const iActions = parts.action.filter((s) => subjects(s, I_SUBJECT));
    if (pronouns.plural > pronouns.singular && weActions.length > iActions.length) {
      const quote = shortQuote(text, weActions[0]!);
      out.push({
        kind: 'we-not-i',
        message:
          `You say "we" ${pronouns.plural} times and "I" ${pronouns.singular} times, so the interviewer cannot tell what you did. ` +
          `In ${q(quote)}, say which part was yours: "I ...".`,
        quotes: [quote],
      });
    }
    if (parts.result.length && !reading.resultHasNumber) {
      const quote = shortQuote(text, parts.result[parts.result.length - 1]!);
      out.push({
        kind: 'result-number',
        message: `Your result, ${q(quote)}, says what changed but not how much. Add a number: how many, how much, how fast or how often?`,
        quotes: [quote],
      });
    }
  }
  if (hedges.length >= MIN_HEDGES && (hedges.length / Math.max(wordCount, 1)) * 100 >= HEDGE_RATE) {
    const shown = hedges.slice(0, 3);
    out.push({
      kind: 'hedges',
      message:
        `${shown.map(q).join(', ')}${hedges.length > 3 ? ` and ${hedges.length - 3} more` : ''} take the force out of what you say. ` +
        'Say what you did as a fact: "I did", not "I think I maybe did".',
      quotes: shown,
    });
  }
  if (order !== 'none') {
    if (!parts.situation.length && !parts.task.length && first)
      out.push({
        kind: 'missing-part',
        message: `You start at ${q(shortQuote(text, first))}. Give the listener the scene first, in one sentence: where you were, and what you had to do.`,
        quotes: [shortQuote(text, first)],
      });
    // Only the inversion a listener cannot follow is worth a remark: hearing what changed before what was done.
    const result = parts.result[0];
    if (order === 'out-of-order' && result && parts.action[0] && result.start < parts.action[0].start) {
      const quote = shortQuote(text, result);
      out.push({
        kind: 'order',
        message: `The result, ${q(quote)}, comes before what you did. Tell it in order: the situation, your task, what you did, then what changed.`,
        quotes: [quote],
      });
    }
  }
  if (length.verdict !== 'good' && last && order !== 'none') {
    const minutes =
      length.seconds >= 60 ? `${Math.round((length.seconds / 60) * 10) / 10} minutes` : `${Math.round(length.seconds)} seconds`;
    const end = shortQuote(text, last, true);
    out.push(
      length.verdict === 'short'
        ? {
            kind: 'length',
            message: `This answer takes about ${minutes}; answers that land usually take one to two minutes. You stop at ${q(end)}: say more about what you did and what changed.`,
            quotes: [end],
          }
        : {
            kind: 'length',
            message: `This answer takes about ${minutes}; aim for one to two minutes. Keep one sentence of scene, then what you did and what changed; cut the rest.`,
            quotes: [],
          },
    );
  }
  return out;
}

/** The remarks, most useful first, at most three. Never a score. */
export function buildAdvice(input: AdviceInput): Advice[] {
  return candidates(input).slice(0, MAX_ADVICE);
}
