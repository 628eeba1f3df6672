// `npm run job-terms -- [--json] FILE`: reads a job description as plain text and prints the terms that matter in it,
// best first, with the same module the app uses. --json prints one object {"terms": [{"term", "weight", "kind"}]}.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { extractJobTerms } from '../job-terms';

/** Runs the command; returns the exit code (0, or 2 for a bad file or bad arguments). */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let json = false;
  let file: string | undefined;
  try {
    const parsed = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
    json = parsed.values.json ?? false;
    file = parsed.positionals.length === 1 ? parsed.positionals[0] : undefined;
  } catch (e) {
    err((e as Error).message);
  }
  if (!file) {
    err('Usage: npm run job-terms -- [--json] FILE (a job description as plain text).');
    return 2;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    err(`There is no file at ${file}.`);
    return 2;
  }
  let result;
  try {
    result = extractJobTerms(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    err(e instanceof ZodError ? (e.issues[0]?.message ?? 'The job description cannot be read.') : String(e));
    return 2;
  }
  if (json) {
    out(JSON.stringify({ terms: result.terms, ...(result.skipped ? { skipped: result.skipped } : {}) }));
    return 0;
  }
  if (result.skipped === 'empty') out('There is no text in that file to read.');
  else if (result.skipped === 'not-english')
    out('Terms are found in English only; this job description reads as another language.');
  else result.terms.slice(0, 25).forEach((t, i) => out(`${String(i + 1).padStart(2)}. ${t.term} (${t.kind}, ${t.weight})`));
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => console.log(s),
    (s) => console.error(s),
  );
}
