// `npm run coach -- [--json] FILE`: reads JSON lines {"id", "question", "answer", "durationMs"} and prints the coach's
// reading of each answer, with the same module the app uses. Without --json, the remarks as a person reads them.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { coachInputSchema, type CoachReading } from '../../../shared/coach-schemas';
import { readAnswer } from '../read-answer';
import { describeReading } from './describe-reading';

/** A refusal the person can act on, printed without a stack trace (exit code 2). */
export class UsageError extends Error {}

const lineSchema = z.object({ id: z.union([z.string(), z.number()], { error: 'Each line needs an "id".' }) }).passthrough();

/** One answer of the file, parsed: its id and what the coach is asked to read. */
export interface CoachLine {
  id: string | number;
  input: z.output<typeof coachInputSchema>;
}

/** Parses the whole file before reading any answer, so a bad line changes nothing and names its line number. */
export function parseLines(content: string): CoachLine[] {
  const out: CoachLine[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new UsageError(`Line ${i + 1} is not JSON: each line must be {"id", "question", "answer", "durationMs"}.`);
    }
    const head = lineSchema.safeParse(json);
    if (!head.success) throw new UsageError(`Line ${i + 1}: ${head.error.issues[0]?.message ?? 'not an answer'}`);
    const { id, ...rest } = head.data;
    const input = coachInputSchema.safeParse(rest);
    if (!input.success) {
      const issue = input.error.issues[0];
      throw new UsageError(`Line ${i + 1}: ${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'not an answer'}`);
    }
    out.push({ id, input: input.data });
  });
  if (!out.length) throw new UsageError('The file has no answers: give one JSON line per answer.');
  return out;
}

/** The line `--json` prints: the issue's fields, in its order. */
export function jsonLine(id: string | number, r: CoachReading): string {
  const { parts, order, resultHasNumber, pronouns, hedges, fillers, length, advice } = r;
  return JSON.stringify({ id, parts, order, resultHasNumber, pronouns, hedges, fillers, length, advice });
}

/** Runs the command; returns the exit code (0, or 2 for a bad file or bad arguments). */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('Usage: npm run coach -- [--json] FILE (a file of JSON lines).');
    const file = positionals[0]!;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`There is no file at ${file}.`);
    const lines = parseLines(fs.readFileSync(file, 'utf8'));
    for (const { id, input } of lines) {
      const reading = readAnswer(input);
      out(values.json ? jsonLine(id, reading) : describeReading(id, reading));
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')))
      return (err(e.message), 2);
    throw e;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
