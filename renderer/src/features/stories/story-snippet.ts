/** One piece of a story search snippet: plain text, or a word the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

/**
 * Splits a snippet from story:list (matched words wrapped in \u0002 … \u0003) into parts the template renders as text
 * and <mark>, so nothing from the database is parsed as HTML; a stray or unclosed marker never shows.
 */
export function splitStorySnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const push = () => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === OPEN || ch === CLOSE) {
      push();
      marked = ch === OPEN;
    } else {
      text += ch;
    }
  }
  push();
  return parts;
}
