// What the "Export plan" dialog chooses (a date range and sections), and how it travels to the print view's URL.
import { PLAN_SECTIONS, type PlanSection } from '@shared/plan-schemas';

/** The choices of one plan export. */
export interface PlanExportOptions {
  from: string;
  to: string;
  sections: PlanSection[];
}

/** Everything, no range: the dialog's starting point. */
export function defaultExportOptions(): PlanExportOptions {
  return { from: '', to: '', sections: [...PLAN_SECTIONS] };
}

/** The options as query parameters of the print route (empty ones left out). */
export function toPrintQuery(options: PlanExportOptions): Record<string, string> {
  const query: Record<string, string> = { sections: options.sections.join(',') };
  if (options.from) query.from = options.from;
  if (options.to) query.to = options.to;
  return query;
}

/** Reads the print route's query back; unknown sections are ignored, none at all means every section. */
export function fromPrintQuery(query: Record<string, unknown>): PlanExportOptions {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const day = (v: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(text(v)) ? text(v) : '');
  const asked = text(query.sections).split(',');
  const sections = PLAN_SECTIONS.filter((s) => asked.includes(s));
  return { from: day(query.from), to: day(query.to), sections: sections.length ? sections : [...PLAN_SECTIONS] };
}

/** The range as the API takes it (open ends left out). */
export function rangeInput(options: Pick<PlanExportOptions, 'from' | 'to'>): { from?: string; to?: string } {
  return { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
}
