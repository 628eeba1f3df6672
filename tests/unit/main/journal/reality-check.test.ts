import { describe, expect, it } from 'vitest';
import { buildRealityCheck, REALITY_RULES } from '../../../../electron/main/journal/reality-check';
import type { InterviewDetail, InterviewQuestion } from '../../../../electron/shared/journal-schemas';
import { builtInReflections, numberedQuestions, plainDetail, reflection, type AreaPatch } from '../../../helpers/journal-details';
import { realityCheckSchema, type RealityCheck } from '../../../../electron/shared/reality-check-schemas';

function detail(
  areas: AreaPatch[] = [],
  questions: Partial<InterviewQuestion>[] = [],
  extra: Partial<InterviewDetail> = {},
): InterviewDetail {
  const reflections = builtInReflections();
  for (const patch of areas) {
    const found = reflections.find((r) => r.area === patch.area);
    if (found) Object.assign(found, patch);
    else reflections.push(reflection({ label: patch.area, custom: true, ...patch }));
  }
  return {
    ...plainDetail({ id: 7, company: 'Acme', role: '', day: '2026-03-01' }, reflections, numberedQuestions(questions, 100, 200)),
    ...extra,
  };
}

/** Runs the rule and checks its output against the contract, as the router would. */
function check(d: InterviewDetail, earlier: { area: string; average: number; count: number }[] = []): RealityCheck {
  return realityCheckSchema.parse(buildRealityCheck(d, earlier));
}

/** The check of an interview in which only these questions were asked, every area left unrated. */
const questionsOnly = (...questions: Partial<InterviewQuestion>[]) => check(detail([], questions));

/** The check of an interview with only these areas rated (area key to rating), no questions asked. */
const ratings = (byArea: Record<string, number>) =>
  check(detail(Object.entries(byArea).map(([area, rating]) => ({ area, rating }))));

/** A key point left out of the answer, and one made. */
const missedPoint = (text: string) => ({ text, missed: true });
const madePoint = (text: string) => ({ text, missed: false });

const points = (missed: number, made = 0) => [
  ...Array.from({ length: missed }, (_, k) => ({ text: `missed point ${k + 1}`, missed: true })),
  ...Array.from({ length: made }, (_, k) => ({ text: `made point ${k + 1}`, missed: false })),
];

