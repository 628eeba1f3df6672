import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { RouteOutput } from '@shared/contract';
import type { Attempt, CheckedPoint, Grade, GradePreview, PracticeSession } from '@shared/practice-schemas';
import type { ApiError } from '@renderer/api/api-error';
import { useApi } from '@renderer/api/inject-api';
import { toApiError } from '@renderer/api/to-api-error';
import { useRequest } from '@renderer/shared/use-request';
import { resumePosition } from './session-progress';
import { usePracticeDueStore } from './practice-due-store';

/** A recording's stored facts, as recording:finish returns them. */
export type RecordingInfo = RouteOutput<'recording:finish'>;

/**
 * Where the session screen is: answering a question (think and answer phases live in the timer), saving the
 * answer, looking at feedback (graded or not), or done with every question.
 */
type SessionStage = 'idle' | 'loading' | 'load-error' | 'question' | 'saving' | 'save-error' | 'feedback' | 'finished';

/**
 * The figures under any answer, typed or spoken: how many words were typed and how long answering took. Pace and
 * fillers come only from the voice (the speech feature's figures); from typed text they would say nothing true.
 */
export interface AnswerFigures {
  wordCount: number;
  durationMs: number;
}

/** One practice session being answered: the questions, the answers saved so far, the current answer and its feedback. */
export const usePracticeSessionStore = defineStore('practice-session', () => {
  const api = useApi();
  const due = usePracticeDueStore();
  const session = ref<PracticeSession | null>(null);
  const attempts = ref<Attempt[]>([]);
  const position = ref(0);
  const stage = ref<SessionStage>('idle');
  const loadError = ref<ApiError | null>(null);
  /** What is typed for the current question; kept here so the end of the clock cannot lose it. */
  const draft = ref('');
  const saving = useRequest();
  /** The key points as the person corrects them; sent with the grade. */
  const checklist = ref<CheckedPoint[]>([]);
  const grading = useRequest({ once: true });
  const deleting = useRequest();
  /** When each grade would bring the current question back, from its saved card; null until it answers. */
  const preview = ref<GradePreview | null>(null);
  const ending = useRequest({ once: true });
  let lastSave: { durationMs: number; recordingId: number | null } | null = null;
  let loadSequence = 0;

  const question = computed(() => session.value?.questions[position.value] ?? null);
  const attempt = computed(() => attempts.value.find((a) => a.position === position.value) ?? null);
  const isLast = computed(() => !!session.value && position.value >= session.value.questions.length - 1);
  /** Answers saved in this session, graded or not: what "End now" keeps. */
  const answered = computed(() => attempts.value.length);

  const figures = computed<AnswerFigures | null>(() => {
    const a = attempt.value;
    return a ? { wordCount: a.wordCount, durationMs: a.durationMs } : null;
  });

  function clearAnswer(): void {
    draft.value = '';
    preview.value = null;
    checklist.value = [];
    saving.error.value = null;
    grading.error.value = null;
    deleting.error.value = null;
    lastSave = null;
  }

  function keep(saved: Attempt): void {
    const others = attempts.value.filter((a) => a.position !== saved.position);
    attempts.value = [...others, saved].sort((a, b) => a.position - b.position);
  }

  /** The checklist starts from the saved (auto-ticked from the typed words, or already corrected) points. */
  function showFeedback(saved: Attempt): void {
    checklist.value = saved.keyPoints.map((p) => ({ ...p }));
    stage.value = 'feedback';
    if (!saved.grade) void loadPreview(saved);
  }

  /** Asks, as the feedback opens, when each grade would bring the question back; the buttons show it. */
  async function loadPreview(saved: Attempt): Promise<void> {
    preview.value = null;
    try {
      const result = await api.call('practice:gradePreview', { questionId: saved.questionId });
      if (attempt.value?.id === saved.id) preview.value = result;
    } catch {
      // Grading works without it; the buttons then show no interval rather than a guessed one.
    }
  }

  /** Opens a session at the first question without a graded answer (an ungraded answer opens at its feedback). */
  async function load(id: number): Promise<void> {
    const mine = ++loadSequence;
    stage.value = 'loading';
    loadError.value = null;
    session.value = null;
    attempts.value = [];
    clearAnswer();
    try {
      const [found, saved] = await Promise.all([
        api.call('practice:session', { id }),
        api.call('practice:sessionAttempts', { id }),
      ]);
      if (mine !== loadSequence) return;
      session.value = found;
      attempts.value = saved;
      position.value = resumePosition(found, saved);
      const waiting = attempt.value;
      if (position.value >= found.questions.length) stage.value = 'finished';
      else if (waiting) {
        draft.value = waiting.answerText;
        showFeedback(waiting);
      } else stage.value = 'question';
    } catch (err) {
      if (mine !== loadSequence) return;
      loadError.value = toApiError(err);
      stage.value = 'load-error';
    }
  }

  /** Saves the typed answer the moment answering ends, before any feedback, so nothing typed is lost. */
  async function saveAnswer(durationMs: number, recordingId: number | null): Promise<boolean> {
    if (!session.value || (stage.value !== 'question' && stage.value !== 'save-error')) return false;
    const input = {
      sessionId: session.value.id,
      position: position.value,
      answerText: draft.value,
      durationMs: Math.round(durationMs),
      recordingId,
    };
    lastSave = { durationMs: input.durationMs, recordingId };
    stage.value = 'saving';
    const saved = await saving.get(() => api.call('practice:saveAttempt', input));
    if (!saved) {
      stage.value = 'save-error';
      return false;
    }
    keep(saved);
    showFeedback(saved);
    return true;
  }

  /** Tries the last save again with the same answer. */
  async function retrySave(): Promise<boolean> {
    return lastSave ? saveAnswer(lastSave.durationMs, lastSave.recordingId) : false;
  }

  /** Flips one key point by hand: the automatic tick is a guess, the person has the last word. */
  function togglePoint(index: number): void {
    const point = checklist.value[index];
    if (point && !attempt.value?.grade) checklist.value[index] = { ...point, covered: !point.covered };
  }

  /**
   * Ticks the key points found in what the person said (attempt `attemptId`), and gives the ones this ticked. Only
   * ever ticks: a point already ticked, or any point once graded, is left as it is.
   */
  function tickFound(attemptId: number, texts: readonly string[]): string[] {
    if (attempt.value?.id !== attemptId || attempt.value.grade) return [];
    const found = new Set(texts);
    const ticked: string[] = [];
    checklist.value = checklist.value.map((p) => {
      if (p.covered || !found.has(p.text)) return p;
      ticked.push(p.text);
      return { ...p, covered: true };
    });
    return ticked;
  }

  /** Grades the answer (with the corrected checklist); the FSRS schedule comes back as dueAfter. */
  async function grade(value: Grade): Promise<boolean> {
    const current = attempt.value;
    if (!current || current.grade) return false;
    return grading.run(async () => {
      keep(await api.call('practice:grade', { attemptId: current.id, grade: value, keyPoints: checklist.value }));
      void due.refresh();
    });
  }

  /** The recording's final facts once its last chunk is stored (or null once deleted). */
  function setRecording(info: RecordingInfo | null, atPosition = position.value): void {
    const target = attempts.value.find((a) => a.position === atPosition);
    if (target) keep({ ...target, recording: info });
  }

  /** Deletes this answer's recording (file and row); the typed answer stays. */
  async function deleteRecording(): Promise<boolean> {
    const recording = attempt.value?.recording;
    if (!recording) return false;
    return deleting.run(async () => {
      await api.call('recording:delete', { id: recording.id });
      setRecording(null);
    });
  }

  /** Stamps the session ended, then shows the summary; every answer is saved already, so a failure loses nothing. */
  async function finish(): Promise<void> {
    const current = session.value;
    if (!current || ending.pending.value) return;
    await ending.run(() => api.call('practice:end', { id: current.id }));
    if (session.value?.id === current.id) stage.value = 'finished';
  }

  /** On to the next question after grading; after the last one ("Finish") the session is ended. */
  async function next(): Promise<void> {
    if (!session.value || !attempt.value?.grade) return;
    if (isLast.value) return finish();
    position.value += 1;
    clearAnswer();
    stage.value = 'question';
  }

  /** "End now": ends the session with the answers saved so far; the questions not reached are left as they are. */
  function endNow(): Promise<void> {
    return finish();
  }

  return {
    session,
    attempts,
    position,
    stage,
    loadError,
    draft,
    saveError: saving.error,
    checklist,
    grading: grading.pending,
    gradeError: grading.error,
    recordingError: deleting.error,
    question,
    attempt,
    isLast,
    answered,
    preview,
    ending: ending.pending,
    figures,
    load,
    saveAnswer,
    retrySave,
    togglePoint,
    tickFound,
    grade,
    setRecording,
    deleteRecording,
    next,
    endNow,
  };
});
