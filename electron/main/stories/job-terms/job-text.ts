/**
 * Text pasted from a PDF or a web page, made readable: Windows line ends, words split by a hyphen at a line's end
 * joined again, bullet characters turned into line starts, and lines a PDF broke mid-sentence put back together.
 * Each line of the result is one heading, sentence or list item.
 */
export function cleanJobText(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, '\n')
    // Page breaks (pdftotext's form feeds) and any other control character end a line.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    // "manage-\nment": a word a PDF hyphenated at the line's end.
    .replace(/([a-z])-\n([a-z])/g, '$1$2')
    // Bullets anywhere become the start of a line (PDFs often run a list into one line).
    .replace(/\s*[•●▪◦■□►▶✓✔➢❖]\s*/g, '\n')
    .replace(/^[ ]*[-*–—][ ]+/gm, '\n');
  const lines = text.split('\n').map((l) => l.trim());
  const out: string[] = [];
  for (const line of lines) {
    if (!line) {
      out.push('');
      continue;
    }
    const last = out[out.length - 1];
    // A PDF's soft line break: the line before ends mid-sentence and this one goes on in lower case.
    if (last && !/[.!?:;]$/.test(last) && /^[a-z(]/.test(line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
