-- The improvement plan's own parts (step 5): what the person writes or accepts from a suggestion. The generated
-- parts (weakest areas, fumbled questions, schedule, follow-ups) are computed on every read and never stored, so
-- refreshing them cannot touch a word of these rows.

CREATE TABLE plan_items (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  -- A local calendar day, YYYY-MM-DD, as the person picked it.
  target_on TEXT CHECK (target_on IS NULL OR length(target_on) = 10),
  status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
  -- A built-in reflection area key, when the item works on one.
  area TEXT,
  question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
  -- Set when the item was accepted from a suggestion, so that suggestion is not offered again.
  suggestion_key TEXT UNIQUE,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  done_at TEXT
) STRICT;
CREATE INDEX plan_items_by_position ON plan_items (position, id);
-- Lets ON DELETE SET NULL find the items of a question without scanning.
CREATE INDEX plan_items_by_question ON plan_items (question_id) WHERE question_id IS NOT NULL;

-- The person's free-text note on the plan: one row, made on the first save.
CREATE TABLE plan_note (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  body TEXT NOT NULL CHECK (length(body) <= 100000),
  updated_at TEXT NOT NULL
) STRICT;

-- Suggestions the person said no to; they are not offered again until restored.
CREATE TABLE plan_dismissed (
  suggestion_key TEXT PRIMARY KEY NOT NULL,
  dismissed_at TEXT NOT NULL
) STRICT;

-- The plan and the insights read each area's ratings across every interview; this small covering index answers
-- their averages and "lowest rated first" without reading the reflections' text.
CREATE INDEX reflections_rated_by_area ON reflections (area, rating, interview_id) WHERE rating IS NOT NULL AND custom = 0;
