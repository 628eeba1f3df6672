import { CATEGORY_LABELS } from '../../shared/insights-labels';
import type { DayRange } from '../../shared/insights-schemas';
import { BUILT_IN_AREAS } from '../../shared/journal-schemas';
import type { FumbledQuestion, Plan, WeakArea } from '../../shared/plan-schemas';
import { oneDecimal, type InsightsRepo, type InsightsService } from '../insights/insights-domain';
import { heldBounds, startOfDay, addDays, localDay } from '../../shared/local-days';
import type { FumbledRow, PlanEvidenceRepo } from './plan-evidence-repo';
import type { PlanFollowupsRepo } from './plan-followups-repo';

/** How many of the lowest-rated areas the plan shows, and how many interviews of evidence each. */
const WEAK_AREAS = 3;
const EVIDENCE_PER_AREA = 3;
/** Key points listed per question; more than this is a speech, not a checklist. */
const MAX_KEY_POINTS = 8;
const EXCERPT_LENGTH = 200;

const KIND_LABELS: Record<string, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  'second-chance': 'Second-chance request',
  'chance-to-impress': 'Chance to impress',
};
const AREA_ORDER = new Map<string, number>(BUILT_IN_AREAS.map((a, i) => [a.key, i]));
const GRADE_NEED = { again: 0, hard: 1, good: 2, easy: 3 } as const;

/** The first words of what went badly (or the notes), on one line, cut at a word. */
export function excerpt(wentBadly: string, notes: string): string {
  const text = (wentBadly.trim() || notes.trim()).replace(/\s+/g, ' ');
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** Most in need first: never practised or last graded Again, then Hard; then fumbled most often; then most recent. */
function byNeed(a: FumbledRow, b: FumbledRow): number {
  const need = (r: FumbledRow) => (r.latest_grade === null ? -1 : GRADE_NEED[r.latest_grade]);
  return (
    need(a) - need(b) ||
    b.times - a.times ||
    (a.last_key < b.last_key ? 1 : a.last_key > b.last_key ? -1 : 0) ||
    a.question_id - b.question_id
  );
}

type GeneratedParts = Pick<
  Plan,
  'interviewsInRange' | 'weakestAreas' | 'fumbledQuestions' | 'fumbledTotal' | 'schedule' | 'followups'
>;

/** Computes the plan's generated parts from the data on every read; nothing here is stored. */
export function createPlanGenerator(deps: {
  evidence: PlanEvidenceRepo;
  insightsRepo: InsightsRepo;
  insights: InsightsService;
  followups: PlanFollowupsRepo;
  now: () => Date;
}) {
  const { evidence, insightsRepo, insights, followups, now } = deps;

  function weakestAreas(range: DayRange): WeakArea[] {
    const bounds = heldBounds(range);
    return insightsRepo
      .areaAverages(bounds)
      .filter((a) => AREA_ORDER.has(a.area))
      .sort((a, b) => a.average - b.average || b.count - a.count || AREA_ORDER.get(a.area)! - AREA_ORDER.get(b.area)!)
      .slice(0, WEAK_AREAS)
      .map((a) => ({
        area: a.area,
        label: BUILT_IN_AREAS[AREA_ORDER.get(a.area)!].label,
        average: oneDecimal(a.average),
        count: a.count,
        lowest: evidence.lowest(a.area, bounds, EVIDENCE_PER_AREA).map((r) => ({
          interviewId: r.id,
          company: r.company,
          heldAt: r.held_at,
          rating: r.rating,
          excerpt: excerpt(r.went_badly, r.notes),
        })),
      }));
  }

  function keyPoints(questionId: number, range: DayRange): FumbledQuestion['keyPoints'] {
    const seen = new Set<string>();
    const out: FumbledQuestion['keyPoints'] = [];
    for (const p of evidence.keyPoints(questionId, heldBounds(range))) {
      const key = p.text.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: p.text.trim(), missed: p.missed === 1 });
      if (out.length >= MAX_KEY_POINTS) break;
    }
    return out;
  }

  function fumbledQuestions(range: DayRange, limit: number): { list: FumbledQuestion[]; total: number } {
    const rows = evidence.fumbled(heldBounds(range)).sort(byNeed);
    const endOfToday = startOfDay(addDays(localDay(now()), 1)).toISOString();
    const list = rows.slice(0, limit).map((r): FumbledQuestion => {
      const [heldAt, id] = r.last_key.split('|');
      const interviewId = Number(id);
      const practice = evidence.practice(r.question_id);
      return {
        questionId: r.question_id,
        text: r.text,
        category: r.category,
        categoryLabel: CATEGORY_LABELS[r.category],
        timesFumbled: r.times,
        lastFumbled: { interviewId, company: evidence.company(interviewId), heldAt },
        keyPoints: keyPoints(r.question_id, range),
        latestGrade: r.latest_grade,
        latestPractisedAt: practice.latest,
        attempts: practice.attempts,
        nextDue: practice.due,
        dueState: practice.due === null ? 'new' : practice.due < endOfToday ? 'due' : 'scheduled',
      };
    });
    return { list, total: rows.length };
  }

  function schedule(): Plan['schedule'] {
    const forecast = insights.dueForecast();
    return {
      dueToday: forecast.days[0].due,
      overdue: forecast.overdue,
      newFromJournal: forecast.newFromJournal,
      next7Days: forecast.days.slice(0, 7).reduce((n, d) => n + d.due, 0),
      forecast: forecast.days,
    };
  }

  function pendingFollowups(): Plan['followups'] {
    const rows = followups.pending().map((r) => ({
      followupId: r.id,
      interviewId: r.interview_id,
      company: r.company,
      heldAt: r.held_at,
      kind: r.kind,
      kindLabel: KIND_LABELS[r.kind] ?? r.kind,
      status: r.status,
      state: r.status === 'draft' ? ('to-send' as const) : ('awaiting-reply' as const),
      dueOn: r.due_on,
      sentOn: r.sent_on,
      subject: r.subject,
    }));
    const isRequest = (kind: string) => kind === 'second-chance' || kind === 'chance-to-impress';
    return {
      available: followups.available,
      followUps: rows.filter((r) => !isRequest(r.kind)),
      secondChances: rows.filter((r) => isRequest(r.kind)),
    };
  }

  return {
    generate(range: DayRange, questionLimit: number): GeneratedParts {
      const fumbled = fumbledQuestions(range, questionLimit);
      return {
        interviewsInRange: evidence.interviewsInRange(heldBounds(range)),
        weakestAreas: weakestAreas(range),
        fumbledQuestions: fumbled.list,
        fumbledTotal: fumbled.total,
        schedule: schedule(),
        followups: pendingFollowups(),
      };
    },
  };
}

export type PlanGenerator = ReturnType<typeof createPlanGenerator>;
