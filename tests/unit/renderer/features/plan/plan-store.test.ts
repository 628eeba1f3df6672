import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanItem } from '@shared/plan-schemas';
import { PLAN_AUTOSAVE_MS, usePlanStore } from '@renderer/features/plan/plan-store';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { plan, planItem } from './plan-fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('plan store', () => {
  it('loads the plan and its own items and note', async () => {
    const fake = fakeClient({
      'plan:get': () => ok(plan({ items: [planItem()], note: { body: 'Keep calm', updatedAt: null, revision: 1 } })),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    expect(store.status).toBe('ready');
    expect(store.items.map((i) => i.text)).toEqual(['Rehearse the conflict story']);
    expect(store.noteBody).toBe('Keep calm');
  });

  it('saves an item’s text after a pause, and a refresh meanwhile keeps what was typed', async () => {
    let stored = planItem();
    const gate = deferred<void>();
    const fake = fakeClient({
      'plan:get': () => ok(plan({ items: [stored], suggestions: [] })),
      'plan:updateItem': async (input) => {
        await gate.promise;
        stored = { ...stored, ...(input?.patch as Partial<PlanItem>) };
        return ok(stored);
      },
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    store.editItem(1, 'text', 'Rehearse it twice');
    await store.load();
    expect(store.items[0].text).toBe('Rehearse it twice');
    vi.advanceTimersByTime(PLAN_AUTOSAVE_MS);
    expect(fake.calls).toContain('plan:updateItem');
    gate.resolve();
    await store.flush();
    expect(stored.text).toBe('Rehearse it twice');
    await store.load();
    expect(store.items[0].text).toBe('Rehearse it twice');
    expect(store.saveStatus).toBe('saved');
  });

  it('shows a failed save next to its field and keeps the text', async () => {
    const fake = fakeClient({
      'plan:get': () => ok(plan({ items: [planItem()] })),
      'plan:updateItem': () => fail('VALIDATION', 'Check the item.', [{ path: 'patch.text', message: 'Write the action item.' }]),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    store.editItem(1, 'text', '');
    await store.flush();
    expect(store.itemError(1, 'text')).toBe('Write the action item.');
    expect(store.items[0].text).toBe('');
    expect(store.saveStatus).toBe('error');
  });

  it('saves a status change at once', async () => {
    const fake = fakeClient({
      'plan:get': () => ok(plan({ items: [planItem()] })),
      'plan:updateItem': (input) => ok(planItem({ status: input?.patch.status, doneAt: '2026-05-21T10:00:00.000Z' })),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    store.editItem(1, 'status', 'done');
    await vi.runOnlyPendingTimersAsync();
    await store.flush();
    expect(fake.calls).toEqual(['plan:get', 'plan:updateItem']);
    expect(store.items[0].doneAt).toBe('2026-05-21T10:00:00.000Z');
  });

  it('removes an item and puts it back with Undo', async () => {
    const item = planItem({ id: 4, text: 'Ask a friend for a mock interview', targetOn: '2026-06-01', status: 'doing' });
    const fake = fakeClient({
      'plan:get': () => ok(plan({ items: [item] })),
      'plan:removeItem': () => ok({ ok: true as const }),
      'plan:addItem': (input) =>
        ok(planItem({ id: 9, text: input?.text, targetOn: input?.targetOn ?? null, status: input?.status })),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    await store.removeItem(4);
    expect(store.items).toEqual([]);
    expect(store.removed?.text).toBe('Ask a friend for a mock interview');
    await store.undoRemove();
    expect(store.items).toMatchObject([
      { id: 9, text: 'Ask a friend for a mock interview', targetOn: '2026-06-01', status: 'doing' },
    ]);
    expect(store.removed).toBeNull();
  });

  it('accepts a suggestion as an own item and drops it from the suggestions', async () => {
    const suggestion = {
      key: 'area:confidence',
      kind: 'area' as const,
      text: 'Write three things',
      reason: 'Low',
      area: 'confidence',
      questionId: null,
    };
    const fake = fakeClient({
      'plan:get': () => ok(plan({ suggestions: [suggestion] })),
      'plan:acceptSuggestion': () => ok(planItem({ id: 2, text: 'Write three things', suggestionKey: 'area:confidence' })),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    await store.acceptSuggestion('area:confidence');
    expect(store.items.map((i) => i.suggestionKey)).toEqual(['area:confidence']);
    expect(store.suggestions).toEqual([]);
  });

  it('keeps the note being typed when the plan refreshes', async () => {
    const fake = fakeClient({
      'plan:get': () => ok(plan({ note: { body: 'stored', updatedAt: null, revision: 1 } })),
      'plan:saveNote': (input) => ok({ body: input?.body ?? '', updatedAt: '2026-05-21T10:00:00.000Z', revision: 2 }),
    });
    const store = withStores(fake.client).run(() => usePlanStore());
    await store.load();
    store.editNote('typed now');
    await store.load();
    expect(store.noteBody).toBe('typed now');
    await store.flush();
    expect(fake.calls.filter((c) => c === 'plan:saveNote')).toHaveLength(1);
  });
});
