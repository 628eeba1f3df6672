import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteInput } from '@shared/contract';
import type { MissedPointsState } from '@shared/missed-points-schemas';
import { AUTOSAVE_DELAY_MS, useInterviewEditorStore } from '@renderer/features/journal/interview-editor-store';
import { SUGGESTIONS_DELAY_MS, useMissedPointsStore } from '@renderer/features/journal/missed-points-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { detail } from '../../helpers/journal-fixtures';
import { withStores } from '../../helpers/with-stores';
import { loadedWithEditor } from '../../helpers/editor-and-store';

const SUGGESTION = {
  key: 'my ifrs 16 experience',
  sentence: 'Forgot to mention my IFRS 16 experience.',
  point: 'my IFRS 16 experience',
  from: ['Notes'],
};

function state(patch: Partial<MissedPointsState> = {}): MissedPointsState {
  return { interviewId: 1, points: [], suggestions: [SUGGESTION], dismissed: 0, ...patch };
}

function client() {
  let lists = 0;
  const accepted: RouteInput<'missed-point:accept'>[] = [];
  const fake = fakeClient({
    'interview:get': () => ok(detail()),
    'interview:update': () => ok(detail()),
    'missed-point:list': () => {
      lists++;
      return ok(state());
    },
    'missed-point:accept': (input) => {
      accepted.push(input!);
      return ok(state({ points: [{ id: 5, text: SUGGESTION.point, suggested: true, revision: 1 }], suggestions: [] }));
    },
    'missed-point:add': () => fail('VALIDATION', 'Invalid input.', [{ path: 'text', message: 'Write the point, or remove it.' }]),
  });
  return { fake, lists: () => lists, accepted };
}

describe('missed points store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the list with its suggestions, and asks again once after a burst of editor saves', async () => {
    const { fake, lists } = client();
    const { editor, store } = await loadedWithEditor(fake.client, useMissedPointsStore);
    expect(store.suggestions).toEqual([SUGGESTION]);
    editor.setField('notes', 'Forgot to mention my IFRS 16 experience.');
    editor.setField('role', 'Controller');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + SUGGESTIONS_DELAY_MS);
    expect(lists()).toBe(2);
  });

  it('shows the list the main process answers with after accepting, and keeps a refusal for the field', async () => {
    const { fake, accepted } = client();
    const { run } = withStores(fake.client);
    run(() => useInterviewEditorStore());
    const store = run(() => useMissedPointsStore());
    await store.load(1);
    expect(await store.accept(SUGGESTION.key)).toBe(true);
    expect(accepted).toEqual([{ interviewId: 1, key: SUGGESTION.key }]);
    expect(store.points).toEqual([{ id: 5, text: 'my IFRS 16 experience', suggested: true, revision: 1 }]);
    expect(store.suggestions).toEqual([]);

    expect(await store.add('  ')).toBe(false);
    expect(store.fieldError('text')).toBe('Write the point, or remove it.');
    expect(store.points).toHaveLength(1);
  });
});
