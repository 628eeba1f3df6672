import { shallowReactive } from 'vue';
import type { Autosave } from './use-autosave';
import { staleSave, type StaleInfo } from './use-revisions';

/** How an editor settles one field's conflict with the record as another window saved it. */
export interface ConflictTarget {
  /**
   * Puts the saved record on screen and takes its revision: every field of it, except `keep` (the field whose text the
   * person keeps) and fields with their own unsaved changes.
   */
  adopt(info: StaleInfo, keep: string | null): void;
  /** The field's value in the saved record, so "Keep mine" can offer it back. */
  theirs(info: StaleInfo): unknown;
  /** Puts a value in the field and saves it like any edit (bringing the other text back). */
  put(value: unknown): void;
}

/** What a field shows about another window's change: nothing, the choice to make, or that the person kept theirs. */
export type ConflictState = 'conflict' | 'kept' | null;

/** The person's answer to a conflict: load the newer text, keep theirs, or bring the other text back. */
export type ConflictChoice = 'load' | 'keep' | 'undo';

/** The conflicts of one editor; see createConflicts. */
export interface Conflicts {
  /** Where one field stands. */
  stateOf(key: string): ConflictState;
  /** What the refused save said (the record's revision and value now), or null. */
  infoOf(key: string): StaleInfo | null;
  /** "Load the newer text": the field (and the rest of its record) shows what was saved; nothing is sent. */
  loadNewer(key: string, target: ConflictTarget): void;
  /** "Keep mine": the person's text is saved on top of the newer revision; the other text stays offered back. */
  keepMine(key: string, target: ConflictTarget): Promise<void>;
  /** Puts the other window's text back after "Keep mine" (and saves it). */
  undoKeep(key: string): void;
  /** Forgets the "kept" note of a field (the person typed in it again, or the record went away). */
  forget(key: string): void;
  /** The person's answer to a field's conflict, carried out (nothing happens without a target for load or keep). */
  resolve(key: string, choice: ConflictChoice, target: ConflictTarget | null | undefined): Promise<void>;
}

/**
 * Conflict state on top of an autosave queue: a save refused as stale stays a failure of its key (so nothing is lost and
 * the save status says it), and this adds the two ways out and the way back.
 */
export function createConflicts(saver: Pick<Autosave, 'errorFor' | 'drop' | 'retryKey'>): Conflicts {
  const kept = shallowReactive(new Map<string, { theirs: unknown; put: (value: unknown) => void }>());
  const infoOf = (key: string) => staleSave(saver.errorFor(key));

  const conflicts: Conflicts = {
    infoOf,
    stateOf(key) {
      if (infoOf(key)) return 'conflict';
      return kept.has(key) ? 'kept' : null;
    },
    loadNewer(key, target) {
      const info = infoOf(key);
      if (!info) return;
      saver.drop(key);
      kept.delete(key);
      target.adopt(info, null);
    },
    async keepMine(key, target) {
      const info = infoOf(key);
      if (!info) return;
      target.adopt(info, key);
      kept.set(key, { theirs: target.theirs(info), put: target.put });
      await saver.retryKey(key);
    },
    undoKeep(key) {
      const entry = kept.get(key);
      if (!entry) return;
      kept.delete(key);
      entry.put(entry.theirs);
    },
    forget: (key) => void kept.delete(key),
    async resolve(key, choice, target) {
      if (choice === 'undo') return conflicts.undoKeep(key);
      if (!target) return;
      if (choice === 'load') conflicts.loadNewer(key, target);
      else await conflicts.keepMine(key, target);
    },
  };
  return conflicts;
}
