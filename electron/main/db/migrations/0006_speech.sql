-- Offline speech: the 16 kHz PCM copy of a recording (or of a dictation) that the engine reads, the transcript made
-- from it (words with times, the VAD's speech segments, the figures), and the person's choice of model.

-- The WAV file lives beside the recordings; recording_id is null for a dictation that has no recording. When a
-- recording goes (its attempt deleted, or replaced), its speech audio and transcript go with it.
CREATE TABLE speech_audio (
  id INTEGER PRIMARY KEY,
  recording_id INTEGER UNIQUE REFERENCES recordings (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL UNIQUE,
  sample_count INTEGER NOT NULL DEFAULT 0 CHECK (sample_count >= 0),
  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- One transcript per audio; a new transcription replaces it. Words, segments and figures are JSON arrays and
-- objects, read and written whole. model_id is null when only the voice-activity model ran.
CREATE TABLE speech_transcripts (
  audio_id INTEGER PRIMARY KEY REFERENCES speech_audio (id) ON DELETE CASCADE,
  model_id TEXT,
  language TEXT,
  text TEXT NOT NULL,
  words TEXT NOT NULL CHECK (json_valid(words)),
  speech TEXT NOT NULL CHECK (json_valid(speech)),
  figures TEXT NOT NULL CHECK (json_valid(figures)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE speech_prefs (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
