import { EXPORT_TABLES } from '../../shared/data-transfer-export-schemas';
import type { ImportPlan } from './import-planner';

const plural = (n: number, what: string) => `${n} ${what}`;
/** "1 transcript", "2 transcripts": a table's label is plural, one row is not. */
const counted = (n: number, label: string) => `${n} ${n === 1 ? label.replace(/s$/, '') : label}`;

/** Plain sentences for what the counts alone do not explain: renumbered rows, reused questions, and skipped ones. */
export function importNotes(plan: ImportPlan): string[] {
  const notes: string[] = [];
  const questions = plan.questions.counts.existing;
  if (questions) {
    notes.push(
      `${plural(questions, 'questions')} are already in your question bank (matched by their text) and are reused, with their practice history here.`,
    );
  }
  for (const table of EXPORT_TABLES) {
    const { spec, counts, skipReasons } = plan[table];
    if (counts.renumbered && spec.kind !== 'part') {
      notes.push(
        `${plural(counts.renumbered, spec.label)} use ids already taken here by other ${spec.label}; they will be added under new ids.`,
      );
    }
    const parts = skipReasons.get('part-of-existing');
    if (parts) notes.push(`${plural(parts, spec.label)} belong to items already here and are left as they are.`);
  }
  const audio = plan.recordings.skipReasons.get('audio-not-included');
  if (audio)
    notes.push(
      `${counted(audio, 'recordings')} ${audio === 1 ? 'is' : 'are'} left out: a JSON file carries no audio. Import the folder export to bring ${audio === 1 ? 'it' : 'them'}.`,
    );
  // What goes with a recording left out (its 16 kHz copy, its transcript) is named, so no count goes unexplained.
  const withAudio = EXPORT_TABLES.filter((t) => t !== 'recordings')
    .map((t) => [plan[t].spec.label, plan[t].skipReasons.get('audio-not-included') ?? 0] as const)
    .filter(([, n]) => n > 0);
  if (withAudio.length)
    notes.push(`With ${audio === 1 ? 'it' : 'them'}, ${withAudio.map(([label, n]) => counted(n, label)).join(' and ')} stay out too.`);
  const orphans = plan.recordings.skipReasons.get('attempt-not-imported');
  if (orphans)
    notes.push(`${plural(orphans, 'recordings')} belong to practice answers that are not being imported and are left out.`);
  return notes;
}
