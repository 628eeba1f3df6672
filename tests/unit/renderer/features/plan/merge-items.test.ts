import { describe, expect, it } from 'vitest';
import { mergeItems, type EditableField } from '@renderer/features/plan/merge-items';
import { planItem } from './plan-fixtures';

describe('mergeItems', () => {
  it('takes the server copy when nothing is being edited', () => {
    const server = [planItem({ id: 1, text: 'Server words', overdue: true })];
    expect(mergeItems([planItem({ id: 1, text: 'Old' })], server, new Map())).toEqual(server);
  });

  it('keeps unsaved local fields and takes the rest from the server', () => {
    const local = [planItem({ id: 1, text: 'Typed, not saved yet', status: 'doing' })];
    const server = [planItem({ id: 1, text: 'Stored', status: 'todo', overdue: true })];
    const dirty = new Map<number, Set<EditableField>>([[1, new Set<EditableField>(['text'])]]);
    const [merged] = mergeItems(local, server, dirty);
    expect(merged.text).toBe('Typed, not saved yet');
    expect(merged.status).toBe('todo');
    expect(merged.overdue).toBe(true);
  });

  it('follows the server order, drops items removed elsewhere and adds new ones', () => {
    const local = [planItem({ id: 1 }), planItem({ id: 2 })];
    const server = [planItem({ id: 3 }), planItem({ id: 1 })];
    expect(mergeItems(local, server, new Map()).map((i) => i.id)).toEqual([3, 1]);
  });
});
