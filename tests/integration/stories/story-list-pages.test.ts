import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { STORY } from './helpers';

/** More stories than the Stories screen's first page (50) and more than the old fixed limit of 200. */
const COUNT = 230;

describe('the story list, a page at a time', () => {
  const open = useCores();

  it('pages through more stories than a page holds: every story once, newest first, with the total', async () => {
    const { core, db } = await open();
    // Straight to the table in one transaction: 230 stories through the routes would take most of a minute.
    const insert = db.prepare(`INSERT INTO stories (title, situation, task, action, result, tags, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    db.transaction(() => {
      for (let n = 1; n <= COUNT; n++) {
        const at = new Date(Date.UTC(2026, 2, 1, 10, 0, n)).toISOString();
        const tags = JSON.stringify(n % 2 === 0 ? ['data'] : ['customer']);
        insert.run(`Story number ${n}`, STORY.situation, STORY.task, STORY.action, STORY.result, tags, at, at);
      }
    })();

    const first = await call(core, 'story:list', { limit: 50 });
    expect(first.total).toBe(COUNT);
    expect(first.items).toHaveLength(50);
    expect(first.items[0].title).toBe(`Story number ${COUNT}`);

    const titles: string[] = [];
    for (let offset = 0; offset < COUNT; offset += 50) {
      const page = await call(core, 'story:list', { limit: 50, offset });
      expect(page.total).toBe(COUNT);
      titles.push(...page.items.map((s) => s.title));
    }
    expect(titles).toHaveLength(COUNT);
    expect(new Set(titles).size).toBe(COUNT);
    expect(titles).toEqual(Array.from({ length: COUNT }, (_, i) => `Story number ${COUNT - i}`));
    // Past the end: nothing more, and still the total.
    expect(await call(core, 'story:list', { limit: 50, offset: COUNT })).toMatchObject({ items: [], total: COUNT });

    // A search pages the same way: its total is every match, not the first page's, and pages do not overlap.
    const found: number[] = [];
    for (let offset = 0; offset < COUNT; offset += 100) {
      const page = await call(core, 'story:list', { query: 'checklist', limit: 100, offset });
      expect(page.total).toBe(COUNT);
      expect(page.items.every((s) => s.snippet?.includes('\u0002checklist\u0003'))).toBe(true);
      found.push(...page.items.map((s) => s.id));
    }
    expect(new Set(found).size).toBe(COUNT);

    // A tag, and a tag with a search: the second page holds the rest.
    const tagged = await call(core, 'story:list', { tag: 'data', limit: 100, offset: 100 });
    expect(tagged).toMatchObject({ total: COUNT / 2 });
    expect(tagged.items).toHaveLength(COUNT / 2 - 100);
    const both = await call(core, 'story:list', { query: 'checklist', tag: 'customer', limit: 100, offset: 100 });
    expect(both.total).toBe(COUNT / 2);
    expect(both.items).toHaveLength(COUNT / 2 - 100);
    expect(both.items.every((s) => s.tags.includes('customer'))).toBe(true);
  });

  it('refuses a negative offset with a clear message', async () => {
    const { core } = await open();
    const error = await fail(core, 'story:list', { offset: -1 });
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual([expect.objectContaining({ path: 'offset' })]);
  });

  it('says when each story in the trash was moved there, most recent first', async () => {
    const { core, clock } = await open();
    const older = await call(core, 'story:create', { fields: { title: 'Older' } });
    const newer = await call(core, 'story:create', { fields: { title: 'Newer' } });
    clock.set('2026-04-02T09:00:00.000Z');
    await call(core, 'story:trash', { id: older.id });
    clock.set('2026-04-03T16:30:00.000Z');
    await call(core, 'story:trash', { id: newer.id });
    const trash = await call(core, 'story:listTrash', {});
    expect(trash.map((s) => [s.title, s.deletedAt.slice(0, 19)])).toEqual([
      ['Newer', '2026-04-03T16:30:00'],
      ['Older', '2026-04-02T09:00:00'],
    ]);
    // Moved to the trash is not a change to the story: its own date stays when it was written.
    expect(trash[0].updatedAt).toBe(newer.updatedAt);
  });
});
