import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteInput } from '@shared/contract';
import type { Followup, FollowupOverview, FollowupPlan } from '@shared/followups-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import type { ConflictChoice, ConflictState } from '@renderer/shared/use-conflicts';
import { useLoad, useRequest } from '@renderer/shared/use-request';
import { staleSave, type StaleInfo } from '@renderer/shared/use-revisions';
import { useFollowupDueStore } from './followup-due-store';

/** A change to the interview's own follow-up facts (send window, decision date, ...). */
type PlanPatch = RouteInput<'followup:updatePlan'>['patch'];
/** What drafting a second-chance request needs, less the interview. */
type SecondChanceInput = Omit<RouteInput<'followup:draftSecondChance'>, 'interviewId'>;
/** What drafting a chance-to-impress proposal needs, less the interview. */
type ImpressInput = Omit<RouteInput<'followup:draftChanceToImpress'>, 'interviewId'>;
/** What drafting thank-yous needs, less the interview. */
type ThankYouInput = Omit<RouteInput<'followup:draftThankYous'>, 'interviewId'>;

/** One interview's follow-up page: its overview, and the drafting of new messages (the composer edits them). */
export const useFollowupInterviewStore = defineStore('followup-interview', () => {
  const api = useApi();
  const due = useFollowupDueStore();
  const overview = ref<FollowupOverview | null>(null);
  const loading = useLoad();
  /** The last refused action (a draft or a plan change), with its field messages; cleared by the next try. */
  const actionError = ref<ApiError | null>(null);
  const acting = useRequest({ once: true, error: actionError });
  let loadedId: number | null = null;

  async function load(interviewId: number): Promise<void> {
    // Another interview's page must not flash while this one loads.
    if (loadedId !== interviewId) overview.value = null;
    loadedId = interviewId;
    actionError.value = null;
    await loading.run(
      () => api.call('followup:overview', { interviewId }),
      (result) => (overview.value = result),
    );
  }

  /** Runs one action that changes what the page shows; a refusal is kept for the form, and the due list is refreshed. */
  function act<T>(run: () => Promise<T>): Promise<T | null> {
    return acting.get(async () => {
      const result = await run();
      void due.refresh();
      return result;
    });
  }

  /** Reloads the overview after a draft was made, so the list, due items and interviewers' thank-yous agree. */
  async function reload(): Promise<void> {
    if (loadedId === null) return;
    try {
      const result = await api.call('followup:overview', { interviewId: loadedId });
      overview.value = result;
    } catch (err) {
      actionError.value = toApiError(err);
    }
  }

  /** A plan change refused because another window changed the plan first: the change, and the plan as saved now. */
  const planConflict = ref<{ patch: PlanPatch; info: StaleInfo } | null>(null);
  /** The other window's plan after "Keep mine", so it can be put back. */
  const keptPlan = ref<FollowupPlan | null>(null);
  const planConflictState = computed<ConflictState>(() => (planConflict.value ? 'conflict' : keptPlan.value ? 'kept' : null));

  /** Changes the plan from the revision this page loaded; a stale change waits for the person's choice. */
  async function updatePlan(patch: PlanPatch, baseRevision = overview.value?.plan.revision ?? 1): Promise<boolean> {
    const interviewId = loadedId;
    if (interviewId === null) return false;
    planConflict.value = null;
    keptPlan.value = null;
    const result = await act(() => api.call('followup:updatePlan', { interviewId, baseRevision, patch }));
    if (result) overview.value = result;
    const info = staleSave(actionError.value);
    if (info) {
      planConflict.value = { patch, info };
      actionError.value = null;
    }
    return result !== null;
  }

  /** The answer to a plan conflict: show the newer plan, save this change on top of it, or put the other plan back. */
  async function resolvePlanConflict(action: ConflictChoice): Promise<void> {
    const conflict = planConflict.value;
    if (action === 'undo') {
      const theirs = keptPlan.value;
      keptPlan.value = null;
      if (theirs) {
        const { revision: _revision, ...fields } = theirs;
        await updatePlan(fields);
      }
      return;
    }
    if (!conflict || !overview.value) return;
    const saved = conflict.info.current as FollowupPlan;
    planConflict.value = null;
    if (action === 'load') {
      overview.value = { ...overview.value, plan: saved };
      await reload();
      return;
    }
    await updatePlan(conflict.patch, conflict.info.revision);
    if (!planConflict.value) keptPlan.value = saved;
  }

  /** Drafts one thank-you per chosen interviewer (or one unaddressed); resolves with the first, to open it. */
  async function draftThankYous(input: ThankYouInput): Promise<Followup | null> {
    const interviewId = loadedId;
    if (interviewId === null) return null;
    const drafts = await act(() => api.call('followup:draftThankYous', { interviewId, ...input }));
    if (!drafts) return null;
    await reload();
    return drafts[0] ?? null;
  }

  async function draftCheckIn(interviewerIndex?: number): Promise<Followup | null> {
    const interviewId = loadedId;
    if (interviewId === null) return null;
    const draft = await act(() => api.call('followup:draftCheckIn', { interviewId, interviewerIndex }));
    if (draft) await reload();
    return draft;
  }

  async function draftSecondChance(input: SecondChanceInput): Promise<Followup | null> {
    const interviewId = loadedId;
    if (interviewId === null) return null;
    const draft = await act(() => api.call('followup:draftSecondChance', { interviewId, ...input }));
    if (draft) await reload();
    return draft;
  }

  async function draftChanceToImpress(input: ImpressInput): Promise<Followup | null> {
    const interviewId = loadedId;
    if (interviewId === null) return null;
    const draft = await act(() => api.call('followup:draftChanceToImpress', { interviewId, ...input }));
    if (draft) await reload();
    return draft;
  }

  /** Deletes a draft (never a sent message; the main process refuses those too). */
  async function remove(id: number): Promise<boolean> {
    const result = await act(() => api.call('followup:remove', { id }));
    if (result) await reload();
    return result !== null;
  }

  /** Puts the composer's newest copy of a message into the list, so titles and statuses stay current without a reload. */
  function upsert(followup: Followup): void {
    if (!overview.value || overview.value.interview.id !== followup.interviewId) return;
    const list = overview.value.followups;
    const at = list.findIndex((f) => f.id === followup.id);
    overview.value.followups = at === -1 ? [...list, followup] : list.map((f) => (f.id === followup.id ? followup : f));
  }

  /** The refused action's message for one input path (e.g. 'plan', 'dueOn', 'patch.decisionOn'). */
  function fieldError(path: string): string | undefined {
    return actionError.value?.fieldMessage(path);
  }

  return {
    overview,
    status: loading.status,
    error: loading.error,
    actionError,
    busy: acting.pending,
    load,
    reload,
    updatePlan,
    planConflictState,
    resolvePlanConflict,
    draftThankYous,
    draftCheckIn,
    draftSecondChance,
    draftChanceToImpress,
    remove,
    upsert,
    fieldError,
  };
});
