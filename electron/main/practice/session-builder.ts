import type { PracticeSession } from '../../shared/practice-schemas';

/** A question the builder may place, with the reason shown to the person. */
export interface Candidate {
  questionId: number;
  reason: string;
}

export interface BuildInput {
  length: number;
  source: PracticeSession['source'];
  /** Due cards (oldest due first), then questions fumbled in the journal that have no card yet. */
  due: Candidate[];
  /** Cards not yet due, weakest first (most lapses, least stability). */
  weakest: Candidate[];
  /** An interview's questions in the order they were asked (source 'interview'). */
  interview: Candidate[];
  /** Bank questions to fill up with, already in the order to use them. */
  bank: Candidate[];
}

/**
 * Orders a session: "due and fumbled first" takes due items, then the weakest, then the bank;
 * "replay an interview" keeps the interview's order; "category" draws from the bank.
 * No question appears twice, and an empty journal still gives a full session from the bank.
 */
export function buildSession(input: BuildInput): Candidate[] {
  const sources: Candidate[][] =
    input.source === 'interview'
      ? [input.interview]
      : input.source === 'category'
        ? [input.bank]
        : [input.due, input.weakest, input.bank];
  const chosen: Candidate[] = [];
  const seen = new Set<number>();
  for (const list of sources) {
    for (const c of list) {
      if (chosen.length >= input.length) return chosen;
      if (seen.has(c.questionId)) continue;
      seen.add(c.questionId);
      chosen.push(c);
    }
  }
  return chosen;
}

/** A seeded Fisher-Yates shuffle, so the bank fills differently each session but tests can fix the order. */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
