import { searchTerms } from '../../shared/search-terms';
import { ftsPhrase } from '../db/fts-query';

// Words nearly every question holds ("Tell me about a time you..."): matching them says nothing, and counting them
// would rank "Tell me about yourself" above the one question about a conflict. Question words (why, how, what)
// are kept: "why" is how a person looks for "Why do you want to work here?".
const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at by for with from as into is are was were be been being it its this that ' +
    'these those me my i you your yours we our us they their them about tell describe give do did does done can ' +
    'could would will should'
  ).split(' '),
);

/**
 * The bank's search, one FTS5 phrase per term, each a word start: a question matching any of them is found, and
 * the repo ranks those that match more of them first. Stop words count only when nothing else was typed.
 * Null when nothing searchable is left (the whole bank).
 */
export function toBankSearch(input: string): string[] | null {
  const terms = searchTerms(input);
  if (!terms.length) return null;
  const meaningful = terms.filter((t) => t.words.length > 1 || !STOP_WORDS.has(t.words[0].toLowerCase()));
  return [...new Set((meaningful.length ? meaningful : terms).map(ftsPhrase))];
}
