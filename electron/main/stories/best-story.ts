import type { Story } from '../../shared/stories-schemas';
import { matchTokens, STOPWORDS } from './text-match';

/** The content stems of a text: its words less the stopwords, stemmed. */
function contentStems(text: string): Set<string> {
  return new Set(
    matchTokens(text)
      .filter((t) => !STOPWORDS.has(t.norm) && t.norm.length > 2)
      .map((t) => t.stem),
  );
}

/**
 * The story that best backs a missed point: the one sharing the most of the point's words (its result's words count
 * twice, since the result is what a draft cites), a complete story before a draft; null when none shares a word.
 */
export function bestStoryFor(point: string, stories: readonly Story[]): Story | null {
  const wanted = contentStems(point);
  let best: { story: Story; score: number } | null = null;
  for (const story of stories) {
    const body = contentStems([story.title, story.situation, story.task, story.action, ...story.tags].join(' '));
    const result = contentStems(story.result);
    let score = 0;
    for (const w of wanted) score += (result.has(w) ? 2 : 0) + (body.has(w) ? 1 : 0);
    if (score === 0) continue;
    if (!story.check.draft) score += 0.5;
    if (!best || score > best.score) best = { story, score };
  }
  return best?.story ?? null;
}
