-- A save made from an older copy is refused only when the field it writes changed since that copy (see 0007): two
-- windows editing different fields of one record both save. Each record keeps, per field, the revision that last
-- wrote it, as a JSON object ({"notes": 5}); "_floor" is the revision tracking began at, so a field not named was
-- last written at or before it. '{}' (every row today, and imported rows) means nothing is known: every field counts
-- as written at the record's current revision, exactly the old rule.
ALTER TABLE interviews ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE reflections ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE interview_questions ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE followups ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE followup_plans ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plan_items ADD COLUMN field_revisions TEXT NOT NULL DEFAULT '{}';
-- Settings are key-value rows of one record (see 0007): each key keeps the record's revision that last wrote it. The
-- keys stored today count as written at the revision they have now; 0 (an imported row) means not known, so current.
ALTER TABLE settings ADD COLUMN written_at INTEGER NOT NULL DEFAULT 0;
UPDATE settings SET written_at = (SELECT 1 + sum(revision) FROM settings);
