-- A person's model answer to a question: their own answer rebuilt from its sentences into Situation, Task, Action and
-- Result, shown (folded) before the next attempt at the question, which is then compared with it. One per question;
-- it carries a revision (see 0007_revisions), so a save from an older copy is refused instead of replacing newer words.
CREATE TABLE model_answers (
  question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  situation TEXT NOT NULL DEFAULT '' CHECK (length(situation) <= 5000),
  task TEXT NOT NULL DEFAULT '' CHECK (length(task) <= 5000),
  action TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 5000),
  result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 5000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Search finds a model answer by its words: one full-text row per question that has one (rowid = question id). The
-- triggers keep it in step with every write, whoever makes it (the editor, an import, a restore, "Delete all data").
CREATE VIRTUAL TABLE model_answer_search USING fts5 (
  question, answer,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
  prefix = '2 3'
);
CREATE TRIGGER model_answers_search_insert AFTER INSERT ON model_answers BEGIN
  INSERT INTO model_answer_search (rowid, question, answer)
    VALUES (new.question_id, (SELECT text FROM questions WHERE id = new.question_id),
      concat_ws(' ', new.situation, new.task, new.action, new.result));
END;
CREATE TRIGGER model_answers_search_update AFTER UPDATE ON model_answers BEGIN
  DELETE FROM model_answer_search WHERE rowid = old.question_id;
  INSERT INTO model_answer_search (rowid, question, answer)
    VALUES (new.question_id, (SELECT text FROM questions WHERE id = new.question_id),
      concat_ws(' ', new.situation, new.task, new.action, new.result));
END;
CREATE TRIGGER model_answers_search_delete AFTER DELETE ON model_answers BEGIN
  DELETE FROM model_answer_search WHERE rowid = old.question_id;
END;
