import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { RouteOutput } from '../../../../electron/shared/contract';
import { contract, routeNames } from '../../../../electron/shared/contract';
import { AppError } from '../../../../electron/shared/errors';
import { createRouter, type Handlers } from '../../../../electron/main/ipc/router';

const info: RouteOutput<'app:info'> = {
  name: 'Debrief',
  version: '1.0.0',
  dataDir: '/data',
  databasePath: '/data/debrief.db',
  schemaVersion: 1,
  lastBackup: null,
  notices: [],
  host: 'browser',
};
const backup: RouteOutput<'backup:create'> = {
  fileName: 'debrief-20260101T000000000Z-manual.db',
  createdAt: '2026-01-01T00:00:00.000Z',
  sizeBytes: 8192,
  reason: 'manual',
};

/** A router with all three real routes, each handler a spy; `log` is captured so nothing prints. */
function setup(overrides: Handlers = {}, validateOutput = false) {
  const log = vi.fn();
  const router = createRouter({ validateOutput, log });
  const handlers = {
    'app:info': vi.fn(() => info),
    'backup:create': vi.fn(() => backup),
    'backup:list': vi.fn(() => [backup]),
    ...overrides,
  };
  router.register(handlers);
  return { router, handlers, log };
}

describe('router: valid input', () => {
  it('passes a valid call to the handler with the parsed input and returns its output', async () => {
    const { router, handlers } = setup();
    await expect(router.dispatch('app:info', {})).resolves.toEqual({ ok: true, data: info });
    expect(handlers['app:info']).toHaveBeenCalledTimes(1);
    expect(handlers['app:info']).toHaveBeenCalledWith({});
  });

  it('accepts a missing input for routes whose input is optional', async () => {
    const { router, handlers } = setup();
    await expect(router.dispatch('backup:list', undefined)).resolves.toEqual({ ok: true, data: [backup] });
    expect(handlers['backup:list']).toHaveBeenCalledWith(undefined);
  });

  it('waits for async handlers', async () => {
    const { router } = setup({ 'backup:create': async () => ({ ...backup, sizeBytes: 1 }) });
    await expect(router.dispatch('backup:create', undefined)).resolves.toEqual({ ok: true, data: { ...backup, sizeBytes: 1 } });
  });

  it('sends each route to its own handler only', async () => {
    const { router, handlers } = setup();
    await router.dispatch('backup:create', {});
    expect(handlers['backup:create']).toHaveBeenCalledTimes(1);
    expect(handlers['backup:list']).not.toHaveBeenCalled();
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });
});

describe('router: invalid input gets VALIDATION and reaches no handler', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown key on a strict schema', { extra: 1 }, ''],
    ['several unknown keys', { a: 1, b: 'two' }, ''],
    ['a string instead of an object', 'hello', ''],
    ['a number instead of an object', 42, ''],
    ['null', null, ''],
    ['an array', [], ''],
    ['a boolean', true, ''],
  ];

  it.each(cases)('%s', async (_label, input, path) => {
    const { router, handlers } = setup();
    for (const name of ['app:info', 'backup:create', 'backup:list'] as const) {
      const reply = await router.dispatch(name, input);
      expect(reply.ok).toBe(false);
      if (reply.ok) return;
      expect(reply.error.code).toBe('VALIDATION');
      expect(reply.error.message).toMatch(/not valid/);
      expect(reply.error.details?.length).toBeGreaterThan(0);
      for (const d of reply.error.details ?? []) {
        expect(typeof d.message).toBe('string');
        expect(d.path).toBe(path);
      }
    }
    expect(handlers['app:info']).not.toHaveBeenCalled();
    expect(handlers['backup:create']).not.toHaveBeenCalled();
    expect(handlers['backup:list']).not.toHaveBeenCalled();
  });

  it('names the unknown keys in the details', async () => {
    const { router } = setup();
    const reply = await router.dispatch('backup:create', { sneaky: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (reply.ok) return;
    expect(reply.error.details?.map((d) => d.message).join(' ')).toMatch(/sneaky/);
  });
});

