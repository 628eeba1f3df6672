import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import {
  MAX_ADDED_TERMS,
  type JobCoverage,
  type JobDescription,
  type JobTermEntry,
  type JobTerms,
} from '../../shared/stories-schemas';
import { assertFresh } from '../db/stale-save';
import type { JobDescriptionRecord, JobDescriptionsRepo } from './job-descriptions-repo';
import { jobCoverage, type CoverageAnswer, type CoverageStory } from './job-coverage';
import { KEY_TERMS, extractJobTerms } from './job-terms/job-terms';
import { ExtractionFailed, type JobTermsReader } from './job-terms/thread/job-terms-thread';

/** What the person reads when a description gives no terms because it is not in English. */
export const NOT_ENGLISH_NOTICE =
  'Terms are found in English only: this description does not read as English, so none were picked out. You can add the terms that matter by hand.';
/** What the person reads when the terms could not be picked out of a description at all. */
export const UNREADABLE_NOTICE =
  'Debrief could not pick the terms out of this description: check it is the text of the job ad, or add the terms that matter by hand.';

const EMPTY: JobDescriptionRecord = { text: '', removed: [], added: [], revision: 1 };
const key = (term: string) => term.trim().replace(/\s+/g, ' ').toLowerCase();

/** Page breaks and vertical tabs (pdftotext writes them) end a line; Windows line ends become plain ones. */
function tidyText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\f\v]/g, '\n');
}

/** Where the coverage table finds its stories and practice answers. */
export interface CoverageSources {
  stories: () => CoverageStory[];
  answers: () => CoverageAnswer[];
}

/** How many texts read ahead are kept beside each interview's own: a few windows' unsaved descriptions. */
const READINGS_KEPT = 8;

/** One reading of a text's terms; a failed one has none, and the notice says so. */
interface Reading {
  terms: JobTerms;
  failed: boolean;
}

// A description the extractor cannot read must not lose the person's text or stop the screen: no terms, and the
// notice says so (the terms can still be added by hand).
function failedReading(err: unknown): Reading {
  console.error('Reading the terms of a job description failed:', err);
  return { terms: { terms: [], skipped: null }, failed: true };
}

/**
 * The rules of a job description on an interview: its text (saved from the current revision only), its terms as
 * found minus the ones the person removed plus the ones they added, and their coverage by stories and answers.
 * Finding the terms of a long description takes up to a second, so each route first has them read on the terms
 * thread (`reader`), then does its work in one short synchronous transaction that finds them kept.
 */
