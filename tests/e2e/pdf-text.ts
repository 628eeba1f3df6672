import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext reads it, pages separated by form feeds, in reading order. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}
