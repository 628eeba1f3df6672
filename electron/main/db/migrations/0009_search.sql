-- Search finds what the person wrote, as they wrote it.
-- 1. "+" and "#" become word characters, so C++ and C# are words of their own instead of "C" (which matched every
--    word starting with c). Everything else still splits words, so "follow-up" is found by "up" and a word at the
--    end of a sentence keeps no dot; "IFRS-16", "node.js" and "24/7" are found as phrases of their parts.
-- 2. The built-in area names ("Confidence", "Punctuality and arrival") are no longer indexed: every interview has
--    them, so searching "confidence" found every interview and showed the list of names as the snippet. A custom
--    area's name is the person's own words and stays.
-- Both full-text tables are rebuilt from the rows; the journal's with the same select as search-index-repo.ts.

DROP TABLE interview_search;
CREATE VIRTUAL TABLE interview_search USING fts5 (
  company, role, notes, reflections, questions,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
  prefix = '2 3'
);
INSERT INTO interview_search (rowid, company, role, notes, reflections, questions)
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
        FROM interview_questions iq JOIN questions q ON q.id = iq.question_id WHERE iq.interview_id = i.id), '')
    FROM interviews i;

-- The bank's index reads its text from the questions table; the triggers that keep it in step name it, so a table
-- of the same name picks them up again.
DROP TABLE question_search;
CREATE VIRTUAL TABLE question_search USING fts5 (
  text, hints,
  content = 'questions', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
  prefix = '2 3'
);
INSERT INTO question_search (question_search) VALUES ('rebuild');
