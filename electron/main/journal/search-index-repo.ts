import type Database from 'better-sqlite3';

/**
 * What one interview's search row holds: only what the person wrote. Built-in area names ("Confidence",
 * "Punctuality and arrival") are the app's labels, present on every interview, so indexing them made every interview
 * match them and put the list of labels in the snippet; a custom area's name is the person's own words and stays.
 * The interview's job description is in it too (its own column, `job`): its triggers keep that column in step when
 * the description alone changes. Migrations 0009_search.sql and 0016_job_description_search.sql rebuilt the index
 * with frozen copies of this select.
 */
const SEARCH_ROW_SELECT = `SELECT i.id, i.company, i.role,
      concat_ws(' ', nullif(i.notes, ''), nullif(i.questions_asked, ''), nullif(i.closing_statement, ''),
        (SELECT group_concat(tag, ' ') FROM interview_tags WHERE interview_id = i.id),
        (SELECT group_concat(concat_ws(' ', name, nullif(role, ''), nullif(email, '')), ' ')
          FROM interviewers WHERE interview_id = i.id)),
      coalesce((SELECT group_concat(nullif(concat_ws(' ', CASE WHEN custom = 1 THEN label END,
          nullif(went_well, ''), nullif(went_badly, ''), nullif(notes, '')), ''), ' ')
        FROM reflections WHERE interview_id = i.id), ''),
      coalesce((SELECT group_concat(concat_ws(' ', q.text, nullif(iq.answer_given, ''),
          (SELECT group_concat(text, ' ') FROM key_points WHERE interview_question_id = iq.id)), ' ')
        FROM interview_questions iq JOIN questions q ON q.id = iq.question_id WHERE iq.interview_id = i.id), ''),
      coalesce((SELECT text FROM job_descriptions WHERE interview_id = i.id), '')
    FROM interviews i`;

/**
 * Keeps the one full-text row per interview in step with everything written about it.
 * Called by the journal service inside the same transaction as each edit, so the index never lags.
 */
export function createSearchIndexRepo(db: Database.Database) {
  const remove = db.prepare('DELETE FROM interview_search WHERE rowid = ?');
  const insert = db.prepare(`INSERT INTO interview_search (rowid, company, role, notes, reflections, questions, job)
    ${SEARCH_ROW_SELECT} WHERE i.id = ?`);

  return {
    refresh(interviewId: number): void {
      remove.run(interviewId);
      insert.run(interviewId);
    },
    remove: (interviewId: number) => void remove.run(interviewId),
  };
}

export type SearchIndexRepo = ReturnType<typeof createSearchIndexRepo>;