describe('buildRealityCheck: the rule table', () => {
  const areaCases: { name: string; area: AreaPatch; kind: 'slip' | 'gap' | null }[] = [
    { name: 'an area rated 1 is a gap', area: { area: 'confidence', rating: 1 }, kind: 'gap' },
    { name: 'punctuality rated 1 is a gap too (rated 1 comes first)', area: { area: 'punctuality', rating: 1 }, kind: 'gap' },
    { name: 'answers rated 2 is a gap', area: { area: 'answers', rating: 2 }, kind: 'gap' },
    { name: 'answers rated 1 is a gap', area: { area: 'answers', rating: 1 }, kind: 'gap' },
    {
      name: 'punctuality rated 2 with "Five minutes late" is a slip',
      area: { area: 'punctuality', rating: 2, wentBadly: 'Five minutes late' },
      kind: 'slip',
    },
    { name: 'another area rated 2 is a slip', area: { area: 'body-language', rating: 2 }, kind: 'slip' },
    {
      name: 'an area rated 4 with something that went badly is a slip',
      area: { area: 'closing', rating: 4, wentBadly: 'Forgot to thank them' },
      kind: 'slip',
    },
    {
      name: 'an unrated area with something that went badly is a slip',
      area: { area: 'answers', wentBadly: 'Rambled' },
      kind: 'slip',
    },
    { name: 'a custom area rated 1 is a gap', area: { area: 'custom-1', label: 'Coding', rating: 1 }, kind: 'gap' },
    { name: 'an area rated 3 with nothing bad is not listed', area: { area: 'answers', rating: 3 }, kind: null },
    {
      name: 'whitespace under "went badly" is not something bad',
      area: { area: 'answers', rating: 4, wentBadly: '  \n ' },
      kind: null,
    },
  ];
  it.each(areaCases)('$name', ({ area, kind }) => {
    const rc = check(detail([area]));
    if (kind === null) expect(rc.badThings).toEqual([]);
    else {
      expect(rc.badThings).toHaveLength(1);
      expect(rc.badThings[0]).toMatchObject({
        source: 'area',
        ref: area.area,
        kind,
        ruleKind: kind,
        overridden: false,
        category: null,
      });
      expect(rc.badThings[0].reason.length).toBeGreaterThan(10);
    }
  });

  it('an area names its rating and the first line of what went badly', () => {
    const rc = check(detail([{ area: 'punctuality', rating: 2, wentBadly: 'Five minutes late\nTrain was cancelled' }]));
    expect(rc.badThings[0]).toMatchObject({ label: 'Punctuality and arrival', detail: 'Rated 2 of 5. Five minutes late' });
    expect(rc.badThings[0].reason).toMatch(/slip|forgive/i);
    const unrated = check(detail([{ area: 'answers', wentBadly: 'x'.repeat(300) }]));
    expect(unrated.badThings[0].detail.startsWith('Not rated. ')).toBe(true);
    expect(unrated.badThings[0].detail.length).toBeLessThan(200);
  });

  const questionCases: { name: string; q: Partial<InterviewQuestion>; kind: 'slip' | 'gap' | null }[] = [
    { name: 'a fumbled technical question is a gap', q: { howItWent: 'fumbled', category: 'technical' }, kind: 'gap' },
    { name: 'a fumbled question with 2 missed points is a gap', q: { howItWent: 'fumbled', keyPoints: points(2) }, kind: 'gap' },
    {
      name: 'a fumbled question with 3 missed points is a gap',
      q: { howItWent: 'fumbled', keyPoints: points(3, 1) },
      kind: 'gap',
    },
    {
      name: 'a fumbled question with 1 missed point is a slip',
      q: { howItWent: 'fumbled', keyPoints: points(1, 2) },
      kind: 'slip',
    },
    {
      name: 'a fumbled question with 0 missed points is a slip',
      q: { howItWent: 'fumbled', keyPoints: points(0, 2) },
      kind: 'slip',
    },
    { name: 'a fumbled question with no key points is a slip', q: { howItWent: 'fumbled' }, kind: 'slip' },
    { name: 'an okay question with one missed point is a slip', q: { howItWent: 'okay', keyPoints: points(1) }, kind: 'slip' },
    {
      name: 'an okay question with two missed points is a slip (not fumbled)',
      q: { howItWent: 'okay', keyPoints: points(2) },
      kind: 'slip',
    },
    { name: 'an unmarked question with a missed point is a slip', q: { keyPoints: points(1) }, kind: 'slip' },
    { name: 'a strong question with none missed is not listed', q: { howItWent: 'strong', keyPoints: points(0, 3) }, kind: null },
    { name: 'an okay question with none missed is not listed', q: { howItWent: 'okay' }, kind: null },
    { name: 'a strong technical question is not listed', q: { howItWent: 'strong', category: 'technical' }, kind: null },
  ];
  it.each(questionCases)('$name', ({ q, kind }) => {
    const rc = questionsOnly(q);
    if (kind === null) expect(rc.badThings).toEqual([]);
    else {
      expect(rc.badThings).toHaveLength(1);
      expect(rc.badThings[0]).toMatchObject({
        source: 'question',
        ref: '100',
        label: 'Question 0?',
        kind,
        ruleKind: kind,
        overridden: false,
        category: q.category ?? 'behavioural',
      });
    }
  });

  it('a question names the key points it missed, or that it was marked fumbled', () => {
    const rc = questionsOnly(
      {
        howItWent: 'fumbled',
        keyPoints: [missedPoint('Token bucket'), madePoint('Made it'), missedPoint('Per-user keys')],
      },
      { howItWent: 'fumbled' },
    );
    expect(rc.badThings.map((b) => b.detail)).toEqual(['Missed: Token bucket; Per-user keys', 'Marked fumbled.']);
    expect(rc.badThings[0].reason).toMatch(/two key points/);
    const one = questionsOnly({ howItWent: 'okay', keyPoints: points(1) });
    expect(one.badThings[0].reason).toMatch(/one key point was left out/);
  });
});

