import { describe, expect, it } from 'vitest';
import type { RouteOutput } from '../../../electron/shared/contract';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { createInterview } from '../support/writes';

const open = useCores();
type Page = RouteOutput<'interview:list'>;

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('interview:list', () => {
  it('is newest first by date, then by id, with the summary fields', async () => {
    const { core } = await open();
    const a = await createInterview(core, {
      company: 'A',
      heldAt: '2026-01-10',
      role: 'Dev',
      stage: 'first',
      outcome: 'rejected',
      tags: ['z', 'b'],
    });
    const b = await createInterview(core, { company: 'B', heldAt: '2026-03-01T09:00' });
    const c = await createInterview(core, { company: 'C', heldAt: '2026-03-01T09:00' });
    const d = await createInterview(core, { company: 'D', heldAt: '2025-12-31T23:59' });
    const e = await createInterview(core, { company: 'E', heldAt: '2026-03-01T17:45' });
    const page = await call(core, 'interview:list', {});
    expect(page.items.map((x) => x.id)).toEqual([e.id, c.id, b.id, a.id, d.id]);
    expect(page.total).toBe(5);
    expect(page.nextCursor).toBeNull();
    expect(page.items.find((x) => x.id === a.id)).toEqual({
      id: a.id,
      company: 'A',
      role: 'Dev',
      heldAt: '2026-01-10',
      stage: 'first',
      outcome: 'rejected',
      tags: expect.arrayContaining(['b', 'z']),
      lowestArea: null,
      snippet: null,
      deletedAt: null,
    });
    // No input at all means the first page with the default limit.
    expect(await call(core, 'interview:list', undefined)).toEqual(page);
  });

  it('pages through 120 interviews with limit 50, returning each exactly once, in order', async () => {
    const { core } = await open();
    const made: { id: number; heldAt: string }[] = [];
    for (let k = 0; k < 120; k++) {
      // Several interviews share a date, and some have a time, so the id tie-break and mixed formats are exercised.
      const day = String(1 + (k % 28)).padStart(2, '0');
      const heldAt = k % 3 === 0 ? `2026-02-${day}` : `2026-02-${day}T${String(8 + (k % 5)).padStart(2, '0')}:00`;
      made.push({ id: (await createInterview(core, { heldAt, company: `Co ${k}` })).id, heldAt });
    }
    const expected = made
      .slice()
      .sort((x, y) => (x.heldAt === y.heldAt ? y.id - x.id : x.heldAt < y.heldAt ? 1 : -1))
      .map((x) => x.id);

    const seen: number[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await call(core, 'interview:list', { cursor, limit: 50 });
      expect(page.total).toBe(120);
      sizes.push(page.items.length);
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(120);
  });

  it('an exact multiple of the limit ends without an empty page', async () => {
    const { core } = await open();
    for (let k = 0; k < 4; k++) await createInterview(core, { heldAt: `2026-01-0${k + 1}` });
    const first = await call(core, 'interview:list', { limit: 2 });
    const second = await call(core, 'interview:list', { limit: 2, cursor: first.nextCursor });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it('a page cursor keeps working when interviews are added above it', async () => {
    const { core } = await open();
    const ids: number[] = [];
    for (let k = 1; k <= 6; k++) ids.push((await createInterview(core, { heldAt: `2026-01-0${k}` })).id);
    const first = await call(core, 'interview:list', { limit: 3 });
    await createInterview(core, { heldAt: '2026-09-09' });
    const second = await call(core, 'interview:list', { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((x) => x.id)).toEqual([ids[2], ids[1], ids[0]]);
  });

  it('filters by outcome, stage, tag and company (any case), combined with AND, with the right total', async () => {
    const { core } = await open();
    const rows = [
      { company: 'Acme', outcome: 'rejected', stage: 'final', tags: ['remote'] },
      { company: 'ACME', outcome: 'rejected', stage: 'first', tags: ['remote', 'python'] },
      { company: 'acme', outcome: 'waiting', stage: 'final', tags: ['python'] },
      { company: 'Globex', outcome: 'rejected', stage: 'final', tags: ['remote'] },
      { company: 'Acme Labs', outcome: 'rejected', stage: 'final', tags: ['remote'] },
    ] as const;
    const ids: number[] = [];
    for (const r of rows) ids.push((await createInterview(core, { ...r, tags: [...r.tags] })).id);
    const trashed = await createInterview(core, { company: 'Acme', outcome: 'rejected', stage: 'final', tags: ['remote'] });
    await call(core, 'interview:trash', { id: trashed.id });

    const find = async (filters: Record<string, string>) => {
      const page = await call(core, 'interview:list', { filters });
      expect(page.total, JSON.stringify(filters)).toBe(page.items.length);
      return page.items.map((x) => x.id).sort((a, b) => a - b);
    };
    expect(await find({ company: 'acme' })).toEqual([ids[0], ids[1], ids[2]]);
    expect(await find({ company: 'ACME' })).toEqual([ids[0], ids[1], ids[2]]);
    expect(await find({ outcome: 'rejected' })).toEqual([ids[0], ids[1], ids[3], ids[4]]);
    expect(await find({ stage: 'final' })).toEqual([ids[0], ids[2], ids[3], ids[4]]);
    expect(await find({ tag: 'python' })).toEqual([ids[1], ids[2]]);
    expect(await find({ company: 'Acme', outcome: 'rejected' })).toEqual([ids[0], ids[1]]);
    expect(await find({ company: 'Acme', outcome: 'rejected', stage: 'final' })).toEqual([ids[0]]);
    expect(await find({ company: 'Acme', outcome: 'rejected', stage: 'final', tag: 'remote' })).toEqual([ids[0]]);
    expect(await find({ company: 'Acme', tag: 'python', stage: 'final' })).toEqual([ids[2]]);
    expect(await find({ company: 'Acme', outcome: 'offer' })).toEqual([]);
    expect(await find({ tag: 'nope' })).toEqual([]);

    // Totals are for all pages, not the page.
    const small = await call(core, 'interview:list', { filters: { outcome: 'rejected' }, limit: 1 });
    expect(small.items).toHaveLength(1);
    expect(small.total).toBe(4);
    expect(small.nextCursor).not.toBeNull();
  });

  it('shows the lowest-rated area, ties going to the earlier area, and ignores unrated ones', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    const lowest = async () => (await call(core, 'interview:list', {})).items[0].lowestArea;
    expect(await lowest()).toBeNull();
    await call(core, 'reflection:save', { interviewId: i.id, area: 'closing', rating: 3 });
    expect(await lowest()).toEqual({ label: 'Closing statement', rating: 3 });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'confidence', rating: 2 });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'answers', rating: 2 });
    // Confidence comes before Quality of answers in the walk-through order.
    expect(await lowest()).toEqual({ label: 'Confidence', rating: 2 });
    await call(core, 'reflection:save', { interviewId: i.id, area: 'punctuality', rating: 2 });
    expect(await lowest()).toEqual({ label: 'Punctuality and arrival', rating: 2 });
    const custom = await call(core, 'reflection:addArea', { interviewId: i.id, label: 'Take-home review' });
    await call(core, 'reflection:save', { interviewId: i.id, area: custom.area, rating: 1 });
    expect(await lowest()).toEqual({ label: 'Take-home review', rating: 1 });
    await call(core, 'reflection:save', { interviewId: i.id, area: custom.area, rating: null });
    expect(await lowest()).toEqual({ label: 'Punctuality and arrival', rating: 2 });
    // The trash list shows it too.
    await call(core, 'interview:trash', { id: i.id });
    expect((await call(core, 'interview:listTrash', {}))[0].lowestArea).toEqual({ label: 'Punctuality and arrival', rating: 2 });
  });

  it('refuses bad and forged cursors with VALIDATION, never a storage error', async () => {
    const { core } = await open();
    await createInterview(core, { notes: 'findable' });
    const forged = [
      'not-a-cursor',
      '%%%',
      cursorOf(null),
      cursorOf([1, 2]),
      cursorOf({ kind: 'keyset' }),
      cursorOf({ kind: 'keyset', heldAt: 5, id: 1 }),
      cursorOf({ kind: 'keyset', heldAt: '2026-01-01', id: 1.5 }),
      cursorOf({ kind: 'keyset', heldAt: '2026-01-01', id: 1e300 }),
      cursorOf({ kind: 'offset', offset: 3 }),
      cursorOf({ kind: 'other' }),
    ];
    for (const cursor of forged) {
      const err = await fail(core, 'interview:list', { cursor });
      expect(err.code, cursor).toBe('VALIDATION');
      expect(err.details?.[0]?.path).toBe('cursor');
    }
    for (const cursor of [
      cursorOf({ kind: 'offset', offset: -1 }),
      cursorOf({ kind: 'offset', offset: 1e20 }),
      cursorOf({ kind: 'offset', offset: 2 ** 53 }),
      cursorOf({ kind: 'keyset', heldAt: 'x', id: 1 }),
    ]) {
      const err = await fail(core, 'interview:list', { cursor, filters: { query: 'findable' } });
      expect(err.code, cursor).toBe('VALIDATION');
    }
    expect((await fail(core, 'interview:list', { cursor: 'x'.repeat(201) })).details?.[0]?.path).toBe('cursor');
  });
});
