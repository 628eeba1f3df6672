import { describe, expect, it } from 'vitest';
import type { RouteInput } from '@shared/contract';
import { importFormat, useBankImportStore } from '@renderer/features/bank/bank-import-store';
import { fail, fakeClient, ok } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';

const badPreview = {
  rows: [
    { row: 2, text: 'Why us?', category: 'motivational', status: 'new' as const, errors: [] },
    {
      row: 3,
      text: 'Hi',
      category: 'nope',
      status: 'invalid' as const,
      errors: ['text: Write the question (at least 3 characters).'],
    },
  ],
  valid: 1,
  duplicates: 0,
  invalid: 1,
};

describe('bank import store', () => {
  it('tells the format from the file name, then from the content', () => {
    expect(importFormat('questions.JSON', 'text,category')).toBe('json');
    expect(importFormat('questions.csv', '[]')).toBe('csv');
    expect(importFormat('questions.txt', '  [{"text": "x"}]')).toBe('json');
    expect(importFormat('questions.txt', 'text,category')).toBe('csv');
  });

  it('previews a file and will not import while a row is invalid', async () => {
    const previews: RouteInput<'bank:previewImport'>[] = [];
    const fake = fakeClient({
      'bank:previewImport': (input) => {
        previews.push(input!);
        return ok(badPreview);
      },
    });
    const store = withStores(fake.client).run(() => useBankImportStore());
    await store.choose(new File(['text,category\nWhy us?,motivational\nHi,nope\n'], 'mine.csv'));
    expect(previews[0]).toEqual({ format: 'csv', content: 'text,category\nWhy us?,motivational\nHi,nope\n' });
    expect(store.preview).toEqual(badPreview);
    expect(store.canImport).toBe(false);
    expect(await store.importAll()).toBe(false);
    expect(fake.calls).toEqual(['bank:previewImport']);
  });

  it('imports a clean file and reports what was added', async () => {
    const fake = fakeClient({
      'bank:previewImport': () => ok({ ...badPreview, rows: [badPreview.rows[0]], invalid: 0 }),
      'bank:import': () => ok({ added: 1, duplicates: 0 }),
    });
    const store = withStores(fake.client).run(() => useBankImportStore());
    await store.choose(new File(['[{"text":"Why us?","category":"motivational"}]'], 'mine.json'));
    expect(store.canImport).toBe(true);
    expect(await store.importAll()).toBe(true);
    expect(store.result).toEqual({ added: 1, duplicates: 0 });
    expect(store.preview).toBeNull();
  });

  it('says why a file cannot be read, without a preview', async () => {
    const fake = fakeClient({ 'bank:previewImport': () => fail('VALIDATION', 'The file is not valid JSON.') });
    const store = withStores(fake.client).run(() => useBankImportStore());
    await store.choose(new File(['{'], 'broken.json'));
    expect(store.previewError?.message).toBe('The file is not valid JSON.');
    expect(store.preview).toBeNull();
  });
});
