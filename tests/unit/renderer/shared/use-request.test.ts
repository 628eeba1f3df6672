import { describe, expect, it } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { useLoad, useRequest } from '@renderer/shared/use-request';

/** A promise the test settles by hand, to hold a request open. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useRequest', () => {
  it('is pending while the work runs, and true when it finished', async () => {
    const request = useRequest();
    const gate = deferred<void>();
    const done = request.run(() => gate.promise);
    expect(request.pending.value).toBe(true);
    gate.resolve();
    expect(await done).toBe(true);
    expect(request.pending.value).toBe(false);
    expect(request.error.value).toBeNull();
  });

  it('keeps a failure as an ApiError, and clears it when the next run starts', async () => {
    const request = useRequest();
    expect(await request.run(() => Promise.reject(new Error('The disk is full.')))).toBe(false);
    expect(request.error.value).toBeInstanceOf(ApiError);
    expect(request.error.value?.message).toBe('The disk is full.');
    const gate = deferred<void>();
    const again = request.run(() => gate.promise);
    expect(request.error.value).toBeNull();
    gate.resolve();
    await again;
  });

  it('with once, refuses a second run while one is under way and sends nothing', async () => {
    const request = useRequest({ once: true });
    const gate = deferred<string>();
    let sent = 0;
    const first = request.get(() => {
      sent++;
      return gate.promise;
    });
    expect(
      await request.get(() => {
        sent++;
        return Promise.resolve('second');
      }),
    ).toBeNull();
    gate.resolve('first');
    expect(await first).toBe('first');
    expect(sent).toBe(1);
  });

  it('shares one error line between actions when told to', async () => {
    const a = useRequest();
    const b = useRequest({ error: a.error });
    await b.run(() => Promise.reject(new ApiError({ code: 'NETWORK', message: 'No answer.' })));
    expect(a.error.value?.message).toBe('No answer.');
  });
});

describe('useLoad', () => {
  it('goes loading, then ready with the answer applied', async () => {
    const load = useLoad();
    let shown = '';
    const done = load.run(
      () => Promise.resolve('rows'),
      (value) => (shown = value),
    );
    expect(load.status.value).toBe('loading');
    await done;
    expect(load.status.value).toBe('ready');
    expect(shown).toBe('rows');
  });

  it('drops an older answer that arrives after a newer load started', async () => {
    const load = useLoad();
    const slow = deferred<string>();
    const shown: string[] = [];
    const first = load.run(
      () => slow.promise,
      (value) => shown.push(value),
    );
    await load.run(
      () => Promise.resolve('new'),
      (value) => shown.push(value),
    );
    slow.reject(new Error('too late'));
    await first;
    expect(shown).toEqual(['new']);
    expect(load.status.value).toBe('ready');
    expect(load.error.value).toBeNull();
  });

  it('with shared, lets callers share the load under way; fresh waits it out and asks again', async () => {
    const load = useLoad({ shared: true });
    const gate = deferred<number>();
    let asked = 0;
    const fetch = () => {
      asked++;
      return asked === 1 ? gate.promise : Promise.resolve(asked);
    };
    let shown = 0;
    const apply = (value: number) => (shown = value);
    const a = load.run(fetch, apply);
    const b = load.run(fetch, apply);
    const fresh = load.run(fetch, apply, { fresh: true });
    expect(asked).toBe(1);
    gate.resolve(1);
    await Promise.all([a, b, fresh]);
    expect(asked).toBe(2);
    expect(shown).toBe(2);
  });

  it('with keep, a failed refresh keeps what is shown ready and remembers the error', async () => {
    let shown: string | null = null;
    const load = useLoad({ keep: () => shown !== null });
    await load.run(
      () => Promise.resolve('counts'),
      (value) => (shown = value),
    );
    const refresh = load.run(
      () => Promise.reject(new Error('offline')),
      (value) => (shown = value),
    );
    expect(load.status.value).toBe('ready');
    await refresh;
    expect(load.status.value).toBe('ready');
    expect(load.error.value?.message).toBe('offline');
    expect(shown).toBe('counts');
  });

  it('without keep, a failure is an error state', async () => {
    const load = useLoad();
    await load.run(
      () => Promise.reject(new Error('offline')),
      () => undefined,
    );
    expect(load.status.value).toBe('error');
    expect(load.error.value?.message).toBe('offline');
  });

  it('append adds a further page, says its failure apart, and never lands on a newer first page', async () => {
    const load = useLoad();
    let shown: string[] = [];
    await load.run(
      () => Promise.resolve(['a']),
      (page) => (shown = page),
    );
    // A further page joins what is shown; one at a time.
    const more = deferred<string[]>();
    const appended = load.append(
      () => more.promise,
      (page) => (shown = [...shown, ...page]),
    );
    expect(load.appending.value).toBe(true);
    let second = false;
    await load.append(
      () => ((second = true), Promise.resolve([])),
      () => undefined,
    );
    expect(second).toBe(false);
    more.resolve(['b']);
    await appended;
    expect(shown).toEqual(['a', 'b']);
    expect(load.appending.value).toBe(false);

    // A failed page keeps the list and its ready state; the reason is the append error, not the load's.
    await load.append(
      () => Promise.reject(new ApiError({ code: 'INTERNAL', message: 'The disk is busy.' })),
      () => undefined,
    );
    expect(load.status.value).toBe('ready');
    expect(load.error.value).toBeNull();
    expect(load.appendError.value?.message).toBe('The disk is busy.');
    expect(shown).toEqual(['a', 'b']);

    // A new search started while a page is on its way: the page is dropped, and the search's rows stay alone.
    const late = deferred<string[]>();
    const stale = load.append(
      () => late.promise,
      (page) => (shown = [...shown, ...page]),
    );
    await load.run(
      () => Promise.resolve(['x']),
      (page) => (shown = page),
    );
    expect(load.appendError.value).toBeNull();
    late.resolve(['c']);
    await stale;
    expect(shown).toEqual(['x']);
    expect(load.appending.value).toBe(false);
  });

  it('appends no page while a refresh is on its way, so the refresh’s answer cannot undo the page', async () => {
    const load = useLoad({ keep: () => load.status.value === 'ready' });
    let shown: string[] = [];
    await load.run(
      () => Promise.resolve(['a']),
      (page) => (shown = page),
    );
    const refreshed = deferred<string[]>();
    const refresh = load.run(
      () => refreshed.promise,
      (page) => (shown = page),
    );
    expect(load.status.value).toBe('ready');
    let asked = false;
    await load.append(
      () => ((asked = true), Promise.resolve(['b'])),
      (page) => (shown = [...shown, ...page]),
    );
    expect(asked).toBe(false);
    refreshed.resolve(['a2']);
    await refresh;
    expect(shown).toEqual(['a2']);
    // Once the refresh is in, the next page may come.
    await load.append(
      () => Promise.resolve(['b']),
      (page) => (shown = [...shown, ...page]),
    );
    expect(shown).toEqual(['a2', 'b']);
  });

  it('reset goes back to idle and drops the answer of a load still on its way', async () => {
    const load = useLoad();
    const gate = deferred<string>();
    let shown = 'nothing';
    const running = load.run(
      () => gate.promise,
      (value) => (shown = value),
    );
    expect(load.status.value).toBe('loading');
    load.reset();
    expect(load.status.value).toBe('idle');
    gate.resolve('late');
    await running;
    expect(shown).toBe('nothing');
    expect(load.status.value).toBe('idle');
  });
});
