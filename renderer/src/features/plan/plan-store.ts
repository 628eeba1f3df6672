import { defineStore } from 'pinia';
import type { MoveDirection } from '@shared/move-direction';
import { computed, ref } from 'vue';
import { MAX_ITEM_TEXT, type Plan, type PlanItem, type PlanItemStatus, type PlanNote } from '@shared/plan-schemas';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictState, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';
import { limitNumber, overLimit, splitAtLimit } from '@renderer/shared/too-long';
import { mergeItems, type EditableField } from './merge-items';

/** How long the plan waits after the last keystroke before saving an item's text or the note. */
export const PLAN_AUTOSAVE_MS = 600;

type FieldValue<F extends EditableField> = F extends 'status' ? PlanItemStatus : F extends 'targetOn' ? string | null : string;

/**
 * The improvement plan: the generated parts as the main process computed them, and the person's own items and note as
 * an editable copy that autosaves. A reload replaces the generated parts but keeps every edit not yet saved.
 */
export const usePlanStore = defineStore('plan', () => {
  const api = useApi();
  const saver = createAutosave({ delay: PLAN_AUTOSAVE_MS });
  const plan = ref<Plan | null>(null);
  const items = ref<PlanItem[]>([]);
  const noteBody = ref('');
  const loading = useLoad();
  const adding = useRequest();
  /** The last item removed, so "Undo" can put it back. */
  const removed = ref<PlanItem | null>(null);
  const acting = useRequest();
  const dirty = new Map<number, Set<EditableField>>();
  let noteDirty = false;
  const revisions = createRevisions();
  const conflicts = createConflicts(saver);
  const itemRecord = (id: number) => `item.${id}`;

  /**
   * Takes the revision of items as the main process sent them, except items with edits not saved yet: those keep the
   * revision they were edited on, so their save is refused if another window changed them meanwhile.
   */
  function takeRevisions(list: PlanItem[]): void {
    for (const item of list) if (!dirty.get(item.id)?.size) revisions.set(itemRecord(item.id), item.revision);
  }

  const suggestions = computed(() => plan.value?.suggestions ?? []);

  /** Loads the plan; generated parts are replaced, the person's unsaved edits are kept. */
  function load(): Promise<void> {
    return loading.run(
      () => api.call('plan:get'),
      (fresh) => {
        plan.value = fresh;
        takeRevisions(fresh.items);
        items.value = mergeItems(items.value, fresh.items, dirty);
        if (!noteDirty) {
          noteBody.value = fresh.note.body;
          revisions.set('note', fresh.note.revision);
        }
      },
    );
  }

  function markDirty(id: number, field: EditableField): void {
    const set = dirty.get(id) ?? new Set<EditableField>();
    set.add(field);
    dirty.set(id, set);
  }

  /** Changes one field of an item on screen at once and saves it (text after a pause, the rest immediately). */
  function editItem<F extends EditableField>(id: number, field: F, value: FieldValue<F>): void {
    const item = items.value.find((i) => i.id === id);
    if (!item) return;
    (item[field] as FieldValue<F>) = value;
    markDirty(id, field);
    conflicts.forget(`item:${id}:${field}`);
    saver.schedule(
      `item:${id}:${field}`,
      async () => {
        const saved = await revisions.save(
          itemRecord(id),
          (baseRevision) => api.call('plan:updateItem', { id, baseRevision, patch: { [field]: value } }),
          (answer) => answer.revision,
          field,
        );
        const current = items.value.find((i) => i.id === id);
        if (!current) return;
        // Take what only the main process knows (overdue, done date); keep fields the person is still editing.
        Object.assign(current, { overdue: saved.overdue, doneAt: saved.doneAt, updatedAt: saved.updatedAt });
        if (current[field] === value) dirty.get(id)?.delete(field);
      },
      { immediate: field !== 'text' },
    );
  }

  /** The message to show beside an item's field when its last save failed. */
  function itemError(id: number, field: EditableField): string | undefined {
    const err = saver.errorFor(`item:${id}:${field}`);
    if (!err || staleSave(err)) return undefined;
    return err.fieldMessage(`patch.${field}`) ?? err.message;
  }

  /** An item or the note as another window saved it, on screen (after a conflict), except the kept field. */
  function target(key: string): ConflictTarget | null {
    if (key === 'note') {
      return {
        adopt({ revision, current }, keep) {
          revisions.set('note', revision);
          if (keep !== 'note') {
            noteBody.value = (current as PlanNote).body;
            noteDirty = false;
          }
        },
        theirs: ({ current }) => (current as PlanNote).body,
        put: (value) => editNote(value as string),
      };
    }
    const [, idText, field] = key.split(':');
    const id = Number(idText);
    return {
      adopt({ revision, current }, keep) {
        const saved = current as PlanItem;
        const shown = items.value.find((i) => i.id === id);
        if (!shown) return;
        revisions.set(itemRecord(id), revision);
        for (const f of ['text', 'targetOn', 'status'] as const) {
          const k = `item:${id}:${f}`;
          if (k === keep || saver.unsaved(k)) continue;
          Object.assign(shown, { [f]: saved[f] });
          dirty.get(id)?.delete(f);
        }
        Object.assign(shown, { overdue: saved.overdue, doneAt: saved.doneAt, updatedAt: saved.updatedAt });
      },
      theirs: ({ current }) => (current as PlanItem)[field as EditableField],
      put: (value) => editItem(id, field as EditableField, value as never),
    };
  }

  /** Whether a save (`item:<id>:<field>` or `note`) was refused because another window saved first, or kept over it. */
  function conflictState(key: string): ConflictState {
    return conflicts.stateOf(key);
  }

  /** The person's answer to a conflict: load the newer text, keep theirs, or bring the other text back. */
  function resolveConflict(key: string, action: ConflictChoice): Promise<void> {
    return conflicts.resolve(key, action, target(key));
  }

  /** Adds an item the person wrote; true when it was added. */
  function addItem(text: string, targetOn: string | null): Promise<boolean> {
    return adding.run(async () => {
      const added = await api.call('plan:addItem', { text, targetOn });
      takeRevisions([added]);
      items.value.push(added);
    });
  }

  const run = acting.run;

  /** Removes an item and keeps it for "Undo". */
  function removeItem(id: number): Promise<boolean> {
    return run(async () => {
      const item = items.value.find((i) => i.id === id);
      if (!item) return;
      saver.cancel(`item:${id}:`);
      await api.call('plan:removeItem', { id });
      dirty.delete(id);
      items.value = items.value.filter((i) => i.id !== id);
      removed.value = item;
    });
  }

  /** Puts the last removed item back (as a new item at the end, with the same words, date and status). */
  function undoRemove(): Promise<boolean> {
    const item = removed.value;
    if (!item) return Promise.resolve(false);
    return run(async () => {
      const back = await api.call('plan:addItem', {
        text: item.text,
        targetOn: item.targetOn,
        status: item.status,
        area: item.area,
        questionId: item.questionId,
      });
      takeRevisions([back]);
      items.value.push(back);
      removed.value = null;
    });
  }

  /** Moves an item one place up or down. */
  function moveItem(id: number, direction: MoveDirection): Promise<boolean> {
    return run(async () => {
      const ordered = await api.call('plan:moveItem', { id, direction });
      takeRevisions(ordered);
      items.value = mergeItems(items.value, ordered, dirty);
    });
  }

  /** Makes a suggestion the person's own item; it leaves the suggestions. */
  function acceptSuggestion(key: string): Promise<boolean> {
    return run(async () => {
      const accepted = await api.call('plan:acceptSuggestion', { key });
      takeRevisions([accepted]);
      items.value.push(accepted);
      if (plan.value) plan.value.suggestions = plan.value.suggestions.filter((s) => s.key !== key);
    });
  }

  /** Stops offering a suggestion. */
  function dismissSuggestion(key: string): Promise<boolean> {
    return run(async () => {
      await api.call('plan:dismissSuggestion', { key });
      if (plan.value) {
        plan.value.suggestions = plan.value.suggestions.filter((s) => s.key !== key);
        plan.value.dismissedSuggestions++;
      }
    });
  }

  /** Offers the dismissed suggestions again. */
  function restoreSuggestions(): Promise<boolean> {
    return run(async () => {
      await api.call('plan:restoreSuggestions');
      await load();
    });
  }

  /** Changes the note on screen and saves it after a pause. */
  function editNote(body: string): void {
    noteBody.value = body;
    noteDirty = true;
    conflicts.forget('note');
    saver.schedule('note', async () => {
      const send = (baseRevision: number) => api.call('plan:saveNote', { baseRevision, body });
      await revisions.save('note', send, (answer) => answer.revision);
      if (noteBody.value === body) noteDirty = false;
    });
  }

  /** The message to show beside the note when its last save failed. */
  const noteError = computed(() => {
    const err = saver.errorFor('note');
    if (!err || staleSave(err)) return undefined;
    return err.fieldMessage('body') ?? err.message;
  });

  /**
   * The note while its last save was refused for length and it is still over: its length, the limit, and how much
   * would move ("the rest", from the last word break before the limit); null otherwise.
   */
  const noteTooLong = computed(() => {
    const err = saver.errorFor('note');
    const limit = err ? overLimit(err) : null;
    if (limit === null || noteBody.value.length <= limitNumber(limit)) return null;
    const { rest } = splitAtLimit(noteBody.value, limitNumber(limit));
    const movable = rest.trim().length > 0 && rest.trim().length <= MAX_ITEM_TEXT;
    return { length: noteBody.value.length, limit: limitNumber(limit), rest: rest.length, movable };
  });

  /**
   * Moves what is past the note's limit into a new action item (the plan's one other place for words), added first
   * so the words are never in neither place; only a rest that fits an item (MAX_ITEM_TEXT) can move.
   */
  async function moveNoteRest(): Promise<boolean> {
    const over = noteTooLong.value;
    if (!over?.movable) return false;
    const { keep, rest } = splitAtLimit(noteBody.value, over.limit);
    if (!(await addItem(rest.trim(), null))) return false;
    editNote(keep);
    await saver.flush();
    return true;
  }

  return {
    plan,
    items,
    noteBody,
    status: loading.status,
    error: loading.error,
    adding: adding.pending,
    addError: adding.error,
    removed,
    actionError: acting.error,
    suggestions,
    saveStatus: saver.status,
    noteError,
    noteTooLong,
    moveNoteRest,
    /** True while the last failed save cannot succeed as it is (the note is over its limit). */
    cannotRetry: computed(() => noteTooLong.value !== null),
    load,
    conflictState,
    resolveConflict,
    editItem,
    itemError,
    addItem,
    removeItem,
    undoRemove,
    moveItem,
    acceptSuggestion,
    dismissSuggestion,
    restoreSuggestions,
    editNote,
    flush: saver.flush,
    retry: saver.retry,
  };
});
