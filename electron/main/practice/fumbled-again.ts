import type Database from 'better-sqlite3';

// When the journal marks a question fumbled again after it was last practised, its saved card is due at once.
// The rule moves the card's due date itself, so everything that reads the schedule (the badge, the practice home,
// the plan, the forecast) agrees without repeating it, and the journal needs to know nothing of practice.
//
// A TEMP trigger, installed on the app's connection when practice is wired: it is practice's rule, kept in practice's
// room, and it changes no table, so the data folder's schema (and its export format) stays as it is. It fires only
// when a live interview's asked question becomes "fumbled", not on other edits of a row already fumbled; the journal
// stamps updated_at in the same statement, so NEW.updated_at is the moment it was marked. Imports only insert rows,
// so an imported schedule stays as it was exported.
const FUMBLED_AGAIN = `CREATE TEMP TRIGGER IF NOT EXISTS review_items_due_when_fumbled_again
  AFTER UPDATE OF how_it_went ON main.interview_questions
  WHEN NEW.how_it_went = 'fumbled' AND OLD.how_it_went IS NOT 'fumbled'
    AND EXISTS (SELECT 1 FROM main.interviews i WHERE i.id = NEW.interview_id AND i.deleted_at IS NULL)
  BEGIN
    UPDATE main.review_items SET due = NEW.updated_at
    WHERE question_id = NEW.question_id AND due > NEW.updated_at
      AND (last_review IS NULL OR last_review < NEW.updated_at);
  END`;

/** Makes a question fumbled again in the journal, after its last practice, due now (see above); safe to call twice. */
export function installFumbledAgainRule(db: Database.Database): void {
  db.exec(FUMBLED_AGAIN);
}