export function createJobDescriptionsService(
  db: Database.Database,
  repo: JobDescriptionsRepo,
  coverageSources: CoverageSources,
  now: () => Date,
  reader: JobTermsReader,
) {
  const found = new Map<string, Reading>();
  // Each interview's description as last shown, kept whatever the number of interviews: the plan asks for every one of
  // them in turn, and a capped list alone would read each again, on this thread, on every load.
  const byInterview = new Map<number, { text: string; reading: Reading }>();
  function keep(text: string, reading: Reading): Reading {
    found.delete(text);
    found.set(text, reading);
    while (found.size > READINGS_KEPT) found.delete(found.keys().next().value!);
    return reading;
  }

  // Texts being read on the thread now: a second caller (another window's plan, an export) waits for the same reading.
  const inFlight = new Map<string, Promise<void>>();

  /** Has a text's terms read on the terms thread, unless they are kept already or being read. */
  function readAhead(text: string): Promise<void> {
    if (kept(text)) return Promise.resolve();
    const pending = inFlight.get(text) ?? readOnThread(text).finally(() => inFlight.delete(text));
    inFlight.set(text, pending);
    return pending;
  }

  /** Reads a text's terms on the terms thread and keeps them; a failed reading is kept as failed. */
  async function readOnThread(text: string): Promise<void> {
    let reading: Reading;
    try {
      reading = { terms: await reader.read(text), failed: false };
    } catch (err) {
      if (!(err instanceof ExtractionFailed)) throw err;
      reading = failedReading(err);
    }
    keep(text, reading);
  }

  /**
   * The kept reading of a text. A text not read ahead (another window saved in between, or the plan's export) is read
   * here, on this thread: the same module, the same result.
   */
  function termsOf(interviewId: number, text: string): Reading {
    let reading = kept(text);
    if (!reading) {
      try {
        reading = keep(text, { terms: extractJobTerms(text), failed: false });
      } catch (err) {
        reading = keep(text, failedReading(err));
      }
    }
    byInterview.set(interviewId, { text, reading });
    return reading;
  }

  /** A text's reading if it is kept: read ahead lately, or an interview's description as last shown. */
  function kept(text: string): Reading | undefined {
    const recent = found.get(text);
    if (recent) return recent;
    for (const own of byInterview.values()) if (own.text === text) return own.reading;
    return undefined;
  }

  /**
   * Reads the terms of these interviews' stored descriptions on the terms thread, each kept as its interview's: the
   * plan asks for all of them at once next, and would otherwise read each one not kept on this thread.
   */
  async function readAheadFor(interviewIds: readonly number[]): Promise<void> {
    for (const interviewId of interviewIds) {
      const text = repo.get(interviewId)?.text;
      if (text === undefined) continue;
      await readAhead(text);
      const read = kept(text);
      // Saved anew in another window meanwhile: the new text is read when it is asked for.
      if (read && repo.get(interviewId)?.text === text) byInterview.set(interviewId, { text, reading: read });
    }
  }

  /** Reads ahead the terms of the interview's stored text (and of a new one), then runs the synchronous work. */
  async function withTerms<T>(interviewId: number, work: () => T, newText?: string): Promise<T> {
    const stored = repo.interview(interviewId) ? repo.get(interviewId)?.text : undefined;
    await readAhead(stored ?? '');
    if (newText !== undefined) await readAhead(newText);
    return work();
  }

  function record(interviewId: number): JobDescriptionRecord {
    const interview = repo.interview(interviewId);
    if (!interview) {
      throw new AppError('NOT_FOUND', `There is no interview with id ${interviewId}. It may have been deleted.`, [
        { path: 'interviewId', message: 'Not found.' },
      ]);
    }
    return repo.get(interviewId) ?? EMPTY;
  }

  function view(interviewId: number, r: JobDescriptionRecord): JobDescription {
    const { terms: read, failed } = termsOf(interviewId, r.text);
    const removed = new Set(r.removed.map(key));
    // Added by hand: the person says it matters, so it is a key term at the top, even once the text holds it too (of
    // the kind found there).
    const kindFound = new Map(read.terms.map((t) => [key(t.term), t.kind]));
    const added: JobTermEntry[] = r.added
      .filter((t) => !removed.has(key(t)))
      .map((term) => ({ term, weight: 1, kind: kindFound.get(key(term)) ?? 'skill', source: 'added' as const }));
    const pinned = new Set(added.map((t) => key(t.term)));
    const foundTerms: JobTermEntry[] = read.terms
      .filter((t) => !removed.has(key(t.term)) && !pinned.has(key(t.term)))
      .map((t) => ({ ...t, source: 'found' as const }));
    return {
      interviewId,
      text: r.text,
      terms: [...added, ...foundTerms],
      keyTerms: added.length + Math.min(KEY_TERMS, foundTerms.length),
      removed: r.removed,
      skipped: r.text.trim() ? read.skipped : 'empty',
      notice: !r.text.trim() ? null : read.skipped === 'not-english' ? NOT_ENGLISH_NOTICE : failed ? UNREADABLE_NOTICE : null,
      revision: r.revision,
    };
  }

  /** Reads, checks the revision and the interview, applies a change and saves it, in one transaction. */
  function change(
    interviewId: number,
    baseRevision: number,
    apply: (r: JobDescriptionRecord, current: JobDescription) => Omit<JobDescriptionRecord, 'revision'>,
  ): JobDescription {
    return db.transaction(() => {
      const r = record(interviewId);
      if (repo.interview(interviewId)?.deleted_at) {
        throw new AppError('CONFLICT', 'This interview is in the trash. Restore it to edit its job description.');
      }
      assertFresh('job description', r.revision, baseRevision, () => view(interviewId, r));
      repo.save(interviewId, apply(r, view(interviewId, r)), now().toISOString());
      return view(interviewId, repo.get(interviewId)!);
    })();
  }

  const notInList = (term: string, what: string) =>
    new AppError('VALIDATION', `"${term}" is not ${what}.`, [{ path: 'term', message: 'Not in the list.' }]);

  /** Each term against the stories and practice answers that mention it; the gaps are the key terms no story covers. */
  function coverageNow(interviewId: number): JobCoverage {
    const description = view(interviewId, record(interviewId));
    return {
      interviewId,
      ...jobCoverage(description.terms, description.keyTerms, coverageSources.stories(), coverageSources.answers()),
    };
  }

  return {
    get: (interviewId: number) => withTerms(interviewId, () => view(interviewId, record(interviewId))),

    save: (interviewId: number, baseRevision: number, text: string) =>
      withTerms(interviewId, () => change(interviewId, baseRevision, (r) => ({ ...r, text: tidyText(text) })), tidyText(text)),

    /**
     * Adds a term by hand, as a key term at the top: one the person removed earlier comes back so, and one found further
     * down than the key terms moves up (spelled as the text spells it).
     */
    addTerm: (interviewId: number, baseRevision: number, term: string) =>
      withTerms(interviewId, () =>
        change(interviewId, baseRevision, (r, current) => {
          const k = key(term);
          const at = current.terms.findIndex((t) => key(t.term) === k);
          if (at !== -1 && at < current.keyTerms) {
            throw new AppError('VALIDATION', `"${term}" is already in the list.`, [{ path: 'term', message: 'Already listed.' }]);
          }
          if (r.added.length >= MAX_ADDED_TERMS) {
            throw new AppError('VALIDATION', `A job description holds at most ${MAX_ADDED_TERMS} terms added by hand.`, [
              { path: 'term', message: 'Too many terms.' },
            ]);
          }
          const found = termsOf(interviewId, r.text).terms.terms.find((t) => key(t.term) === k);
          const removed = r.removed.filter((t) => key(t) !== k);
          return { ...r, removed, added: [...r.added, found?.term ?? term.trim().replace(/\s+/g, ' ')] };
        }),
      ),

    /** Removes a term: an added one is gone, and one the text holds is kept out on every read. */
    removeTerm: (interviewId: number, baseRevision: number, term: string) =>
      withTerms(interviewId, () =>
        change(interviewId, baseRevision, (r, current) => {
          const listed = current.terms.find((t) => key(t.term) === key(term));
          if (!listed) throw notInList(term, 'in the list of terms');
          const added = r.added.filter((t) => key(t) !== key(term));
          const inText = termsOf(interviewId, r.text).terms.terms.some((t) => key(t.term) === key(term));
          return inText ? { ...r, added, removed: [...r.removed, listed.term] } : { ...r, added };
        }),
      ),

    restoreTerm: (interviewId: number, baseRevision: number, term: string) =>
      withTerms(interviewId, () =>
        change(interviewId, baseRevision, (r) => {
          if (!r.removed.some((t) => key(t) === key(term))) throw notInList(term, 'among the removed terms');
          return { ...r, removed: r.removed.filter((t) => key(t) !== key(term)) };
        }),
      ),

    /** The coverage table, its terms read on the terms thread first. */
    coverage: (interviewId: number) => withTerms(interviewId, () => coverageNow(interviewId)),
    /** The coverage table at once, for a caller that cannot wait (the plan's export); terms not kept are read here. */
    coverageNow,
    readAhead: readAheadFor,
  };
}

export type JobDescriptionsService = ReturnType<typeof createJobDescriptionsService>;
