import { formatDay } from '../../shared/format-day';
import { GRADE_LABELS } from '../../shared/insights-labels';
import type { FumbledQuestion, Plan, Suggestion, WeakArea } from '../../shared/plan-schemas';

/** Below this average an area is worth an action item; 3 is "fine" in the reality check, so 3.5 leaves a margin. */
const SUGGEST_BELOW_AVERAGE = 3.5;
/** At most this many suggestions of each kind, so the list stays a short menu rather than a to-do flood. */
const MAX_PER_KIND = 3;

/** One concrete, doable step per built-in area; plain advice, no scores. */
export const AREA_ACTIONS: Record<string, string> = {
  punctuality: 'Plan the journey (or test the video link) the day before, aiming to be ready 15 minutes early.',
  'first-impressions': 'Rehearse a calm one-minute introduction out loud until it feels natural.',
  'body-language': 'Record yourself answering one question and watch it back for posture, eye contact and pace.',
  confidence: 'Write down three things you have done well at work and read them before the next interview.',
  answers: 'Practise one answer a day with the STAR pattern: situation, task, action, result.',
  'questions-asked': 'Prepare three questions about the role and the team to ask at the end.',
  closing: 'Write and rehearse a short closing statement: why this role, and what you would bring to it.',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Questions that still need work: never practised, or last graded Again or Hard. */
export function stillWeak(q: FumbledQuestion): boolean {
  return q.latestGrade === null || q.latestGrade === 'again' || q.latestGrade === 'hard';
}

function areaSuggestion(a: WeakArea): Suggestion {
  return {
    key: `area:${a.area}`,
    kind: 'area',
    text: AREA_ACTIONS[a.area] ?? `Work on ${a.label.toLowerCase()} before the next interview.`,
    reason: `${a.label} averages ${a.average} out of 5 over ${plural(a.count, 'interview')}.`,
    area: a.area,
    questionId: null,
  };
}

function questionSuggestion(q: FumbledQuestion): Suggestion {
  const practice = q.latestGrade ? `last practice graded ${GRADE_LABELS[q.latestGrade]}` : 'not practised yet';
  return {
    key: `question:${q.questionId}`,
    kind: 'question',
    text: `Practise “${q.text}” until every key point comes across.`,
    reason: `Fumbled ${q.timesFumbled === 1 ? 'once' : `${q.timesFumbled} times`}, most recently at ${q.lastFumbled.company}; ${practice}.`,
    area: null,
    questionId: q.questionId,
  };
}

/**
 * The action items the plan offers, from the generated parts: the weak areas, the questions still weak, the due
 * practice, and the follow-ups not sent. Suggestions already accepted (their key is on an item) or dismissed are left out.
 */
export function buildSuggestions(
  plan: Pick<Plan, 'weakestAreas' | 'fumbledQuestions' | 'schedule' | 'followups'>,
  used: ReadonlySet<string>,
  dismissed: ReadonlySet<string>,
): Suggestion[] {
  const out: Suggestion[] = [];
  out.push(
    ...plan.weakestAreas
      .filter((a) => a.average < SUGGEST_BELOW_AVERAGE)
      .slice(0, MAX_PER_KIND)
      .map(areaSuggestion),
  );
  out.push(...plan.fumbledQuestions.filter(stillWeak).slice(0, MAX_PER_KIND).map(questionSuggestion));
  const due = plan.schedule.dueToday + plan.schedule.newFromJournal;
  if (due > 0) {
    out.push({
      key: 'practice:daily',
      kind: 'practice',
      text: 'Practise a few questions every day; ten minutes is enough.',
      reason: `${plural(due, 'question is', 'questions are')} waiting for practice today.`,
      area: null,
      questionId: null,
    });
  }
  const drafts = [...plan.followups.followUps, ...plan.followups.secondChances].filter((f) => f.state === 'to-send');
  for (const f of drafts.slice(0, MAX_PER_KIND)) {
    out.push({
      key: `followup:${f.followupId}`,
      kind: 'followup',
      text: `Send the ${f.kindLabel.toLowerCase()} to ${f.company}.`,
      reason: f.dueOn ? `Written and waiting to be sent; due ${formatDay(f.dueOn)}.` : 'Written and waiting to be sent.',
      area: null,
      questionId: null,
    });
  }
  return out.filter((s) => !used.has(s.key) && !dismissed.has(s.key));
}
