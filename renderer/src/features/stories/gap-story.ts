import { storyTagSchema } from '@shared/stories-schemas';
import type { StartFields } from './use-start-story';

/**
 * What a story started from a gap in the coverage holds: the term as its title, and as a tag where it fits one, so the
 * story covers the term from the start and the person writes the rest.
 */
export function gapStoryFields(term: string): StartFields {
  const tag = storyTagSchema.safeParse(term);
  return tag.success ? { title: term, tags: [tag.data] } : { title: term.slice(0, 200) };
}
