import type { InterviewDetail, InterviewQuestion, Interviewer, KeyPoint } from '@shared/journal-schemas';

/** A key point as the editor holds it: with a local id so the list can be edited without inputs swapping places. */
interface DraftKeyPoint {
  uid: number;
  text: string;
  missed: boolean;
}

/** An interviewer row in the editor, with a local id for the same reason. */
interface DraftInterviewer {
  uid: number;
  name: string;
  role: string;
  email: string;
}

/** A question asked in the interview, as the editor holds it. */
export interface DraftQuestion extends Omit<InterviewQuestion, 'keyPoints'> {
  keyPoints: DraftKeyPoint[];
}

/** The interview being edited: the editor's own copy, so a save's answer never overwrites what is being typed. */
export interface InterviewDraft extends Omit<InterviewDetail, 'questions' | 'interviewers'> {
  interviewers: DraftInterviewer[];
  questions: DraftQuestion[];
}

/** The interview's own fields that autosave sends with interview:update, one key each. */
export type InterviewField =
  | 'company'
  | 'role'
  | 'heldAt'
  | 'stage'
  | 'format'
  | 'outcome'
  | 'notes'
  | 'questionsAsked'
  | 'closingStatement'
  | 'tags'
  | 'interviewers';

let next = 1;
/** A fresh local id, unique for this page's life. */
export function localId(): number {
  return next++;
}

/** One asked question as the editor holds it. */
export function toDraftQuestion(q: InterviewQuestion): DraftQuestion {
  return { ...q, hints: [...q.hints], keyPoints: q.keyPoints.map((p) => ({ uid: localId(), ...p })) };
}

/** The editor's copy of an interview, detached from the answer it came from. */
export function toDraft(detail: InterviewDetail): InterviewDraft {
  return {
    ...detail,
    tags: [...detail.tags],
    reflections: detail.reflections.map((r) => ({ ...r })),
    interviewers: detail.interviewers.map((i) => ({ uid: localId(), ...i })),
    questions: detail.questions.map((q) => toDraftQuestion(q)),
  };
}

/** Key points as the main process takes them: blank rows (just added, not typed yet) stay in the editor only. */
export function keyPointsToSave(points: DraftKeyPoint[]): KeyPoint[] {
  return points.filter((p) => p.text.trim() !== '').map((p) => ({ text: p.text, missed: p.missed }));
}

/** Interviewers as the main process takes them; a row with nothing typed yet stays in the editor only. */
export function interviewersToSave(rows: DraftInterviewer[]): Interviewer[] {
  return rows
    .filter((r) => r.name.trim() || r.role.trim() || r.email.trim())
    .map((r) => ({ name: r.name, role: r.role, email: r.email.trim() }));
}
