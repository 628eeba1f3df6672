-- Journal search finds an interview by a word of its job description (0014 stored the description but left it out
-- of the index). FTS5 tables take no new column, so the journal's index is rebuilt with a sixth one, `job`, and filled
-- from the rows with the same select as search-index-repo.ts (which now reads the description too).
-- The description is written by its own service, the import and "Delete all data", not by the journal's edits, so
-- triggers keep the `job` column in step whoever writes it; the journal's own refresh rewrites the whole row, job
-- included. A description whose interview row is not indexed (yet) changes nothing: the refresh that follows adds it.
DROP TABLE interview_search;
CREATE VIRTUAL TABLE interview_search USING fts5 (
  company, role, notes, reflections, questions, job,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
  prefix = '2 3'
);
INSERT INTO interview_search (rowid, company, role, notes, reflections, questions, job)
  SELECT i.id, i.company, i.role,
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
    FROM interviews i;

CREATE TRIGGER job_descriptions_search_insert AFTER INSERT ON job_descriptions BEGIN
  UPDATE interview_search SET job = new.text WHERE rowid = new.interview_id;
END;
CREATE TRIGGER job_descriptions_search_update AFTER UPDATE OF text ON job_descriptions BEGIN
  UPDATE interview_search SET job = new.text WHERE rowid = new.interview_id;
END;
CREATE TRIGGER job_descriptions_search_delete AFTER DELETE ON job_descriptions BEGIN
  UPDATE interview_search SET job = '' WHERE rowid = old.interview_id;
END;