describe('buildRealityCheck: the person’s own call', () => {
  it('a kind set by the person replaces the rule; overridden is true only when it differs', () => {
    const rc = check(
      detail(
        [
          { area: 'punctuality', rating: 2, wentBadly: 'Late', kind: 'gap' },
          { area: 'answers', rating: 2, kind: 'gap' },
          { area: 'confidence', rating: 1, kind: 'slip' },
        ],
        [
          { howItWent: 'fumbled', category: 'technical', kind: 'slip' },
          { howItWent: 'okay', keyPoints: points(1), kind: 'slip' },
        ],
      ),
    );
    expect(rc.badThings.map((b) => [b.ref, b.kind, b.ruleKind, b.overridden])).toEqual([
      ['punctuality', 'gap', 'slip', true],
      ['confidence', 'slip', 'gap', true],
      ['answers', 'gap', 'gap', false],
      ['100', 'slip', 'gap', true],
      ['101', 'slip', 'slip', false],
    ]);
    // The verdict counts the person's calls, not the rule's.
    expect(rc.verdict).toBe('some-gaps');
    expect(rc.headline).toBe('Two real gaps to work on, and three slips that matter less than they feel.');
  });

  it('overriding every gap to a slip turns the verdict to mostly slips', () => {
    const rc = check(
      detail([{ area: 'answers', rating: 1, kind: 'slip' }], [{ howItWent: 'fumbled', category: 'technical', kind: 'slip' }]),
    );
    expect(rc.verdict).toBe('mostly-slips');
    expect(rc.badThings.every((b) => b.overridden)).toBe(true);
  });
});

describe('buildRealityCheck: verdicts and headlines', () => {
  it('nothing written: asks the person to write, with no bad things', () => {
    const rc = check(detail());
    expect(rc).toMatchObject({
      verdict: 'nothing-written',
      badThings: [],
      areasRated: 0,
      areasFine: 0,
      comparison: [],
      recoverable: [],
    });
    expect(rc.headline).toMatch(/^Write down how it went/);
    expect(rc.summary).toBe('No areas rated yet.');
    expect(rc.rules).toEqual(REALITY_RULES);
  });

  it('a note under "went well" alone counts as written', () => {
    expect(check(detail([{ area: 'closing', wentWell: 'Strong finish' }])).verdict).toBe('went-fine');
    expect(check(detail([{ area: 'closing', notes: 'Practise this' }])).verdict).toBe('went-fine');
    expect(questionsOnly({ howItWent: 'strong' }).verdict).toBe('went-fine');
  });

  it('went fine: says so plainly, and counts the areas that went fine', () => {
    const rc = check(
      detail([
        { area: 'confidence', rating: 4 },
        { area: 'closing', rating: 3 },
        { area: 'answers', rating: 5 },
      ]),
    );
    expect(rc.verdict).toBe('went-fine');
    expect(rc.areasRated).toBe(3);
    expect(rc.areasFine).toBe(3);
    expect(rc.summary).toBe('All three rated areas went fine (3 or more, nothing noted as going badly).');
    expect(rc.headline).toMatch(/nothing went badly/);
  });

  it('mostly slips: one slip reads in the singular', () => {
    const rc = check(
      detail([
        { area: 'punctuality', rating: 2, wentBadly: 'Five minutes late' },
        { area: 'answers', rating: 4 },
      ]),
    );
    expect(rc.verdict).toBe('mostly-slips');
    expect(rc.headline).toBe('Not as bad as it feels: the one thing that went badly is a slip.');
    expect(rc.areasRated).toBe(2);
    expect(rc.areasFine).toBe(1);
  });

  it('mostly slips: several slips read in the plural', () => {
    const rc = check(
      detail(
        [
          { area: 'punctuality', rating: 2 },
          { area: 'body-language', rating: 2 },
        ],
        [{ howItWent: 'okay', keyPoints: points(1) }],
      ),
    );
    expect(rc.headline).toBe('Not as bad as it feels: all three things that went badly are slips.');
    expect(rc.headline).not.toMatch(/\d/);
    const two = check(detail([{ area: 'punctuality', rating: 2 }], [{ howItWent: 'okay', keyPoints: points(1) }]));
    expect(two.headline).toBe('Not as bad as it feels: both things that went badly are slips.');
  });

  it('some gaps: one gap alone, one gap and one slip, several of each', () => {
    expect(ratings({ answers: 2 }).headline).toBe('One real gap to work on.');
    expect(ratings({ answers: 2, punctuality: 2 }).headline).toBe(
      'One real gap to work on, and one slip that matters less than it feels.',
    );
    expect(ratings({ answers: 2, confidence: 1 }).headline).toBe('Two real gaps to work on.');
    const many = ratings({ answers: 2, confidence: 1, punctuality: 2, closing: 2 });
    expect(many.verdict).toBe('some-gaps');
    expect(many.headline).toBe('Two real gaps to work on, and two slips that matter less than they feel.');
    expect(many.summary).toBe('None of the four rated areas went fine (3 or more, nothing noted as going badly).');
  });

  it('an area that went badly but was rated 3 or more is not counted as fine', () => {
    const rc = check(
      detail([
        { area: 'closing', rating: 4, wentBadly: 'Rushed' },
        { area: 'answers', rating: 4 },
      ]),
    );
    expect(rc.areasFine).toBe(1);
    expect(rc.summary).toBe('One of the two rated areas went fine (3 or more, nothing noted as going badly).');
  });

  it('never calls the interview perfect, and never cheers', () => {
    const variants = [
      detail(),
      detail(
        [
          { area: 'answers', rating: 5 },
          { area: 'confidence', rating: 5 },
        ],
        [{ howItWent: 'strong' }],
      ),
      detail([{ area: 'punctuality', rating: 2 }]),
      detail([{ area: 'answers', rating: 1 }], [{ howItWent: 'fumbled', keyPoints: points(2) }], { outcome: 'rejected' }),
    ];
    for (const d of variants) {
      const rc = check(d);
      const words = [
        rc.headline,
        rc.summary,
        ...rc.recoverable,
        ...rc.badThings.flatMap((b) => [b.reason, b.detail]),
        ...rc.rules,
      ].join(' ');
      // "perfect" may only appear denied ("No interview is perfect"), never as praise.
      expect(words.replace(/No interview is perfect/g, '')).not.toMatch(/perfect/i);
      expect(words).not.toMatch(/!|amazing|great job|well done|flawless|nailed/i);
    }
    const fine = check(variants[1]);
    expect(fine.headline).toMatch(/No interview is perfect/);
  });
});

