/** One piece of a search snippet: plain text, or a word the search matched. */
interface SnippetPart {
  text: string;
  marked: boolean;
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

/**
 * Splits a snippet from interview:list or story:list (matched words wrapped in \u0002 … \u0003) into parts the
 * template renders as text and <mark> nodes, so no HTML from the database is ever parsed (no v-html, the CSP stays
 * strict). A stray or unclosed marker never leaks into the text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
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
