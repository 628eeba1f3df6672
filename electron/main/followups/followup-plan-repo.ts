import type Database from 'better-sqlite3';
import type { FollowupPlan } from '../../shared/followups-schemas';

interface Row {
  interview_id: number;
  send_window: FollowupPlan['sendWindow'];
  decision_on: string | null;
  check_in_on: string | null;
  reply_on: string | null;
  thank_you_skipped: number;
  specific_moment: string;
  revision: number;
}

/** The plan of an interview nobody has set anything on. */
export const EMPTY_PLAN: FollowupPlan = {
  sendWindow: null,
  decisionOn: null,
  checkInOn: null,
  replyOn: null,
  thankYouSkipped: false,
  specificMoment: '',
  revision: 1,
};

function toPlan(r: Row): FollowupPlan {
  return {
    sendWindow: r.send_window,
    decisionOn: r.decision_on,
    checkInOn: r.check_in_on,
    replyOn: r.reply_on,
    thankYouSkipped: r.thank_you_skipped === 1,
    specificMoment: r.specific_moment,
    revision: r.revision,
  };
}

/** SQL for the per-interview follow-up plan (one row once anything is set). */
export function createFollowupPlanRepo(db: Database.Database) {
  const one = db.prepare<[number], Row>('SELECT * FROM followup_plans WHERE interview_id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM followup_plans');
  // A plan with no row is revision 1 (EMPTY_PLAN), so the first save writes 2 and every later one adds one.
  const save = db.prepare(`INSERT INTO followup_plans
    (interview_id, send_window, decision_on, check_in_on, reply_on, thank_you_skipped, specific_moment, updated_at, revision)
    VALUES (@interviewId, @sendWindow, @decisionOn, @checkInOn, @replyOn, @skipped, @specificMoment, @now, 2)
    ON CONFLICT (interview_id) DO UPDATE SET send_window = excluded.send_window, decision_on = excluded.decision_on,
      check_in_on = excluded.check_in_on, reply_on = excluded.reply_on, thank_you_skipped = excluded.thank_you_skipped,
      specific_moment = excluded.specific_moment, updated_at = excluded.updated_at, revision = followup_plans.revision + 1`);
  return {
    get(interviewId: number): FollowupPlan {
      const row = one.get(interviewId);
      return row ? toPlan(row) : { ...EMPTY_PLAN };
    },
    all: () => new Map(all.all().map((r) => [r.interview_id, toPlan(r)])),
    save(interviewId: number, plan: FollowupPlan, now: string): void {
      const { revision: _revision, thankYouSkipped, ...fields } = plan;
      save.run({ interviewId, ...fields, skipped: thankYouSkipped ? 1 : 0, now });
    },
  };
}

export type FollowupPlanRepo = ReturnType<typeof createFollowupPlanRepo>;
