-- The points a person did not get across in an interview, in their own words: typed, or accepted from the
-- sentences of their notes that say they forgot, did not mention or should have said something. Follow-ups
-- offer these first. Suggestions are found on every read and never stored; only the person's answer to one is.

CREATE TABLE missed_points (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  -- Set when the point was accepted from a suggestion, so that suggestion is not offered again however the
  -- person rewords the point.
  suggestion_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (interview_id, suggestion_key)
) STRICT;
CREATE INDEX missed_points_by_interview ON missed_points (interview_id, position, id);

-- Suggestions the person said no to: a dismissed suggestion stays dismissed.
CREATE TABLE missed_point_dismissals (
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  suggestion_key TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (interview_id, suggestion_key)
) STRICT, WITHOUT ROWID;
