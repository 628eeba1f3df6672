// When the plan reloads (its generated parts refresh), the person's unsaved edits must win over the stored copy.
import type { PlanItem } from '@shared/plan-schemas';

/** The fields of an action item the person edits on screen. */
export type EditableField = 'text' | 'targetOn' | 'status';

/**
 * The server's items, except that every field with an edit not yet saved keeps the local value. Items the server no
 * longer has are dropped (removed elsewhere), new ones are added in the server's order.
 */
export function mergeItems(
  local: PlanItem[],
  server: PlanItem[],
  dirty: ReadonlyMap<number, ReadonlySet<EditableField>>,
): PlanItem[] {
  const mine = new Map(local.map((item) => [item.id, item]));
  return server.map((fresh) => {
    const fields = dirty.get(fresh.id);
    const kept = mine.get(fresh.id);
    if (!fields?.size || !kept) return fresh;
    const merged: PlanItem = { ...fresh };
    for (const field of fields) {
      if (field === 'text') merged.text = kept.text;
      else if (field === 'targetOn') merged.targetOn = kept.targetOn;
      else merged.status = kept.status;
    }
    return merged;
  });
}
