import { useRouter } from 'vue-router';
import type { StoryOrigin, storyFieldsSchema } from '@shared/stories-schemas';
import type { z } from 'zod';
import { useApi } from '@renderer/api/inject-api';
import { useRequest } from '@renderer/shared/use-request';

/** Fields a new story may start with (the origin fills the rest). */
export type StartFields = Partial<z.input<typeof storyFieldsSchema>>;

/** Where the story editor of one story lives. */
export const storyPath = (id: number): string => `/stories/${id}`;

/** Starts a story (blank, from a fumbled question, an answer or a rebuilt answer) and opens it in the editor. */
export function useStartStory() {
  const api = useApi();
  const router = useRouter();
  const request = useRequest({ once: true });

  /** The new story's id once it is open, or null (the error is kept to show beside the button). */
  async function start(origin: StoryOrigin, fields: StartFields = {}): Promise<number | null> {
    // Fields go only when given, so nothing the caller left out can stand in for what the origin fills.
    const input = Object.keys(fields).length ? { origin, fields } : { origin };
    const story = await request.get(() => api.call('story:create', input));
    if (!story) return null;
    // What a long answer left out travels with the navigation, so the editor can say it once and a reload forgets it.
    await router.push({ path: storyPath(story.id), state: { storyNotice: story.notice ?? null } });
    return story.id;
  }

  return { start, pending: request.pending, error: request.error };
}
