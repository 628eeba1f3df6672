import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';
import { threadEntry } from '../../../../electron/main/stories/job-terms/thread/job-terms-entry';
import {
  createJobTermsThread,
  ExtractionFailed,
  type JobTermsReader,
} from '../../../../electron/main/stories/job-terms/thread/job-terms-thread';

const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/job-terms');
const fixture = fs.readdirSync(FIXTURES).find((f) => f.endsWith('.txt'))!;
const SHORT = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
/** A description near the 100,000-character limit: reading it takes a noticeable while. */
const LONG = Array.from({ length: Math.ceil(99_000 / (SHORT.length + 1)) }, () => SHORT)
  .join('\n')
  .slice(0, 99_000);

describe('the job terms thread', () => {
  const readers: JobTermsReader[] = [];
  afterEach(() => {
    for (const r of readers.splice(0)) r.close();
  });
  const reader = (...args: Parameters<typeof createJobTermsThread>) => {
    const r = createJobTermsThread(...args);
    readers.push(r);
    return r;
  };

  it('runs from source here, and gives the same terms as the extractor itself', async () => {
    expect(threadEntry()?.file.endsWith('job-terms-worker.ts')).toBe(true);
    const terms = reader();
    expect(await terms.read(SHORT)).toEqual(extractJobTerms(SHORT));
    expect(await terms.read('')).toEqual(extractJobTerms(''));
  });

  it('leaves this thread free while it reads a 99,000-character description', async () => {
    const terms = reader();
    await terms.read(SHORT); // the thread is up
    let done = false;
    let turns = 0;
    const spin = () => {
      turns++;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    const read = await terms.read(LONG);
    done = true;
    // Read on this thread, the event loop could not turn once until the terms were back.
    expect(turns).toBeGreaterThan(20);
    expect(read).toEqual(extractJobTerms(LONG));
  });

  it('reads on this thread, with the same result, when the thread cannot start, and does not try it again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const terms = reader({ file: path.join(FIXTURES, 'no-such-worker.js'), execArgv: [] });
      expect(await terms.read(SHORT)).toEqual(extractJobTerms(SHORT));
      expect(await terms.read(LONG)).toEqual(extractJobTerms(LONG));
      // One failed start is said once; the second read goes straight to this thread.
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]![0])).toContain('The job terms thread failed; reading on the main thread instead');
    } finally {
      logged.mockRestore();
    }
  });

  it('reads nothing more once closed (the app is shutting down)', async () => {
    const terms = reader();
    expect(await terms.read(SHORT)).toEqual(extractJobTerms(SHORT));
    terms.close();
    await expect(terms.read(SHORT)).rejects.toThrow('The job terms thread was closed: the app is shutting down.');
  });

  it('passes the extractor’s own refusal on as such', async () => {
    const terms = reader();
    await expect(terms.read('x'.repeat(100_001))).rejects.toBeInstanceOf(ExtractionFailed);
  });
});
