-- A second-chance request or a chance-to-impress proposal can cite a story from the story bank for each missed point
-- it adds. The draft keeps which story it cited for which point and the sentence it wrote, so the panel can name them
-- and the person can leave one out (leftOut). Stored by point and story title, not by id: the list reads the same after
-- an import that numbers stories anew.
ALTER TABLE followups ADD COLUMN story_citations TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(story_citations) AND json_type(story_citations) = 'array');
