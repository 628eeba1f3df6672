import type { DayRange } from '../../shared/insights-schemas';
import type { Handlers } from '../ipc/router';
import type { PlanService } from './plan-service';
import type { createPlanPdf } from './plan-pdf';

const ok = { ok: true as const };

/** The plan's routes: each one line into the service. */
export function planRoutes(
  plan: PlanService,
  pdf: ReturnType<typeof createPlanPdf>,
  readTermsAhead: (range: DayRange) => Promise<void>,
): Handlers {
  return {
    // The job descriptions' terms are read off the main thread first: the plan lists each one's uncovered terms.
    'plan:get': async ({ questionLimit, ...range }) => (await readTermsAhead(range), plan.get(range, questionLimit)),
    'plan:addItem': (fields) => plan.addItem(fields),
    'plan:updateItem': ({ id, baseRevision, patch }) => plan.updateItem(id, baseRevision, patch),
    'plan:removeItem': ({ id }) => (plan.removeItem(id), ok),
    'plan:moveItem': ({ id, direction }) => plan.moveItem(id, direction),
    'plan:acceptSuggestion': ({ key, targetOn }) => plan.acceptSuggestion(key, targetOn),
    'plan:dismissSuggestion': ({ key }) => (plan.dismissSuggestion(key), ok),
    'plan:restoreSuggestions': () => ({ restored: plan.restoreSuggestions() }),
    'plan:saveNote': ({ baseRevision, body }) => plan.saveNote(baseRevision, body),
    'plan:exportMarkdown': async ({ sections, questionLimit, ...range }) => (
      await readTermsAhead(range),
      plan.exportMarkdown(range, sections, questionLimit)
    ),
    'plan:savePdf': () => pdf.save(),
  };
}
