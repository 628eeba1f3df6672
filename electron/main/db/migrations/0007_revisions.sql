-- Every record a person edits carries a revision, so a save made from an older copy (a second window, a tab left
-- open, the follow-up page beside the journal) is refused instead of silently replacing newer words. The repo bumps
-- it in the same transaction as each write of the row; the services refuse a save whose base revision is not the
-- current one. Existing rows start at 1, as every editor that loads them will see.
ALTER TABLE interviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE reflections ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE interview_questions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE followups ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE followup_plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan_note ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
-- Settings are one record kept as key-value rows: the record's revision is 1 plus the sum of the rows' revisions,
-- so each written key (new or changed) moves it on by one.
ALTER TABLE settings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
