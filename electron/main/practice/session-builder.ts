import type { PracticeSession } from '../../shared/practice-schemas';

/** A question the builder may place, with the reason shown to the person. */
export interface Candidate {
  questionId: number;
  reason: string;
}

/** Which of the builder's lists a question was taken from: what the start form counts. */
export type CandidateList = 'due' | 'weakest' | 'interview' | 'bank';

/** A question placed in a session, with the list it came from. */
export type Placed = Candidate & { from: CandidateList };

export interface BuildInput {
  length: number;
  source: PracticeSession['source'];
  /** "Due and fumbled first" with nothing else: no weakest and no bank questions to fill up the length. */
  dueOnly?: boolean;
  /** Due cards (oldest due first), then questions fumbled in the journal that have no card yet. */
  due: Candidate[];
  /** Cards not yet due, weakest first (most lapses, least stability). */
  weakest: Candidate[];
  /** An interview's questions in the order they were asked (source 'interview'). */
  interview: Candidate[];
  /** Bank questions to fill up with, already in the order to use them. */
  bank: Candidate[];
}

function listsFor(input: BuildInput): CandidateList[] {
  if (input.source === 'interview') return ['interview'];
  if (input.source === 'category') return ['bank'];
  return input.dueOnly ? ['due'] : ['due', 'weakest', 'bank'];
}

/**
 * Orders a session: "due and fumbled first" takes due items, then the weakest, then the bank (or only the due
 * items, when asked); "replay an interview" keeps the interview's order; "category" draws from the bank.
 * No question appears twice, and an empty journal still gives a full session from the bank.
 */
export function buildSession(input: BuildInput): Placed[] {
  const chosen: Placed[] = [];
  const seen = new Set<number>();
  for (const from of listsFor(input)) {
    for (const c of input[from]) {
      if (chosen.length >= input.length) return chosen;
      if (seen.has(c.questionId)) continue;
      seen.add(c.questionId);
      chosen.push({ ...c, from });
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
