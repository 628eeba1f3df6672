-- The story bank: a person's true stories, each told in four parts (situation, task, action, result), tagged with the
-- skills they show and linked to the questions they answer. A story started from an interview remembers it while it
-- exists (ON DELETE SET NULL: emptying the trash of an interview keeps the story). Stories go to the trash first
-- (deleted_at). Revisions and per-field revisions work as on every other record (see 0007 and 0013).
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  situation TEXT NOT NULL DEFAULT '' CHECK (length(situation) <= 5000),
  task TEXT NOT NULL DEFAULT '' CHECK (length(task) <= 5000),
  action TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 5000),
  result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 5000),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array' AND json_array_length(tags) <= 12),
  origin_kind TEXT NOT NULL DEFAULT 'blank' CHECK (origin_kind IN ('blank', 'interview-question', 'attempt', 'model-answer')),
  origin_interview_id INTEGER REFERENCES interviews (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  field_revisions TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX stories_by_update ON stories (deleted_at, updated_at DESC, id DESC);
CREATE INDEX stories_by_interview ON stories (origin_interview_id) WHERE origin_interview_id IS NOT NULL;

-- Which questions a story answers (bank questions, and the questions asked in interviews, which are filed in the bank).
-- Deleting either side removes only the link.
CREATE TABLE story_questions (
  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (story_id, question_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_questions_by_question ON story_questions (question_id, story_id);

-- Search finds a story by any word of it: one full-text row per story (rowid = story id), kept in step by triggers
-- whoever writes (the editor, an import, a restore, "Delete all data"); trashed stories are left out when reading.
CREATE VIRTUAL TABLE story_search USING fts5 (
  title, story, tags,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'",
  prefix = '2 3'
);
CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_search (rowid, title, story, tags)
    VALUES (new.id, new.title, concat_ws(' ', new.situation, new.task, new.action, new.result),
      (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)));
END;
CREATE TRIGGER stories_search_update AFTER UPDATE OF title, situation, task, action, result, tags ON stories BEGIN
  DELETE FROM story_search WHERE rowid = old.id;
  INSERT INTO story_search (rowid, title, story, tags)
    VALUES (new.id, new.title, concat_ws(' ', new.situation, new.task, new.action, new.result),
      (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)));
END;
CREATE TRIGGER stories_search_delete AFTER DELETE ON stories BEGIN
  DELETE FROM story_search WHERE rowid = old.id;
END;

-- The next job's description, pasted on an interview (one per interview, gone with it). Its terms are found on every
-- read; only the person's changes to them are kept: the found terms they removed, and the terms they added.
CREATE TABLE job_descriptions (
  interview_id INTEGER PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
  text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 100000),
  removed_terms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(removed_terms) AND json_type(removed_terms) = 'array'),
  added_terms TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(added_terms) AND json_type(added_terms) = 'array' AND json_array_length(added_terms) <= 100),
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1
) STRICT;
