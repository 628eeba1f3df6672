-- A spoken answer's transcript can be corrected by the person: edited_text holds their words (null = as recognised,
-- the words and their times stay as the engine heard them), and the revision refuses a correction made from an older
-- copy (see 0007_revisions). A new transcription of the same audio replaces the words and clears the correction.
ALTER TABLE speech_transcripts ADD COLUMN edited_text TEXT;
ALTER TABLE speech_transcripts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
