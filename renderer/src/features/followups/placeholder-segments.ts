// Splits a message into plain text and {{placeholder}} runs, so the preview can mark the gaps without v-html.

/** One run of a message: words as written, or a placeholder still waiting for a value. */
type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string; text: string };

// The same pattern as the main process's findUnfilled (followups-text.ts), so what is marked is what is refused.
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The message as runs in order; joining every run's text gives the message back unchanged. */
export function placeholderSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'placeholder', name: match[1].replace(/^[#/]/, ''), text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** A placeholder's name as words ("missed_point_1" -> "missed point 1"), for the list of gaps to fill. */
export function placeholderLabel(name: string): string {
  return name.replace(/_/g, ' ').trim() || 'unnamed gap';
}
