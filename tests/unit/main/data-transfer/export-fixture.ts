import { EXPORT_TABLES } from '../../../../electron/shared/data-transfer-export-schemas';

const T = '2026-03-01T10:00:00.000Z';
const SHA = 'a'.repeat(64);

/** A small valid export (one row in the main tables), as a plain object a test can break in one place. */
export function validExport(
  schemaVersion = 5,
): Record<string, unknown> & { data: Record<string, Record<string, unknown>[]>; recordings: Record<string, unknown>[] } {
  const data: Record<string, Record<string, unknown>[]> = Object.fromEntries(EXPORT_TABLES.map((t) => [t, []]));
  data.questions = [
    {
      id: 1,
      text: 'Tell me about yourself',
      category: 'about-you',
      source: 'custom',
      bank_id: null,
      hints: '[]',
      tags: '[]',
      created_at: T,
    },
  ];
  data.interviews = [
    {
      id: 1,
      company: 'Acme',
      role: '',
      held_at: '2026-03-01T09:30',
      stage: null,
      format: null,
      outcome: 'waiting',
      notes: '',
      questions_asked: '',
      closing_statement: '',
      created_at: T,
      updated_at: T,
      deleted_at: null,
    },
  ];
  data.reflections = [
    {
      id: 1,
      interview_id: 1,
      area: 'closing',
      label: 'Closing statement',
      custom: 0,
      position: 6,
      rating: 2,
      went_well: '',
      went_badly: 'Trailed off',
      notes: '',
      kind: null,
      updated_at: T,
    },
  ];
  data.interview_questions = [
    { id: 1, interview_id: 1, question_id: 1, position: 0, answer_given: '', how_it_went: 'fumbled', kind: null, updated_at: T },
  ];
  data.key_points = [{ id: 1, interview_question_id: 1, position: 0, text: 'Be brief', missed: 1 }];
  data.practice_sessions = [
    {
      id: 1,
      source: 'due',
      source_ref: 'Due',
      think_seconds: 30,
      answer_seconds: 120,
      question_ids: '[{"questionId":1,"reason":"Due"}]',
      started_at: T,
      ended_at: null,
    },
  ];
  data.attempts = [
    {
      id: 1,
      session_id: 1,
      question_id: 1,
      position: 0,
      answer_text: 'x',
      duration_ms: 1000,
      word_count: 1,
      filler_count: 0,
      key_points: '[]',
      grade: 'good',
      due_after: T,
      created_at: T,
    },
  ];
  data.review_items = [
    {
      question_id: 1,
      due: T,
      stability: 2.5,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: T,
      created_at: T,
    },
  ];
  data.recordings = [
    {
      id: 1,
      attempt_id: 1,
      file_name: 'recording-1.webm',
      mime_type: 'audio/webm',
      duration_ms: 1000,
      size_bytes: 3,
      sha256: SHA,
      complete: 1,
      created_at: T,
    },
  ];
  if (schemaVersion < 5) for (const t of ['plan_items', 'plan_note', 'plan_dismissed']) delete data[t];
  return {
    format: 'debrief-export',
    version: 1,
    exportedAt: T,
    appVersion: '0.1.0',
    schemaVersion,
    data,
    recordings: [{ id: 1, fileName: 'recording-1.webm', sizeBytes: 3, sha256: SHA }],
  };
}
