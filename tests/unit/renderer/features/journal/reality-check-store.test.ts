import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteInput } from '@shared/contract';
import { AUTOSAVE_DELAY_MS } from '@renderer/features/journal/interview-editor-store';
import { REFRESH_DELAY_MS, useRealityCheckStore } from '@renderer/features/journal/reality-check-store';
import { fakeClient, ok } from '../../helpers/fake-client';
import { detail, realityCheck, reflection } from '../../helpers/journal-fixtures';
import { loadedWithEditor } from '../../helpers/editor-and-store';

function client() {
  const saves: RouteInput<'reflection:save'>[] = [];
  let checks = 0;
  const fake = fakeClient({
    'interview:get': () => ok(detail()),
    'interview:update': () => ok(detail()),
    'reflection:save': (input) => {
      saves.push(input!);
      return ok(reflection());
    },
    'reality-check:get': () => {
      checks++;
      return ok(realityCheck());
    },
    'bank:list': () => ok({ items: [], total: 0 }),
  });
  return { fake, saves, checks: () => checks };
}

describe('reality check store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes once after a burst of saves', async () => {
    const { fake, checks } = client();
    const { editor } = await loadedWithEditor(fake.client, useRealityCheckStore);
    expect(checks()).toBe(1);
    editor.setField('notes', 'a');
    editor.setField('role', 'b');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + REFRESH_DELAY_MS);
    expect(checks()).toBe(2);
  });

  it("the person's call is shown at once and saved; choosing the rule again clears it", async () => {
    const { fake, saves } = client();
    const { editor, store: reality } = await loadedWithEditor(fake.client, useRealityCheckStore);
    const thing = reality.check!.badThings[0];
    reality.setKind(thing, 'gap');
    expect(reality.check!.badThings[0]).toMatchObject({ kind: 'gap', overridden: true });
    await editor.flush();
    expect(saves.at(-1)).toEqual({ interviewId: 1, area: 'punctuality', baseRevision: 1, kind: 'gap' });
    reality.setKind(reality.check!.badThings[0], null);
    expect(reality.check!.badThings[0]).toMatchObject({ kind: 'slip', overridden: false });
    await editor.flush();
    expect(saves.at(-1)).toEqual({ interviewId: 1, area: 'punctuality', baseRevision: 1, kind: null });
  });
});
