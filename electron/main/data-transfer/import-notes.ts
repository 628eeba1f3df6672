import { EXPORT_TABLES } from '../../shared/data-transfer-export-schemas';
import type { ImportPlan } from './import-planner';

const plural = (n: number, what: string) => `${n} ${what}`;

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
      `${plural(audio, 'recordings')} are left out: a JSON file carries no audio. Import the folder export to bring them.`,
    );
  const orphans = plan.recordings.skipReasons.get('attempt-not-imported');
  if (orphans)
    notes.push(`${plural(orphans, 'recordings')} belong to practice answers that are not being imported and are left out.`);
  return notes;
}
