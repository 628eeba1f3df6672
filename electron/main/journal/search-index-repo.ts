import type Database from 'better-sqlite3';

/**
 * Keeps the one full-text row per interview in step with everything written about it.
 * Called by the journal service inside the same transaction as each edit, so the index never lags.
 */
export function createSearchIndexRepo(db: Database.Database) {
  const remove = db.prepare('DELETE FROM interview_search WHERE rowid = ?');
  const insert = db.prepare(`INSERT INTO interview_search (rowid, company, role, notes, reflections, questions)
    SELECT i.id, i.company, i.role,
      concat_ws(' ', i.notes, i.questions_asked, i.closing_statement,
        (SELECT group_concat(tag, ' ') FROM interview_tags WHERE interview_id = i.id),
        (SELECT group_concat(concat_ws(' ', name, role, email), ' ') FROM interviewers WHERE interview_id = i.id)),
      coalesce((SELECT group_concat(concat_ws(' ', label, went_well, went_badly, notes), ' ')
        FROM reflections WHERE interview_id = i.id), ''),
      coalesce((SELECT group_concat(concat_ws(' ', q.text, iq.answer_given,
          (SELECT group_concat(text, ' ') FROM key_points WHERE interview_question_id = iq.id)), ' ')
        FROM interview_questions iq JOIN questions q ON q.id = iq.question_id WHERE iq.interview_id = i.id), '')
    FROM interviews i WHERE i.id = ?`);

  return {
    refresh(interviewId: number): void {
      remove.run(interviewId);
      insert.run(interviewId);
    },
    remove: (interviewId: number) => void remove.run(interviewId),
  };
}

export type SearchIndexRepo = ReturnType<typeof createSearchIndexRepo>;
