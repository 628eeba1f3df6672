import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/data-transfer-schemas';
import { useDataImportStore } from '@renderer/features/data-transfer/data-import-store';
import { useDataAdminStore } from '@renderer/features/data-transfer/data-admin-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';

function preview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    file: { format: 'debrief-export', version: 1, exportedAt: '2026-05-21T10:00:00.000Z', appVersion: '0.1.0', schemaVersion: 5 },
    canImport: true,
    tables: [],
    totals: { inFile: 3, add: 3, existing: 0, skipped: 0, invalid: 0 },
    problems: [],
    problemsNotListed: 0,
    recordings: { inFile: 0, filesToCopy: 0, notIncluded: 0 },
    notes: [],
    ...over,
  };
}
const file = (text: string) => ({ name: 'export.json', text: async () => text });
const result = { tables: [], added: 3, existing: 0, skipped: 0, filesCopied: 0, searchRebuilt: 3, notes: [] };

describe('data import store', () => {
  it('previews the file, then imports exactly the text it previewed', async () => {
    const sent: string[] = [];
    const fake = fakeClient({
      'data:previewImport': (input) => (sent.push(input?.content ?? ''), ok(preview())),
      'data:import': (input) => (sent.push(input?.content ?? ''), ok(result)),
    });
    const store = withStores(fake.client).run(() => useDataImportStore());
    await store.choose(file('{"a":1}'));
    expect(store.step).toBe('preview');
    expect(await store.runImport()).toBe(true);
    expect(store.step).toBe('done');
    expect(store.result?.added).toBe(3);
    expect(sent).toEqual(['{"a":1}', '{"a":1}']);
  });

  it('refuses a file the main process rejects and goes back to choosing, with the message', async () => {
    const fake = fakeClient({
      'data:previewImport': () => fail('VALIDATION', 'This file was exported by a newer version of Debrief.'),
    });
    const store = withStores(fake.client).run(() => useDataImportStore());
    await store.choose(file('{}'));
    expect(store.step).toBe('idle');
    expect(store.error?.message).toContain('newer version');
    expect(await store.runImport()).toBe(false);
    expect(fake.calls).toEqual(['data:previewImport']);
  });

  it('never imports a preview with problems', async () => {
    const fake = fakeClient({
      'data:previewImport': () =>
        ok(
          preview({
            canImport: false,
            problems: [{ table: 'interviews', index: 1, id: 2, column: 'company', message: 'Too short.' }],
          }),
        ),
    });
    const store = withStores(fake.client).run(() => useDataImportStore());
    await store.choose(file('{}'));
    expect(await store.runImport()).toBe(false);
    expect(fake.calls).toEqual(['data:previewImport']);
  });
});

describe('data admin store', () => {
  it('does not ask the main process to delete unless DELETE was typed', async () => {
    const fake = fakeClient({});
    const store = withStores(fake.client).run(() => useDataAdminStore());
    expect(await store.deleteAll('delete')).toBe(false);
    expect(fake.calls).toEqual([]);
  });

  it('keeps a restore failure to show beside the list', async () => {
    const fake = fakeClient({ 'data:restoreBackup': () => fail('NOT_FOUND', 'That backup is no longer there.') });
    const store = withStores(fake.client).run(() => useDataAdminStore());
    expect(await store.restore('debrief-x.db')).toBe(false);
    expect(store.restoreError?.message).toBe('That backup is no longer there.');
    expect(store.restoring).toBeNull();
  });
});
