import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { jobTextSchema, type JobCoverage, type JobDescription } from '@shared/stories-schemas';
import { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';

/** Pause after typing or pasting a job description before it is saved and its terms read. */
export const JOB_SAVE_DELAY_MS = 800;

/** Why a job description cannot be saved as it is (too long), in the contract's words; null when it can. */
export function jobTextProblem(text: string): string | null {
  const parsed = jobTextSchema.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This job description cannot be saved.');
}

/** One interview's job description: the text (autosaved), its terms (remove, add your own), and the coverage table. */
export const useJobDescriptionStore = defineStore('job-description', () => {
  const api = useApi();
  const job = ref<JobDescription | null>(null);
  const text = ref('');
  const coverage = ref<JobCoverage | null>(null);
  const loading = useLoad();
  const coverageLoading = useLoad({ keep: () => coverage.value !== null });
  const termAction = useRequest();
  const autosave = createAutosave({ delay: JOB_SAVE_DELAY_MS });
  const revisions = createRevisions();
  const conflicts = createConflicts(autosave);
  const tooLong = computed(() => jobTextProblem(text.value));
  // The key terms (added by hand and the best found) until the person asks for all: further down they grow weak.
  const showAllTerms = ref(false);
  const shownTerms = computed(
    () => (showAllTerms.value ? job.value?.terms : job.value?.terms.slice(0, job.value.keyTerms)) ?? [],
  );
  const shownRows = computed(
    () => (showAllTerms.value ? coverage.value?.rows : coverage.value?.rows.slice(0, coverage.value.keyTerms)) ?? [],
  );
  // The text as this window last knew it saved: a save refused while the saved text is still this one was refused for
  // a change to the terms only (made in another window), which is not a conflict with what was typed.
  let savedText = '';

  async function load(interviewId: number): Promise<void> {
    if (job.value && job.value.interviewId !== interviewId) {
      await autosave.flush();
      revisions.clear();
      job.value = null;
      coverage.value = null;
      showAllTerms.value = false;
    }
    await loading.run(
      () => api.call('job:get', { interviewId }),
      (answer) => take(answer, true),
    );
    if (job.value) await loadCoverage();
  }

  function take(answer: JobDescription, withText: boolean): void {
    revisions.set('job', answer.revision);
    job.value = answer;
    if (withText) text.value = savedText = answer.text;
  }

  /** Saves the text; refused only because the terms changed elsewhere, it is saved again on the newer revision. */
  async function saveText(send: (baseRevision: number) => Promise<JobDescription>): Promise<JobDescription> {
    try {
      return await revisions.save('job', send, (answer) => answer.revision);
    } catch (err) {
      const info = err instanceof ApiError ? staleSave(err) : null;
      if (!info || (info.current as JobDescription).text !== savedText) throw err;
      revisions.set('job', info.revision);
      return revisions.save('job', send, (answer) => answer.revision);
    }
  }

  function loadCoverage(): Promise<void> {
    const interviewId = job.value?.interviewId;
    if (interviewId === undefined) return Promise.resolve();
    return coverageLoading.run(
      () => api.call('job:coverage', { interviewId }),
      (answer) => (coverage.value = answer),
    );
  }

  /** The text as typed or pasted; saved after a pause unless it is over the limit (then it says so and waits). */
  function edit(value: string): void {
    text.value = value;
    const interviewId = job.value?.interviewId;
    if (interviewId === undefined) return;
    conflicts.forget('text');
    if (jobTextProblem(value)) {
      autosave.drop('text');
      return;
    }
    const send = (baseRevision: number) => api.call('job:save', { interviewId, baseRevision, text: value });
    autosave.schedule('text', async () => {
      const saved = await saveText(send);
      if (job.value?.interviewId !== interviewId) return;
      savedText = saved.text;
      job.value = saved;
      await loadCoverage();
    });
  }

  const textTarget: ConflictTarget = {
    adopt({ revision, current }, keep) {
      const saved = current as JobDescription;
      revisions.set('job', revision);
      job.value = saved;
      savedText = saved.text;
      if (keep !== 'text') text.value = saved.text;
    },
    theirs: ({ current }) => (current as JobDescription).text,
    put: (value) => edit(String(value)),
  };

  /** A term removed, added or brought back: the terms and the coverage come back fresh. */
  async function changeTerm(kind: 'job:addTerm' | 'job:removeTerm' | 'job:restoreTerm', term: string): Promise<boolean> {
    const interviewId = job.value?.interviewId;
    if (interviewId === undefined) return false;
    await autosave.flush();
    const answer = await termAction.get(() =>
      revisions.save(
        'job',
        (baseRevision) => api.call(kind, { interviewId, baseRevision, term }),
        (a) => a.revision,
      ),
    );
    if (!answer) {
      // Refused as stale: what is saved now is loaded, so the next try starts from it.
      if (staleSave(termAction.error.value) && job.value) await load(interviewId);
      return false;
    }
    take(answer, false);
    await loadCoverage();
    return true;
  }

  return {
    job,
    text,
    coverage,
    showAllTerms,
    shownTerms,
    shownRows,
    tooLong,
    status: loading.status,
    error: loading.error,
    coverageStatus: coverageLoading.status,
    coverageError: coverageLoading.error,
    saveStatus: autosave.status,
    failures: autosave.failures,
    busy: autosave.busy,
    termPending: termAction.pending,
    termError: termAction.error,
    load,
    loadCoverage,
    edit,
    addTerm: (term: string) => changeTerm('job:addTerm', term),
    removeTerm: (term: string) => changeTerm('job:removeTerm', term),
    restoreTerm: (term: string) => changeTerm('job:restoreTerm', term),
    textConflict: () => conflicts.stateOf('text'),
    resolveTextConflict: (choice: ConflictChoice) => conflicts.resolve('text', choice, textTarget),
    flush: autosave.flush,
    retry: autosave.retry,
  };
});
