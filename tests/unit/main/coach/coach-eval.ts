// Scores the coach's readings against the hand labels in tests/fixtures/coach (used by the accuracy test).
import fs from 'node:fs';
import path from 'node:path';
import { STAR_PARTS, type Span, type StarPart } from '../../../../electron/shared/coach-schemas';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../../fixtures/coach');

/** One hand label (see tests/fixtures/coach/README.md). */
export interface CoachLabel {
  id: string;
  split: 'tune' | 'heldout';
  skipped: 'empty' | 'not-english' | null;
  parts: StarPart[];
  resultHasNumber: boolean;
  pronouns: { singular: number; plural: number };
  hedges: string[];
}

/** One fixture answer as the command reads it. */
export interface CoachFixture {
  id: string;
  question: string;
  answer: string;
  durationMs: number | null;
}

/** What the scorer needs of a reading (the command's JSON line, with the skip the module reports). */
export interface ScoredReading {
  parts: Record<StarPart, Span[]>;
  resultHasNumber: boolean;
  pronouns: { singular: number; plural: number };
  hedges: Span[];
  fillers: Span[];
  advice: { quotes: Span[] }[];
}

const readJsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(path.join(FIXTURE_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The fixture answers and their labels, paired by id. */
export function loadFixtures(): { answer: CoachFixture; label: CoachLabel }[] {
  const labels = new Map(readJsonl<CoachLabel>('labels.jsonl').map((l) => [l.id, l]));
  return readJsonl<CoachFixture>('answers.jsonl').map((answer) => {
    const label = labels.get(answer.id);
    if (!label) throw new Error(`No label for ${answer.id}`);
    return { answer, label };
  });
}

/** The labelled hedges as spans: each phrase found (whole words, any case) after the previous one. */
export function labelHedgeSpans(answer: string, hedges: readonly string[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const h of hedges) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’])${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}'’])`, 'giu');
    re.lastIndex = from;
    const m = re.exec(answer);
    if (!m) throw new Error(`Hedge label "${h}" not found in order in: ${answer}`);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    from = m.index + m[0].length;
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The figures the issue sets targets for. */
export interface CoachFigures {
  answers: number;
  partF1: Record<StarPart, number>;
  resultNumberAccuracy: number;
  pronounsExact: number;
  hedgeRecall: number;
  hedgePrecision: number;
  spanMismatches: string[];
  skipRight: number;
  errors: string[];
}

const f1 = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/** Scores readings against labels: per-part presence F1, result-number accuracy, exact pronouns, hedge P/R, spans. */
export function score(
  rows: { answer: CoachFixture; label: CoachLabel; reading: ScoredReading; skipped: string | null }[],
): CoachFigures {
  const counts = Object.fromEntries(STAR_PARTS.map((p) => [p, { tp: 0, fp: 0, fn: 0 }])) as Record<
    StarPart,
    { tp: number; fp: number; fn: number }
  >;
  let rhnRight = 0;
  let rhnTotal = 0;
  let pronounsExact = 0;
  let hedgeTp = 0;
  let hedgeLabelled = 0;
  let hedgeFound = 0;
  let hedgeFoundRight = 0;
  let skipRight = 0;
  const spanMismatches: string[] = [];
  const errors: string[] = [];
  for (const { answer, label, reading, skipped } of rows) {
    const text = answer.answer;
    const spans = [
      ...STAR_PARTS.flatMap((p) => reading.parts[p]),
      ...reading.hedges,
      ...reading.fillers,
      ...reading.advice.flatMap((a) => a.quotes),
    ];
    for (const s of spans) if (text.slice(s.start, s.end) !== s.text) spanMismatches.push(`${answer.id}: ${JSON.stringify(s)}`);
    if (skipped === label.skipped) skipRight++;
    else errors.push(`${answer.id}: skipped ${skipped}, labelled ${label.skipped}`);
    if (reading.pronouns.singular === label.pronouns.singular && reading.pronouns.plural === label.pronouns.plural)
      pronounsExact++;
    else errors.push(`${answer.id}: pronouns ${JSON.stringify(reading.pronouns)}, labelled ${JSON.stringify(label.pronouns)}`);
    if (label.skipped) continue;
    for (const p of STAR_PARTS) {
      const found = reading.parts[p].length > 0;
      const want = label.parts.includes(p);
      if (found && want) counts[p].tp++;
      else if (found) {
        counts[p].fp++;
        errors.push(`${answer.id}: ${p} found, not labelled`);
      } else if (want) {
        counts[p].fn++;
        errors.push(`${answer.id}: ${p} labelled, not found`);
      }
    }
    rhnTotal++;
    if (reading.resultHasNumber === label.resultHasNumber) rhnRight++;
    else errors.push(`${answer.id}: resultHasNumber ${reading.resultHasNumber}, labelled ${label.resultHasNumber}`);
    const want = labelHedgeSpans(text, label.hedges);
    hedgeLabelled += want.length;
    hedgeFound += reading.hedges.length;
    hedgeTp += want.filter((w) => reading.hedges.some((h) => overlaps(h, w))).length;
    hedgeFoundRight += reading.hedges.filter((h) => want.some((w) => overlaps(h, w))).length;
    for (const w of want) if (!reading.hedges.some((h) => overlaps(h, w))) errors.push(`${answer.id}: hedge "${w.text}" missed`);
    for (const h of reading.hedges)
      if (!want.some((w) => overlaps(h, w))) errors.push(`${answer.id}: "${h.text}" is not a hedge`);
  }
  return {
    answers: rows.length,
    partF1: Object.fromEntries(STAR_PARTS.map((p) => [p, f1(counts[p].tp, counts[p].fp, counts[p].fn)])) as Record<
      StarPart,
      number
    >,
    resultNumberAccuracy: rhnTotal ? rhnRight / rhnTotal : 1,
    pronounsExact: rows.length ? pronounsExact / rows.length : 1,
    hedgeRecall: hedgeLabelled ? hedgeTp / hedgeLabelled : 1,
    hedgePrecision: hedgeFound ? hedgeFoundRight / hedgeFound : 1,
    spanMismatches,
    skipRight: rows.length ? skipRight / rows.length : 1,
    errors,
  };
}

/** The figures on one line each, for the test's output and the final report. */
export function formatFigures(name: string, f: CoachFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${name} (${f.answers} answers)`,
    `  STAR part F1: ${STAR_PARTS.map((p) => `${p} ${f.partF1[p].toFixed(2)}`).join(', ')}`,
    `  result with a number right: ${pct(f.resultNumberAccuracy)}; pronouns exact: ${pct(f.pronounsExact)}; skipped right: ${pct(f.skipRight)}`,
    `  hedges: recall ${f.hedgeRecall.toFixed(2)}, precision ${f.hedgePrecision.toFixed(2)}; span mismatches: ${f.spanMismatches.length}`,
  ].join('\n');
}
