import { STAR_PARTS, type CoachReading } from '../../../shared/coach-schemas';

const PART_NAMES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

/** One answer's reading as a person reads it: the parts found, the figures, then the remarks. */
export function describeReading(id: string | number, r: CoachReading): string {
  const lines = [`${id}`];
  if (r.skipped === 'empty') return [...lines, '  There is nothing to read yet.'].join('\n');
  if (r.skipped === 'not-english')
    return [...lines, '  The coach reads English only, so it makes no remarks on this answer.'].join('\n');
  if (r.order === 'none') lines.push('  I could not find the parts of a story here.');
  else {
    const found = STAR_PARTS.filter((p) => r.parts[p].length).map((p) => PART_NAMES[p]);
    const missing = STAR_PARTS.filter((p) => !r.parts[p].length).map((p) => PART_NAMES[p]);
    lines.push(
      `  Parts: ${found.join(', ')}${missing.length ? `; missing: ${missing.join(', ')}` : ''}` +
        (r.order === 'out-of-order' ? ' (out of order)' : ''),
    );
  }
  const minutes = Math.round((r.length.seconds / 60) * 10) / 10;
  lines.push(
    `  Result with a number: ${r.resultHasNumber ? 'yes' : 'no'} · "I" ${r.pronouns.singular}, "we" ${r.pronouns.plural}` +
      ` · hedges ${r.hedges.length} · fillers ${r.fillers.length}` +
      ` · about ${minutes} min ${r.length.source === 'speech' ? 'spoken' : 'at 150 words a minute'} (${r.length.verdict})`,
  );
  r.advice.forEach((a, i) => lines.push(`  ${i + 1}. ${a.message}`));
  return lines.join('\n');
}
