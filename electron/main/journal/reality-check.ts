import { capitalised, countOf, countWord, everyOf } from './count-words';
import type { InterviewDetail, Reflection } from '../../shared/journal-schemas';
import type { BadThing, RealityCheck } from '../../shared/reality-check-schemas';

/** The written rule, shown to the person word for word, so nothing is a hidden score. */
export const REALITY_RULES = [
  'An area counts as having gone badly when you rated it 1 or 2, or wrote something under "what went badly".',
  'A question counts as having gone badly when you marked it fumbled, or left key points you should have made.',
  'A real gap: an area rated 1; the quality of your answers rated 2 or lower; a fumbled technical question; or a fumbled question that missed two or more key points.',
  'Everything else that went badly is a slip: it feels big on the day, and rarely decides an interview on its own.',
  'You can mark any item as a slip or a gap yourself; your call replaces the rule.',
];

const FINE_RATING = 3;

function areaIsBad(r: Reflection): boolean {
  return (r.rating !== null && r.rating <= 2) || r.wentBadly.trim() !== '';
}

function areaRule(r: Reflection): { kind: BadThing['kind']; reason: string } {
  if (r.rating === 1) return { kind: 'gap', reason: 'Rated 1: something here did not work at all.' };
  if (r.area === 'answers' && r.rating !== null && r.rating <= 2) {
    return { kind: 'gap', reason: 'Your answers are what the interview was mostly about, and you rated them 2.' };
  }
  if (r.area === 'punctuality')
    return { kind: 'slip', reason: 'Arriving late or flustered is a slip interviewers see often and forgive quickly.' };
  if (r.rating !== null && r.rating <= 2)
    return { kind: 'slip', reason: 'Rated 2: worth working on, unlikely to decide things alone.' };
  return { kind: 'slip', reason: 'Noted as going badly: worth working on, unlikely to decide things alone.' };
}

type Asked = InterviewDetail['questions'][number];

function questionIsBad(q: Asked): boolean {
  return q.howItWent === 'fumbled' || q.keyPoints.some((p) => p.missed);
}

function questionRule(q: Asked): { kind: BadThing['kind']; reason: string } {
  const missed = q.keyPoints.filter((p) => p.missed).length;
  if (q.howItWent === 'fumbled' && q.category === 'technical') {
    return { kind: 'gap', reason: 'A technical question you could not answer points at a skill to build.' };
  }
  if (q.howItWent === 'fumbled' && missed >= 2) {
    return { kind: 'gap', reason: `Fumbled, and ${countOf(missed, 'key point')} did not come across.` };
  }
  if (q.howItWent === 'fumbled') return { kind: 'slip', reason: 'One weak answer is a slip; most interviews have one.' };
  return {
    kind: 'slip',
    reason: `The answer worked, but ${countOf(missed, 'key point')} ${missed === 1 ? 'was' : 'were'} left out.`,
  };
}

function firstLine(text: string, max = 140): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Answers "was it really that bad?" from what was written, with reasons. Kind and honest:
 * it names gaps plainly, and never calls an interview perfect.
 */
export function buildRealityCheck(
  detail: InterviewDetail,
  earlier: { area: string; average: number; count: number }[],
): RealityCheck {
  const badThings: BadThing[] = [];
  for (const r of detail.reflections) {
    if (!areaIsBad(r)) continue;
    const rule = areaRule(r);
    const rated = r.rating !== null ? `Rated ${r.rating} of 5.` : 'Not rated.';
    badThings.push({
      source: 'area',
      ref: r.area,
      label: r.label,
      detail: [rated, firstLine(r.wentBadly)].filter(Boolean).join(' '),
      kind: r.kind ?? rule.kind,
      ruleKind: rule.kind,
      overridden: r.kind !== null && r.kind !== rule.kind,
      reason: rule.reason,
      category: null,
    });
  }
  for (const q of detail.questions) {
    if (!questionIsBad(q)) continue;
    const rule = questionRule(q);
    const missed = q.keyPoints.filter((p) => p.missed).map((p) => p.text);
    badThings.push({
      source: 'question',
      ref: String(q.id),
      label: q.text,
      detail: missed.length ? `Missed: ${missed.join('; ')}` : 'Marked fumbled.',
      kind: q.kind ?? rule.kind,
      ruleKind: rule.kind,
      overridden: q.kind !== null && q.kind !== rule.kind,
      reason: rule.reason,
      category: q.category,
    });
  }

  const rated = detail.reflections.filter((r) => r.rating !== null);
  const fine = rated.filter((r) => (r.rating ?? 0) >= FINE_RATING && r.wentBadly.trim() === '');
  const gaps = badThings.filter((b) => b.kind === 'gap').length;
  const slips = badThings.length - gaps;
  const written =
    rated.length > 0 ||
    detail.questions.length > 0 ||
    detail.reflections.some((r) => r.wentWell.trim() || r.wentBadly.trim() || r.notes.trim());

  const byArea = new Map(earlier.map((e) => [e.area, e]));
  const comparison = rated
    .filter((r) => byArea.has(r.area))
    .map((r) => {
      const e = byArea.get(r.area)!;
      return {
        area: r.area,
        label: r.label,
        rating: r.rating!,
        earlierAverage: Math.round(e.average * 10) / 10,
        earlierCount: e.count,
      };
    });

  const missedPoints = detail.questions.flatMap((q) => q.keyPoints.filter((p) => p.missed).map((p) => p.text));
  const recoverable: string[] = [];
  if (missedPoints.length) {
    recoverable.push(
      `A short thank-you in the next day or two can add what did not come across: ${missedPoints.slice(0, 3).join('; ')}${missedPoints.length > 3 ? '; …' : ''}.`,
    );
  }
  if (gaps > 0)
    recoverable.push(
      'Gaps are what practice is for: the questions behind them come back in Practice until you answer them well.',
    );
  if (detail.outcome === 'rejected') {
    recoverable.push(
      'Even after a no, a short, specific note asking for another chance, or offering a work sample, is sometimes heard.',
    );
  }

  let verdict: RealityCheck['verdict'];
  let headline: string;
  if (!written) {
    verdict = 'nothing-written';
    headline = 'Write down how it went, area by area, and this will answer honestly.';
  } else if (badThings.length === 0) {
    verdict = 'went-fine';
    headline = 'From what you wrote, nothing went badly. No interview is perfect, so look at what went well and keep it.';
  } else if (gaps === 0) {
    verdict = 'mostly-slips';
    headline = `Not as bad as it feels: ${everyOf(slips, 'thing')} that went badly ${slips === 1 ? 'is a slip' : 'are slips'}.`;
  } else {
    verdict = 'some-gaps';
    const slipText =
      slips === 1
        ? ', and one slip that matters less than it feels'
        : slips > 1
          ? `, and ${countOf(slips, 'slip')} that matter less than they feel`
          : '';
    headline = `${capitalised(countOf(gaps, 'real gap'))} to work on${slipText}.`;
  }
  const summary = rated.length
    ? `${capitalised(fine.length === rated.length ? everyOf(rated.length, 'rated area') : `${fine.length === 0 ? 'none' : countWord(fine.length)} of the ${countOf(rated.length, 'rated area')}`)} went fine (${FINE_RATING} or more, nothing noted as going badly).`
    : 'No areas rated yet.';

  return {
    interviewId: detail.id,
    verdict,
    headline,
    summary,
    badThings,
    areasRated: rated.length,
    areasFine: fine.length,
    comparison,
    recoverable,
    rules: REALITY_RULES,
  };
}
