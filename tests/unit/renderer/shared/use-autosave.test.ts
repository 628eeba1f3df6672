import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@renderer/api/api-error';
import { createAutosave } from '@renderer/shared/use-autosave';

/** A pretend main process: records what each save sent, and can be told to fail or to hold a save open. */
function server() {
  const saved: string[] = [];
  let failWith: ApiError | null = null;
  let hold: Promise<void> | null = null;
  return {
    saved,
    failNext(error: ApiError | null) {
      failWith = error;
    },
    /** Holds the next save on its way until the returned function is called. */
    holdNext(): () => void {
      let release!: () => void;
      hold = new Promise<void>((r) => (release = r));
      return release;
    },
    save(value: string) {
      return async () => {
        const wait = hold;
        hold = null;
        if (wait) await wait;
        if (failWith) {
          const error = failWith;
          failWith = null;
          throw error;
        }
        saved.push(value);
      };
    },
  };
}

const invalidCompany = new ApiError({
  code: 'VALIDATION',
  message: 'Some of the values are not valid.',
  details: [{ path: 'patch.company', message: 'Enter the company.' }],
});

/** A server and an autosave (600 ms) on it; the server's next save is held until released, or fails as invalid. */
function setup(next: 'ok' | 'hold' | 'fail' = 'ok') {
  const s = server();
  const release = next === 'hold' ? s.holdNext() : () => undefined;
  if (next === 'fail') s.failNext(invalidCompany);
  return { s, release, autosave: createAutosave({ delay: 600 }) };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends only the last value', async () => {
    const { s, autosave } = setup();
    autosave.schedule('notes', s.save('N'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('notes', s.save('No'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('notes', s.save('Notes'));
    expect(autosave.status.value).toBe('saving');
    await vi.advanceTimersByTimeAsync(599);
    expect(s.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saved).toEqual(['Notes']);
    expect(autosave.status.value).toBe('saved');
    expect(autosave.savedCount.value).toBe(1);
  });

  it('debounces each key on its own', async () => {
    const { s, autosave } = setup();
    autosave.schedule('company', s.save('company: Acme'));
    await vi.advanceTimersByTimeAsync(400);
    autosave.schedule('role', s.save('role: Designer'));
    await vi.advanceTimersByTimeAsync(200);
    expect(s.saved).toEqual(['company: Acme']);
    await vi.advanceTimersByTimeAsync(400);
    expect(s.saved).toEqual(['company: Acme', 'role: Designer']);
  });

  it('is idle until something is saved', () => {
    const autosave = createAutosave();
    expect(autosave.status.value).toBe('idle');
    expect(autosave.busy.value).toBe(false);
  });

  it('flush sends what is waiting at once and resolves when it has landed', async () => {
    const { s, autosave } = setup();
    autosave.schedule('notes', s.save('typed just before leaving'));
    await autosave.flush();
    expect(s.saved).toEqual(['typed just before leaving']);
    expect(autosave.busy.value).toBe(false);
    // The timer that was waiting must not send it a second time.
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.saved).toEqual(['typed just before leaving']);
  });

  it('flush also waits for a save already on its way', async () => {
    const { s, release, autosave } = setup('hold');
    autosave.schedule('notes', s.save('slow'), { immediate: true });
    let flushed = false;
    const flushing = autosave.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    release();
    await flushing;
    expect(s.saved).toEqual(['slow']);
  });

  it('never lets an older save of a key land after a newer one', async () => {
    const { s, release, autosave } = setup('hold');
    autosave.schedule('notes', s.save('old'), { immediate: true });
    autosave.schedule('notes', s.save('new'), { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(s.saved).toEqual([]);
    release();
    await autosave.flush();
    expect(s.saved).toEqual(['old', 'new']);
  });

  it('a failed save keeps its value, says why, and "Try again" sends the same value', async () => {
    const { s, autosave } = setup('fail');
    autosave.schedule('interview.company', s.save(''));
    await vi.advanceTimersByTimeAsync(600);
    expect(autosave.status.value).toBe('error');
    expect(autosave.failures.value).toEqual([{ key: 'interview.company', error: invalidCompany }]);
    expect(autosave.errorFor('interview.company')?.fieldMessage('patch.company')).toBe('Enter the company.');
    expect(s.saved).toEqual([]);

    await autosave.retry();
    expect(s.saved).toEqual(['']);
    expect(autosave.status.value).toBe('saved');
    expect(autosave.failures.value).toEqual([]);
  });

  it('a newer change to a failed field replaces the failure once it saves', async () => {
    const { s, autosave } = setup('fail');
    autosave.schedule('interview.company', s.save(''));
    await vi.advanceTimersByTimeAsync(600);
    expect(autosave.status.value).toBe('error');
    autosave.schedule('interview.company', s.save('Acme'));
    // Still says what failed while the person types the fix.
    expect(autosave.status.value).toBe('error');
    await vi.advanceTimersByTimeAsync(600);
    expect(s.saved).toEqual(['Acme']);
    expect(autosave.status.value).toBe('saved');
  });

  it('a failure of one field does not stop the others from saving', async () => {
    const { s, autosave } = setup('fail');
    autosave.schedule('interview.company', s.save(''), { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    autosave.schedule('interview.notes', s.save('notes'), { immediate: true });
    await autosave.flush();
    expect(s.saved).toEqual(['notes']);
    expect(autosave.failures.value.map((f) => f.key)).toEqual(['interview.company']);
  });

  it('turns thrown non-ApiErrors into ApiErrors with a message', async () => {
    const autosave = createAutosave({ delay: 10 });
    autosave.schedule('x', () => Promise.reject(new Error('socket closed')));
    await vi.advanceTimersByTimeAsync(10);
    expect(autosave.errorFor('x')?.message).toBe('socket closed');
    expect(autosave.errorFor('x')?.code).toBe('NETWORK');
  });

  it('cancel drops waiting saves and failures of something that is gone', async () => {
    const { s, autosave } = setup('fail');
    autosave.schedule('question.7.answerGiven', s.save('fails'), { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    autosave.schedule('question.7.keyPoints', s.save('waiting'));
    autosave.schedule('question.8.keyPoints', s.save('other question'));
    autosave.cancel('question.7.');
    await vi.advanceTimersByTimeAsync(600);
    expect(s.saved).toEqual(['other question']);
    expect(autosave.failures.value).toEqual([]);
  });
});
