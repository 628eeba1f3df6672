// A journal store that follows the interview editor (reality check, missed points), set up the way its screen does.
import type { ApiClient } from '@renderer/api/client';
import { useInterviewEditorStore } from '@renderer/features/journal/interview-editor-store';
import { withStores } from './with-stores';

/** The interview editor and `useStore`'s store in one fresh app on `client`, both loaded on interview 1. */
export async function loadedWithEditor<S extends { load(id: number): Promise<unknown> }>(client: ApiClient, useStore: () => S) {
  const { run } = withStores(client);
  const editor = run(() => useInterviewEditorStore());
  const store = run(() => useStore());
  await editor.load(1);
  await store.load(1);
  return { editor, store };
}
