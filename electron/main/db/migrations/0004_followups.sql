-- Follow-ups (step 3) and second chances (step 4): messages with every saved version, the per-interview facts
-- they are timed by, a checklist for a "chance to impress", and the person's settings.

-- Key-value settings; values are JSON so a later setting is a new key, not a migration. Unknown or broken
-- values read as the default, so an older app never fails on a newer setting.
CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

-- One row per interview once the person sets something; kept here rather than on interviews so the journal's
-- table stays the journal's. Dates are local YYYY-MM-DD as the person gave them.
CREATE TABLE followup_plans (
  interview_id INTEGER PRIMARY KEY NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  send_window TEXT CHECK (send_window IN ('same-day', 'within-24h', '1-2-days')),
  decision_on TEXT,
  check_in_on TEXT,
  reply_on TEXT,
  thank_you_skipped INTEGER NOT NULL DEFAULT 0 CHECK (thank_you_skipped IN (0, 1)),
  specific_moment TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE followups (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('thank-you', 'check-in', 'second-chance', 'chance-to-impress')),
  template_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'no-reply')),
  -- Copied from the interviewer when drafted: the journal rewrites its interviewer rows on every edit, so a
  -- reference would break, and the message went to whoever it went to.
  recipient_name TEXT NOT NULL DEFAULT '',
  recipient_email TEXT NOT NULL DEFAULT '',
  -- The local date (or date and time) the person says it was sent, and the version that went.
  sent_on TEXT,
  sent_version_id INTEGER,
  do_differently TEXT NOT NULL DEFAULT '',
  missed_points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missed_points)),
  why_fit TEXT NOT NULL DEFAULT '',
  impress_form TEXT CHECK (impress_form IN ('work-sample', 'research', 'analysis', 'trial-task')),
  plan TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'draft') = (sent_on IS NULL))
) STRICT;
CREATE INDEX followups_by_interview ON followups (interview_id, id);
CREATE INDEX followups_by_status ON followups (status, interview_id);

-- Every saved text. The newest row is the current text; rows are never changed once a newer one exists.
CREATE TABLE followup_versions (
  id INTEGER PRIMARY KEY,
  followup_id INTEGER NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('generated', 'edited', 'restored')),
  subject TEXT NOT NULL,
  body TEXT NOT NULL CHECK (length(body) <= 20000),
  saved_at TEXT NOT NULL,
  sent_on TEXT
) STRICT;
CREATE INDEX followup_versions_by_followup ON followup_versions (followup_id, id);

CREATE TABLE followup_checklist_items (
  id INTEGER PRIMARY KEY,
  followup_id INTEGER NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  done_at TEXT
) STRICT;
CREATE INDEX followup_checklist_by_followup ON followup_checklist_items (followup_id, position);
