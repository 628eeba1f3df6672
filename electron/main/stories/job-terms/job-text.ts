/** One line of a cleaned job text: a heading, a sentence or a list item, and whether it was written as a list item. */
export interface JobLine {
  text: string;
  item: boolean;
}

/**
 * A PDF's page furniture that a paste carries into the text: "Page 1 of 2", a document code and "Uncontrolled when
 * printed" footer, none of it about the job.
 */
const PAGE_FURNITURE = /^(page \d+( of \d+)?|.*\buncontrolled (copy|when printed)\b.*)$/i;
/** A web page's breadcrumbs ("Home > Jobs > Support staff > School Business Manager"): where the ad sits, not the ad. */
const BREADCRUMBS = /^[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,60}){2,}$/;
/** A footer that opens with a document code of capitals and digits ("HBS-HR-JD-014 v3"). */
const DOC_CODE = /^[A-Z][A-Z0-9]+(?:-[A-Z0-9]+){3,}\b/;

/** A header table's "Field:   value" line, whose value a PDF may wrap onto an indented line below it. */
const FIELD_LINE = /^[A-Z][A-Za-z ]{1,25}:\s+\S/;

/** Bullets, dashes and numbers ("1.", "2)") that open a list item; each is turned into the start of a line. */
const ITEM_MARK = '\u0001';

/**
 * Text pasted from a PDF or a web page, made readable line by line: Windows line ends, words split by a hyphen at a
 * line's end joined again, bullets and numbered items turned into lines of their own (marked as list items), and lines
 * a PDF broke mid-sentence put back together.
 */
export function cleanJobLines(raw: string): JobLine[] {
  const text = raw
    .replace(/\r\n?/g, '\n')
    // Page breaks (pdftotext's form feeds) and any other control character end a line.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    // "manage-\nment": a word a PDF hyphenated at the line's end.
    .replace(/([a-z])-\n[ ]*([a-z])/g, '$1$2')
    // Bullets anywhere start an item (PDFs often run a list into one line); so do a line's dash and number ("3. ").
    // Word's PDFs paste Wingdings and Symbol bullets as private-use characters (U+F0A7, U+F0B7).
    .replace(/\s*[•●▪◦■□►▶✓✔➢❖\uf000-\uf0ff]\s*/g, `\n${ITEM_MARK}`)
    .replace(/^[ ]*(?:[-*–—]|\(?\d{1,2}[.)])[ ]+(?=\S)/gm, ITEM_MARK);
  const out: JobLine[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(ITEM_MARK, '').trim();
    // A numbered heading in capitals ("2. KEY RESPONSIBILITIES") is a heading, not a list item.
    const item = rawLine.startsWith(ITEM_MARK) && /\p{Ll}/u.test(line);
    if (PAGE_FURNITURE.test(line) || DOC_CODE.test(line) || BREADCRUMBS.test(line)) continue;
    if (!line) {
      if (out.length && out[out.length - 1]!.text) out.push({ text: '', item: false });
      continue;
    }
    const last = out[out.length - 1];
    const open = !!last?.text && !/[.!?:;]$/.test(last.text);
    // A PDF's soft line break: the line before ends mid-sentence and this one goes on in lower case, or a long list
    // item ends mid-sentence and this line, not an item nor a heading, goes on ("...Standard Operating\nProcedures").
    // A header table's value wrapped into an indented line ("Job title:   Laboratory Technician (Analytical\n
    // Chemistry)") goes on too.
    // A bullet's wrapped lines are indented under it the same way.
    const wrappedValue = !item && /^ {2,}\S/.test(rawLine) && open && (last.item || FIELD_LINE.test(last.text));
    const continues =
      wrappedValue ||
      (!item &&
        open &&
        (/^[a-z(]/.test(line) ||
          (last.text.length >= 70 &&
            (last.item || /^(\p{Lu}{2,}|\d)/u.test(line)) &&
            (line.length >= 40 || /[.,;]$/.test(line)))));
    if (last && continues) last.text = `${last.text} ${line}`;
    else out.push({ text: line, item });
  }
  while (out.length && !out[out.length - 1]!.text) out.pop();
  while (out.length && !out[0]!.text) out.shift();
  return out;
}

/**
 * The cleaned job text as one string, each line one heading, sentence or list item (see cleanJobLines).
 */
export function cleanJobText(raw: string): string {
  return cleanJobLines(raw)
    .map((l) => l.text)
    .join('\n');
}
