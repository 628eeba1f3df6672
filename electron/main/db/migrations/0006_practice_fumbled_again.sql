-- Practice: a question fumbled again in the journal after it was last practised is due again at once.
-- The rule moves the saved card's due date itself, so everything that reads the schedule (the badge, the practice
-- home, the plan, the forecast) agrees without each repeating it, and the journal needs to know nothing of practice.

-- Fires when a live interview's asked question becomes "fumbled" (not on other edits of a row already fumbled);
-- the journal stamps updated_at in the same statement, so NEW.updated_at is when it was marked. Imports only insert
-- rows and keep the saved schedule as it was exported.
CREATE TRIGGER review_items_due_when_fumbled_again AFTER UPDATE OF how_it_went ON interview_questions
WHEN NEW.how_it_went = 'fumbled' AND OLD.how_it_went IS NOT 'fumbled'
  AND EXISTS (SELECT 1 FROM interviews i WHERE i.id = NEW.interview_id AND i.deleted_at IS NULL)
BEGIN
  UPDATE review_items SET due = NEW.updated_at
  WHERE question_id = NEW.question_id AND due > NEW.updated_at
    AND (last_review IS NULL OR last_review < NEW.updated_at);
END;
