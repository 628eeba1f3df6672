-- The journal's "points I did not get across" are edited like the rest of it, so each carries a revision too (see
-- 0007_revisions): a rewording made from an older copy is refused instead of replacing newer words.
ALTER TABLE missed_points ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
