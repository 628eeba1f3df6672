import { computed, onBeforeUnmount, ref, watch } from 'vue';
import type { KeyAction, KeyStage } from './practice-keys';
import { spokenDuration } from './format-clock';
import { usePracticeSessionStore } from './practice-session-store';
import { usePracticeSpeechStore } from './practice-speech-store';
import { usePracticeKeys } from './use-practice-keys';
import { usePracticeTimer, type TimerDriverOptions } from './use-practice-timer';
import { useRecorder } from './use-recorder';

/**
 * Runs one session screen: starts each question's clock, records when asked, saves the answer the moment the
 * answer phase ends, and turns keys and clock events into actions and calm spoken announcements.
 */
export function usePracticeRun(timerOptions: TimerDriverOptions = {}) {
  const store = usePracticeSessionStore();
  const speech = usePracticeSpeechStore();
  const timer = usePracticeTimer(timerOptions);
  const recorder = useRecorder();
  /** "Record my answer", for the rest of this session. */
  const recordWanted = ref(false);
  /** The timer was turned off: it stays off for the following questions too. */
  const timerOff = ref(false);
  /** The latest message for the polite live region. */
  const announcement = ref('');
  /** "End now" is asking for confirmation; the clock waits while the person decides. */
  const endAsked = ref(false);
  let pausedForEnd = false;

  const phase = computed(() => (store.stage === 'question' ? (timer.state.value?.phase ?? null) : null));

  const keyStage = computed<KeyStage>(() => {
    if (phase.value === 'think' || phase.value === 'answer') return phase.value;
    if (store.stage === 'feedback') return store.attempt?.grade ? 'graded' : 'feedback';
    return 'other';
  });

  function announce(text: string): void {
    announcement.value = text;
  }

  function beginQuestion(): void {
    const s = store.session;
    if (!s) return;
    timer.start({ thinkSeconds: s.thinkSeconds, answerSeconds: s.answerSeconds, off: timerOff.value });
  }

  watch(
    () => [store.stage, store.position] as const,
    ([stage, position], old) => {
      if (stage === 'question' && (old?.[0] !== 'question' || old?.[1] !== position)) beginQuestion();
      if (stage !== 'question') timer.stop();
    },
    { immediate: true },
  );

  async function endAnswer(): Promise<void> {
    const state = timer.state.value;
    if (!state || store.stage !== 'question') return;
    const position = store.position;
    const recordingId = recorder.recordingId.value;
    // Stop the microphone now; its last chunks are stored while the answer is saved.
    const stopping = recorder.stop();
    announce(
      state.endReason === 'time-up'
        ? 'Time is up. Your answer is kept; here is how it went.'
        : 'Answer saved. Here is how it went.',
    );
    const saved = await store.saveAnswer(state.answerMs, recordingId);
    const stopped = await stopping;
    if (!stopped) return;
    store.setRecording(stopped.info, position);
    // The answer is saved; now its words are worked out in the background while the feedback is read.
    const attempt = store.attempt;
    if (saved && attempt?.position === position) speech.begin(attempt, stopped.blob, stopped.info.id);
  }

  watch(
    () => phase.value,
    (now, before) => {
      if (now === 'answer' && before !== 'answer') {
        const limit = timer.remainingMs.value;
        announce(limit === null ? 'Answer now. There is no time limit.' : `Answer now. You have ${spokenDuration(limit)}.`);
        if (recordWanted.value) void startRecording();
      }
      if (now === 'done') void endAnswer();
    },
  );

  watch(
    () => timer.state.value?.warning,
    (warning) => {
      if (warning && phase.value === 'answer') announce('30 seconds left. There is time to finish your point.');
    },
  );

  /** Pause or resume the clock (and the recording with it). */
  function togglePause(): void {
    timer.togglePause();
    if (timer.state.value?.paused) {
      recorder.pause();
      announce('Paused. The clock is stopped; you can keep typing.');
    } else {
      recorder.resume();
      announce('The clock is running again.');
    }
  }

  function extend(): void {
    timer.extend();
    const left = timer.remainingMs.value;
    if (left !== null) announce(`One more minute. ${spokenDuration(left)} left.`);
  }

  function turnOff(): void {
    timer.turnOff();
    timerOff.value = true;
    announce('The timer is off for this session. Take the time you need.');
  }

  /** Starts the microphone; where it cannot be had the toggle goes back off, and the recorder says why. */
  async function startRecording(): Promise<void> {
    if (await recorder.start()) announce('Recording your answer.');
    else recordWanted.value = false;
  }

  /** Turns recording on or off; turning it off mid-answer drops what was recorded of this answer. */
  async function setRecording(on: boolean): Promise<void> {
    recordWanted.value = on;
    if (on && phase.value === 'answer') {
      await startRecording();
    } else if (!on && recorder.recordingId.value !== null) {
      await recorder.discard();
      announce('Recording stopped. Nothing of it was kept.');
    }
  }

  /** An answer under way (words typed, or a recording running) that ending now would save, without a grade. */
  const typingKept = computed(
    () => phase.value === 'answer' && (store.draft.trim() !== '' || recorder.recordingId.value !== null),
  );
  /** How many answers ending now keeps: those saved, and the one under way. */
  const keptIfEnded = computed(() => store.answered + (typingKept.value ? 1 : 0));

  /** Opens the "End now" question, pausing a running clock (and recording) so nothing ends behind the dialog. */
  function askEnd(): void {
    endAsked.value = true;
    const state = timer.state.value;
    if (phase.value && phase.value !== 'done' && state && !state.paused && !state.off) {
      timer.togglePause();
      recorder.pause();
      pausedForEnd = true;
    }
  }

  /** "Keep practising": the dialog closes and a clock paused for it runs again. */
  function cancelEnd(): void {
    endAsked.value = false;
    if (!pausedForEnd) return;
    pausedForEnd = false;
    if (timer.state.value?.paused) {
      timer.togglePause();
      recorder.resume();
    }
  }

  /** Ends the session: words being typed are saved first as an ungraded answer, then the session is stamped ended. */
  async function confirmEnd(): Promise<void> {
    pausedForEnd = false;
    const state = timer.state.value;
    if (typingKept.value && state && store.stage === 'question') {
      const recordingId = recorder.recordingId.value;
      const stopping = recorder.stop();
      const saved = await store.saveAnswer(state.answerMs, recordingId);
      const stopped = await stopping;
      if (stopped) store.setRecording(stopped.info);
      // The save failed: the words stay on screen with the error, and the session is not ended under them.
      if (!saved) return void (endAsked.value = false);
    } else if (store.stage === 'save-error' && !(await store.retrySave())) {
      return void (endAsked.value = false);
    }
    await store.endNow();
    endAsked.value = false;
  }

  function handleKey(action: NonNullable<KeyAction>): void {
    if (action.kind === 'start-answer') timer.startAnswer();
    else if (action.kind === 'finish') timer.finish();
    else if (action.kind === 'toggle-pause') togglePause();
    else if (action.kind === 'next') void store.next();
    else void store.grade(action.grade);
  }

  // While "End now" asks, its dialog has the keys: 1-4 or Enter must not grade or move on behind it.
  usePracticeKeys(() => (endAsked.value ? 'other' : keyStage.value), handleKey);

  // Leaving mid-answer keeps what was typed: it is saved like a finished answer and opens at its feedback next time.
  onBeforeUnmount(() => {
    const state = timer.state.value;
    if (phase.value === 'answer' && state && store.draft.trim()) void store.saveAnswer(state.answerMs, null);
  });

  return {
    timer,
    recorder,
    recordWanted,
    timerOff,
    announcement,
    phase,
    keyStage,
    togglePause,
    extend,
    turnOff,
    setRecording,
    endAsked,
    typingKept,
    keptIfEnded,
    askEnd,
    cancelEnd,
    confirmEnd,
    startAnswer: () => timer.startAnswer(),
    finish: () => timer.finish(),
  };
}
