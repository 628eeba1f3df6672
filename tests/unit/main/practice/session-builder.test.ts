import { describe, expect, it } from 'vitest';
import {
  buildSession,
  shuffled,
  type BuildInput,
  type Candidate,
  type Placed,
} from '../../../../electron/main/practice/session-builder';

const c = (questionId: number, reason = `r${questionId}`): Candidate => ({ questionId, reason });
const ids = (list: Candidate[]) => list.map((x) => x.questionId);
const reasons = (list: Placed[]) => list.map(({ questionId, reason }) => ({ questionId, reason }));
const froms = (list: Placed[]) => list.map((x) => x.from);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => c(from + i, 'bank'));

function input(over: Partial<BuildInput>): BuildInput {
  return { length: 5, source: 'due', due: [], weakest: [], interview: [], bank: [], ...over };
}

/** A small seeded generator (mulberry32), so "random" orders are repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('buildSession, source "due"', () => {
  it("takes due items first, then the weakest, then the bank, in each list's order", () => {
    const plan = buildSession(
      input({ length: 7, due: [c(10), c(11)], weakest: [c(20), c(21)], bank: [c(30), c(31), c(32), c(33)] }),
    );
    expect(ids(plan)).toEqual([10, 11, 20, 21, 30, 31, 32]);
  });

  it('keeps the reason of the list a question was first taken from', () => {
    const plan = buildSession(
      input({
        length: 3,
        due: [c(1, 'Fumbled at Acme')],
        weakest: [c(1, 'One of your weakest'), c(2, 'One of your weakest')],
        bank: [c(2, 'bank'), c(3, 'bank')],
      }),
    );
    expect(reasons(plan)).toEqual([c(1, 'Fumbled at Acme'), c(2, 'One of your weakest'), c(3, 'bank')]);
    expect(froms(plan)).toEqual(['due', 'weakest', 'bank']);
  });

  it('never repeats a question, within a list or across lists', () => {
    const plan = buildSession(
      input({ length: 10, due: [c(1), c(2), c(1)], weakest: [c(2), c(3), c(3)], bank: [c(1), c(3), c(4), c(4), c(5)] }),
    );
    expect(ids(plan)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(ids(plan)).size).toBe(plan.length);
  });

  it('a duplicate does not use up a place: the next distinct question fills it', () => {
    const plan = buildSession(input({ length: 3, due: [c(1), c(1), c(1)], bank: [c(1), c(2), c(3), c(4)] }));
    expect(ids(plan)).toEqual([1, 2, 3]);
  });

  it('fills a whole session from the bank when the journal gives nothing', () => {
    const plan = buildSession(input({ length: 5, bank: range(100, 120) }));
    expect(ids(plan)).toEqual([100, 101, 102, 103, 104]);
  });

  it('respects the length: stops at it, and gives fewer when there is not enough', () => {
    const lists = { due: range(1, 30), weakest: range(31, 60), bank: range(61, 200) };
    for (const length of [1, 2, 5, 29, 30, 31, 50]) {
      const plan = buildSession(input({ length, ...lists }));
      expect(plan).toHaveLength(length);
      expect(ids(plan)).toEqual(Array.from({ length }, (_, i) => i + 1));
    }
    expect(buildSession(input({ length: 10, due: [c(1)], bank: [c(2)] }))).toHaveLength(2);
    expect(buildSession(input({ length: 5 }))).toEqual([]);
  });

  it('says which list each question came from, so the start form can count the padding', () => {
    const plan = buildSession(input({ length: 5, due: [c(1)], weakest: [c(2), c(1)], bank: [c(2), c(3), c(4), c(5)] }));
    expect(froms(plan)).toEqual(['due', 'weakest', 'bank', 'bank', 'bank']);
  });

  it('with dueOnly takes only the due list: no weakest, no bank padding, still at most the length', () => {
    const lists = { weakest: [c(20), c(21)], bank: range(30, 40) };
    expect(ids(buildSession(input({ length: 5, dueOnly: true, due: [c(1)], ...lists })))).toEqual([1]);
    expect(ids(buildSession(input({ length: 2, dueOnly: true, due: [c(1), c(2), c(3)], ...lists })))).toEqual([1, 2]);
    expect(buildSession(input({ length: 5, dueOnly: true, ...lists }))).toEqual([]);
    expect(froms(buildSession(input({ length: 5, dueOnly: true, due: [c(1), c(1), c(2)], ...lists })))).toEqual(['due', 'due']);
  });

  it('dueOnly changes nothing for an interview replay or a category', () => {
    expect(ids(buildSession(input({ source: 'interview', dueOnly: true, interview: [c(7)], due: [c(1)] })))).toEqual([7]);
    expect(ids(buildSession(input({ source: 'category', dueOnly: true, bank: [c(40)], due: [c(1)] })))).toEqual([40]);
  });

  it('ignores the interview list', () => {
    expect(ids(buildSession(input({ length: 3, interview: [c(9)], bank: [c(1), c(2), c(3)] })))).toEqual([1, 2, 3]);
  });
});

describe('buildSession, source "interview"', () => {
  it("keeps the interview's order and never adds due, weak or bank questions", () => {
    const plan = buildSession(
      input({
        length: 10,
        source: 'interview',
        interview: [c(7), c(3), c(9)],
        due: [c(1)],
        weakest: [c(2)],
        bank: range(50, 80),
      }),
    );
    expect(ids(plan)).toEqual([7, 3, 9]);
  });

  it('cuts at the length, keeping the first ones asked', () => {
    expect(ids(buildSession(input({ length: 2, source: 'interview', interview: [c(7), c(3), c(9)] })))).toEqual([7, 3]);
  });

  it('a question asked twice in one interview appears once, at its first place', () => {
    expect(ids(buildSession(input({ length: 5, source: 'interview', interview: [c(4), c(5), c(4), c(6)] })))).toEqual([4, 5, 6]);
  });
});

describe('buildSession, source "category"', () => {
  it('draws only from the bank list, in its order', () => {
    const plan = buildSession(
      input({
        length: 3,
        source: 'category',
        due: [c(1)],
        weakest: [c(2)],
        interview: [c(3)],
        bank: [c(40), c(41), c(42), c(43)],
      }),
    );
    expect(ids(plan)).toEqual([40, 41, 42]);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    const copy = [...list];
    const out = shuffled(list, seeded(1));
    expect(list).toEqual(copy);
    expect(out).toHaveLength(50);
    expect([...out].sort((a, b) => a - b)).toEqual(list);
    expect(out).not.toEqual(list);
  });

  it('is deterministic for a given seed and differs between seeds', () => {
    const list = Array.from({ length: 30 }, (_, i) => `q${i}`);
    expect(shuffled(list, seeded(42))).toEqual(shuffled(list, seeded(42)));
    expect(shuffled(list, seeded(42))).not.toEqual(shuffled(list, seeded(43)));
  });

  it('follows Fisher-Yates: random() = 0 rotates the first element to the back step by step', () => {
    // With j = 0 every time: [a,b,c,d] -> swap(3,0) [d,b,c,a] -> swap(2,0) [c,b,d,a] -> swap(1,0) [b,c,d,a].
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    // With random() just under 1, j = i: nothing moves.
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0.999999)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('handles empty and single lists', () => {
    expect(shuffled([], seeded(1))).toEqual([]);
    expect(shuffled([7], seeded(1))).toEqual([7]);
  });

  it('reaches every position: over many seeds each element lands in each slot', () => {
    const seen = Array.from({ length: 4 }, () => new Set<number>());
    for (let s = 1; s <= 200; s++) shuffled([0, 1, 2, 3], seeded(s)).forEach((v, i) => seen[i].add(v));
    for (const slot of seen) expect([...slot].sort()).toEqual([0, 1, 2, 3]);
  });
});
