import Papa from 'papaparse';
import { z } from 'zod';
import type { RouteParsedInput } from '../../shared/contract';
import { newBankQuestionSchema, type NewBankQuestion } from '../../shared/journal-schemas';

/** One row of an import file, checked. */
export interface ImportRow {
  row: number;
  text: string;
  category: string;
  errors: string[];
  question: NewBankQuestion | null;
}

/** Most rows one import may hold; a bank of thousands is already far more than anyone practises. */
export const MAX_IMPORT_ROWS = 5000;

const splitList = (value: unknown): unknown =>
  typeof value === 'string'
    ? value
        .split(/[|;]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

function check(row: number, raw: Record<string, unknown>): ImportRow {
  const candidate = {
    text: raw.text,
    category: raw.category,
    hints: splitList(raw.hints) ?? [],
    tags: splitList(raw.tags) ?? [],
  };
  const parsed = newBankQuestionSchema.safeParse(candidate);
  const text = typeof raw.text === 'string' ? raw.text : '';
  const category = typeof raw.category === 'string' ? raw.category : '';
  if (parsed.success) return { row, text, category, errors: [], question: parsed.data };
  const errors = parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
  return { row, text, category, errors, question: null };
}

/** Thrown when the file as a whole cannot be read; nothing row by row can be said. */
export class ImportFileError extends Error {}

/**
 * Reads a CSV (header: text, category, hints, tags; hints and tags separated by | or ;) or a JSON file
 * (an array of {text, category, hints?, tags?}, or {questions: [...]}) into checked rows, numbered as a person counts them.
 */
export function parseImport(format: RouteParsedInput<'bank:import'>['format'], content: string): ImportRow[] {
  let records: { row: number; record: Record<string, unknown> }[];
  if (format === 'csv') {
    const result = Papa.parse<Record<string, unknown>>(content.replace(/^\uFEFF/, ''), {
      header: true,
      // Blank lines are dropped below, after numbering, so the rows after them keep the numbers a person sees.
      skipEmptyLines: false,
      transformHeader: (h) => h.trim().toLowerCase(),
    });
    const fields = result.meta.fields ?? [];
    if (!fields.includes('text') || !fields.includes('category')) {
      throw new ImportFileError('The CSV needs a header row with at least the columns "text" and "category".');
    }
    const fatal = result.errors.find((e) => e.type === 'Quotes');
    if (fatal) throw new ImportFileError(`The CSV has an unclosed quote near row ${(fatal.row ?? 0) + 2}.`);
    records = result.data
      .map((record, i) => ({ row: i + 2, record })) // row 1 is the header
      .filter(({ record }) => !Object.values(record).every((v) => typeof v === 'string' && v.trim() === ''));
  } else {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (err) {
      throw new ImportFileError(`The file is not valid JSON (${(err as Error).message}).`);
    }
    const list = Array.isArray(data) ? data : z.object({ questions: z.array(z.unknown()) }).safeParse(data).data?.questions;
    if (!list) throw new ImportFileError('The JSON must be a list of questions, or an object with a "questions" list.');
    records = list.map((item, i) => ({
      row: i + 1,
      record: item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {},
    }));
  }
  if (records.length === 0) throw new ImportFileError('The file has no questions in it.');
  if (records.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(`The file has ${records.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.`);
  return records.map(({ row, record }) => check(row, record));
}