describe('router: unknown routes', () => {
  it.each(['app:nope', 'nope', '', 'constructor', '__proto__', 'toString', 'APP:INFO'])(
    'answers %j with UNKNOWN_ROUTE',
    async (name) => {
      const { router, handlers } = setup();
      const reply = await router.dispatch(name, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
      for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
    },
  );

  it('answers UNKNOWN_ROUTE for a contract route that has no handler yet', async () => {
    const router = createRouter({ log: vi.fn() });
    const infoHandler = vi.fn(() => info);
    router.register({ 'app:info': infoHandler });
    await expect(router.dispatch('backup:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
    expect(infoHandler).not.toHaveBeenCalled();
  });
});

describe('router: registration', () => {
  it('throws when the same route is registered twice, even across domains', () => {
    const router = createRouter({ log: vi.fn() });
    router.register({ 'app:info': () => info });
    expect(() => router.register({ 'app:info': () => info })).toThrow(/"app:info" is registered twice/);
  });

  it('keeps the first handler after a refused second registration', async () => {
    const router = createRouter({ log: vi.fn() });
    const first = vi.fn(() => info);
    router.register({ 'app:info': first });
    expect(() => router.register({ 'app:info': () => ({ ...info, name: 'second' }) })).toThrow();
    await expect(router.dispatch('app:info', {})).resolves.toEqual({ ok: true, data: info });
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('throws when a handler is registered for a name that is not in the contract', () => {
    const router = createRouter({ log: vi.fn() });
    expect(() => router.register({ 'journal:list': () => [] } as unknown as Handlers)).toThrow(
      /"journal:list" has no route in the contract/,
    );
  });

  it('assertComplete lists every route that has no handler', () => {
    const router = createRouter({ log: vi.fn() });
    expect(() => router.assertComplete()).toThrow(`Routes without a handler: ${routeNames.join(', ')}`);
    router.register({ 'app:info': () => info });
    let message = '';
    try {
      router.assertComplete();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/backup:create/);
    expect(message).toMatch(/backup:list/);
    expect(message).not.toMatch(/app:info/);
  });

  it('assertComplete passes once every contract route has a handler', () => {
    const { router } = setup();
    // Domains added to the contract later get stand-in handlers, so this stays about assertComplete itself.
    const others = routeNames.filter((n) => !['app:info', 'backup:create', 'backup:list'].includes(n));
    router.register(Object.fromEntries(others.map((n) => [n, () => null])) as Handlers);
    expect(() => router.assertComplete()).not.toThrow();
  });
});

describe('router: failures inside handlers become typed errors', () => {
  it('returns an AppError with its code, message and details unchanged', async () => {
    const details = [{ path: 'title', message: 'Too long' }];
    const { router, log } = setup({
      'backup:create': () => {
        throw new AppError('NOT_FOUND', 'That backup folder is gone.', details);
      },
    });
    await expect(router.dispatch('backup:create', {})).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That backup folder is gone.', details },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('also catches an AppError from a rejected promise', async () => {
    const { router } = setup({ 'backup:create': () => Promise.reject(new AppError('CONFLICT', 'A backup is already running.')) });
    await expect(router.dispatch('backup:create', {})).resolves.toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'A backup is already running.' },
    });
  });

  it('turns a random Error into INTERNAL without leaking its message, and logs it', async () => {
    const secret = new Error('ENOENT: /home/alex/secret/path.db');
    const { router, log } = setup({
      'app:info': () => {
        throw secret;
      },
    });
    const reply = await router.dispatch('app:info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toMatch(/secret|ENOENT|alex/);
    expect(log).toHaveBeenCalledWith(expect.any(String), secret);
  });

  it('turns a thrown non-Error (a string, null) into INTERNAL', async () => {
    for (const thrown of ['boom', null, undefined, 42]) {
      const { router } = setup({
        'app:info': () => {
          throw thrown;
        },
      });
      await expect(router.dispatch('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
  });

  it('turns a real SQLITE_CONSTRAINT error into CONFLICT', async () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
      const insert = db.prepare('INSERT INTO t (id) VALUES (1)');
      const { router } = setup({
        'backup:create': () => {
          insert.run();
          insert.run();
          return backup;
        },
      });
      const reply = await router.dispatch('backup:create', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(JSON.stringify(reply)).not.toMatch(/UNIQUE constraint failed/);
    } finally {
      db.close();
    }
  });

  it('turns other real SQLite errors into STORAGE, naming the SQLite code but not the SQL', async () => {
    const db = new Database(':memory:');
    try {
      const { router, log } = setup({
        'backup:list': () => {
          db.prepare('SELECT * FROM no_such_table').all();
          return [];
        },
      });
      const reply = await router.dispatch('backup:list', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
      if (reply.ok) return;
      expect(reply.error.message).toMatch(/SQLITE_ERROR/);
      expect(reply.error.message).not.toMatch(/no_such_table/);
      expect(log).toHaveBeenCalled();
    } finally {
      db.close();
    }
  });

  it('turns a ZodError thrown by a handler into VALIDATION with its details', async () => {
    const { router } = setup({
      'app:info': () => {
        z.object({ title: z.string() }).parse({});
        return info;
      },
    });
    const reply = await router.dispatch('app:info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'title' }] } });
  });
});

describe('router: output validation', () => {
  it('with validateOutput, an output that breaks the schema becomes INTERNAL and is logged', async () => {
    const { router, log } = setup({ 'backup:create': (() => ({ ...backup, sizeBytes: -5 })) as never }, true);
    const reply = await router.dispatch('backup:create', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toMatch(/-5/);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('with validateOutput, an output missing a field becomes INTERNAL', async () => {
    const { version: _v, ...withoutVersion } = info;
    const { router } = setup({ 'app:info': (() => withoutVersion) as never }, true);
    await expect(router.dispatch('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('with validateOutput, a valid output passes and keys outside the contract are dropped', async () => {
    const { router } = setup({ 'app:info': (() => ({ ...info, internalPath: '/secret' })) as never }, true);
    await expect(router.dispatch('app:info', {})).resolves.toEqual({ ok: true, data: info });
  });

  it('without validateOutput, outputs are passed through unchecked', async () => {
    const { router } = setup({ 'backup:create': (() => ({ ...backup, sizeBytes: -5 })) as never }, false);
    await expect(router.dispatch('backup:create', {})).resolves.toEqual({ ok: true, data: { ...backup, sizeBytes: -5 } });
  });
});

describe('router: every route of the contract refuses bad input before its handler', () => {
  function allSpies() {
    const router = createRouter({ log: vi.fn() });
    const spies = Object.fromEntries(routeNames.map((n) => [n, vi.fn(() => null)]));
    router.register(spies as Handlers);
    const calls = () => Object.values(spies).reduce((n, s) => n + s.mock.calls.length, 0);
    return { router, calls };
  }

  it('refuses non-object inputs on every route', async () => {
    const { router, calls } = allSpies();
    for (const name of routeNames) {
      for (const input of ['text', 42, true, [], null]) {
        const reply = await router.dispatch(name, input);
        expect(reply, `${name} <- ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
    }
    expect(calls()).toBe(0);
  });

  it('refuses a missing required field on every route that has one, naming the field', async () => {
    const { router, calls } = allSpies();
    const withRequired = routeNames.filter((n) => !contract[n].input.safeParse({}).success);
    expect(withRequired.length, 'the contract should have routes with required fields').toBeGreaterThan(0);
    for (const name of withRequired) {
      const expected = contract[name].input.safeParse({});
      const paths = expected.success ? [] : expected.error.issues.map((i) => i.path.join('.'));
      const reply = await router.dispatch(name, {});
      expect(reply, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (reply.ok) continue;
      expect(
        reply.error.details?.map((d) => d.path),
        name,
      ).toEqual(paths);
      expect(
        paths.every((p) => p.length > 0),
        name,
      ).toBe(true);
    }
    expect(calls()).toBe(0);
  });

  it('refuses a field of the wrong type (an id sent as text) with the field path', async () => {
    const { router, calls } = allSpies();
    const takesId = routeNames.filter((n) => contract[n].input.safeParse({ id: 1 }).success);
    expect(takesId.length, 'the contract should have routes that take { id }').toBeGreaterThan(0);
    for (const name of takesId) {
      for (const id of ['1', 1.5, -1, null, { $gt: 0 }]) {
        const reply = await router.dispatch(name, { id });
        expect(reply, `${name} <- ${JSON.stringify(id)}`).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', details: [{ path: 'id' }] },
        });
      }
    }
    expect(calls()).toBe(0);
  });
});
