-- Practice (step 5): the spaced-repetition state of each question, sessions, attempts and voice recordings.

-- One scheduling card per question, in ts-fsrs's terms. Created on the first grade; a fumbled question
-- without a card yet counts as due now.
CREATE TABLE review_items (
  question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  due TEXT NOT NULL,
  stability REAL NOT NULL,
  difficulty REAL NOT NULL,
  elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL,
  state INTEGER NOT NULL,
  last_review TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX review_items_by_due ON review_items (due);
-- "Weakest first": most lapses, then least stability, read in index order and cut off early.
CREATE INDEX review_items_by_weakness ON review_items (lapses DESC, stability ASC);

CREATE TABLE practice_sessions (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('due', 'interview', 'category')),
  source_ref TEXT,
  think_seconds INTEGER NOT NULL,
  answer_seconds INTEGER,
  question_ids TEXT NOT NULL CHECK (json_valid(question_ids)),
  started_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;
CREATE INDEX practice_sessions_by_start ON practice_sessions (started_at DESC);

CREATE TABLE attempts (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  answer_text TEXT NOT NULL DEFAULT '',
  duration_ms INTEGER NOT NULL,
  word_count INTEGER NOT NULL,
  filler_count INTEGER NOT NULL,
  key_points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_points)),
  grade TEXT CHECK (grade IN ('again', 'hard', 'good', 'easy')),
  due_after TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (session_id, position)
) STRICT;
CREATE INDEX attempts_by_question ON attempts (question_id, created_at DESC);

-- The journal questions that need practice are found through these two small indexes.
CREATE INDEX interview_questions_fumbled ON interview_questions (question_id) WHERE how_it_went = 'fumbled';
CREATE INDEX key_points_missed ON key_points (interview_question_id) WHERE missed = 1;

CREATE TABLE recordings (
  id INTEGER PRIMARY KEY,
  attempt_id INTEGER REFERENCES attempts (id) ON DELETE SET NULL,
  file_name TEXT NOT NULL UNIQUE,
  mime_type TEXT NOT NULL,
  duration_ms INTEGER NOT NULL DEFAULT 0,
  size_bytes INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT,
  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
