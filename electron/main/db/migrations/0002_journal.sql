-- The interview journal (step 2), the questions practice will schedule, and the full-text index over both.

CREATE TABLE interviews (
  id INTEGER PRIMARY KEY,
  company TEXT NOT NULL CHECK (length(company) BETWEEN 1 AND 200),
  role TEXT NOT NULL DEFAULT '',
  held_at TEXT NOT NULL,
  stage TEXT CHECK (stage IN ('screening', 'first', 'second', 'final', 'other')),
  format TEXT CHECK (format IN ('phone', 'video', 'on-site')),
  outcome TEXT NOT NULL DEFAULT 'waiting'
    CHECK (outcome IN ('waiting', 'next-round', 'rejected', 'offer', 'second-chance-requested')),
  notes TEXT NOT NULL DEFAULT '',
  questions_asked TEXT NOT NULL DEFAULT '',
  closing_statement TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
-- The list reads live interviews newest first; the trash reads the deleted ones.
CREATE INDEX interviews_by_date ON interviews (deleted_at, held_at DESC, id DESC);
CREATE INDEX interviews_by_company ON interviews (company COLLATE NOCASE, held_at DESC);

CREATE TABLE interviewers (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX interviewers_by_interview ON interviewers (interview_id, position);

CREATE TABLE interview_tags (
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (interview_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX interview_tags_by_tag ON interview_tags (tag, interview_id);

CREATE TABLE reflections (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  label TEXT NOT NULL,
  custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
  position INTEGER NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  went_well TEXT NOT NULL DEFAULT '',
  went_badly TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  -- The person's own call on what went badly here; NULL means the written rule decides.
  kind TEXT CHECK (kind IN ('slip', 'gap')),
  updated_at TEXT NOT NULL,
  UNIQUE (interview_id, area)
) STRICT;
CREATE INDEX reflections_by_rating ON reflections (interview_id, rating);
CREATE INDEX reflections_by_area ON reflections (area, interview_id);

-- Every question, from the bank or the person's own. Practice schedules these, so they outlive interviews.
CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('behavioural', 'situational', 'motivational', 'technical', 'about-you', 'closing')),
  source TEXT NOT NULL CHECK (source IN ('bank', 'custom')),
  bank_id TEXT UNIQUE,
  hints TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hints)),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX questions_by_text ON questions (text COLLATE NOCASE);
CREATE INDEX questions_by_category ON questions (category, id);

CREATE TABLE interview_questions (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  answer_given TEXT NOT NULL DEFAULT '',
  how_it_went TEXT CHECK (how_it_went IN ('strong', 'okay', 'fumbled')),
  kind TEXT CHECK (kind IN ('slip', 'gap')),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX interview_questions_by_interview ON interview_questions (interview_id, position);
CREATE INDEX interview_questions_by_question ON interview_questions (question_id);

CREATE TABLE key_points (
  id INTEGER PRIMARY KEY,
  interview_question_id INTEGER NOT NULL REFERENCES interview_questions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  missed INTEGER NOT NULL DEFAULT 1 CHECK (missed IN (0, 1))
) STRICT;
CREATE INDEX key_points_by_question ON key_points (interview_question_id, position);

-- One row per interview with everything written about it, kept in step by the journal repo in the same
-- transaction as each edit. Prefix indexes make "type-ahead" prefix queries cheap.
CREATE VIRTUAL TABLE interview_search USING fts5 (
  company, role, notes, reflections, questions,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE VIRTUAL TABLE question_search USING fts5 (
  text, hints,
  content = 'questions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE TRIGGER questions_ai AFTER INSERT ON questions BEGIN
  INSERT INTO question_search (rowid, text, hints) VALUES (new.id, new.text, new.hints);
END;
CREATE TRIGGER questions_ad AFTER DELETE ON questions BEGIN
  INSERT INTO question_search (question_search, rowid, text, hints) VALUES ('delete', old.id, old.text, old.hints);
END;
CREATE TRIGGER questions_au AFTER UPDATE ON questions BEGIN
  INSERT INTO question_search (question_search, rowid, text, hints) VALUES ('delete', old.id, old.text, old.hints);
  INSERT INTO question_search (rowid, text, hints) VALUES (new.id, new.text, new.hints);
END;