describe('buildRealityCheck: comparison and what is recoverable', () => {
  it('compares only rated areas that have earlier data, rounding the average to one decimal', () => {
    const rc = check(
      detail([
        { area: 'confidence', rating: 4 },
        { area: 'answers', rating: 2 },
        { area: 'closing', wentBadly: 'Rushed' },
      ]),
      [
        { area: 'confidence', average: 2.666666, count: 3 },
        { area: 'closing', average: 4, count: 2 },
        { area: 'body-language', average: 3, count: 5 },
      ],
    );
    expect(rc.comparison).toEqual([{ area: 'confidence', label: 'Confidence', rating: 4, earlierAverage: 2.7, earlierCount: 3 }]);
    expect(check(detail([{ area: 'confidence', rating: 4 }]), []).comparison).toEqual([]);
  });

  it('recoverable names the missed key points for a follow-up (the first three, then an ellipsis)', () => {
    const rc = questionsOnly(
      {
        howItWent: 'okay',
        keyPoints: [missedPoint('Led the migration'), madePoint('Said it')],
      },
      { keyPoints: points(3) },
    );
    expect(rc.recoverable[0]).toMatch(/thank-you/);
    expect(rc.recoverable[0]).toContain('Led the migration; missed point 1; missed point 2; …');
    expect(rc.recoverable[0]).not.toContain('Said it');
    expect(rc.recoverable[0]).not.toContain('missed point 3');
    const two = questionsOnly({ keyPoints: points(2) });
    expect(two.recoverable[0]).toContain('missed point 1; missed point 2.');
  });

  it('recoverable points gaps at practice, and a rejection at asking for another chance', () => {
    expect(check(detail([{ area: 'answers', rating: 1 }])).recoverable).toEqual([expect.stringMatching(/Practice/)]);
    expect(check(detail([{ area: 'punctuality', rating: 2 }])).recoverable).toEqual([]);
    const rejected = check(detail([{ area: 'punctuality', rating: 2 }], [], { outcome: 'rejected' }));
    expect(rejected.recoverable).toEqual([expect.stringMatching(/another chance|work sample/)]);
  });
});
