import { defineStore } from 'pinia';
import { computed, effectScope, ref, shallowRef, watch, type EffectScope } from 'vue';
import type { Attempt } from '@shared/practice-schemas';
import type { SpeechTrend, Transcript } from '@shared/speech-schemas';
import { useApi } from '@renderer/api/inject-api';
import { createAutosave, type AutosaveStatus } from '@renderer/shared/use-autosave';
import { createConflicts, type ConflictChoice, type ConflictTarget } from '@renderer/shared/use-conflicts';
import { createRevisions, staleSave } from '@renderer/shared/use-revisions';
import type { SpokenPhase } from '@renderer/features/speech';
import { usePracticeSessionStore } from './practice-session-store';
import { useRecordingTranscription, type RecordingTranscription } from './use-recording-transcription';

/** The one record this editor saves: the transcript's corrected text. */
const KEY = 'transcript';

/**
 * The spoken side of the answer on the feedback screen: transcribes the recording in the background (the screen never
 * waits for it), keeps the person's corrections of the text (autosaved with revisions, like journal fields), ticks the
 * key points found in what they said, and fetches the figures across earlier spoken tries.
 */
export const usePracticeSpeechStore = defineStore('practice-speech', () => {
  const api = useApi();
  const session = usePracticeSessionStore();
  const attemptId = ref<number | null>(null);
  const questionId = ref<number | null>(null);
  const recordingId = ref<number | null>(null);
  const transcription = shallowRef<RecordingTranscription | null>(null);
  /** The transcript shown: from the finished job, from an earlier visit, or as the last save answered. */
  const transcript = ref<Transcript | null>(null);
  /** The spoken answer's text as on screen (the person's correction, or as recognised). */
  const text = ref('');
  /** Key points found in what the person said (the checklist is ticked for them). */
  const found = ref<string[]>([]);
  const trend = ref<SpeechTrend | null>(null);
  const saver = createAutosave();
  const revisions = createRevisions();
  const conflicts = createConflicts(saver);
  let scope: EffectScope | null = null;
  let sequence = 0;
  // Points this attempt ticked from speech once: a later look (after a correction) never ticks one the person unticked.
  let ticked = new Set<string>();

  const phase = computed<SpokenPhase>(() => {
    const p = transcription.value?.phase.value ?? 'idle';
    // A cancelled "Transcribe with the speech model" leaves the earlier transcript as it was: show it again.
    if (p === 'cancelled' && transcript.value) return 'done';
    if (p !== 'idle') return p;
    if (transcript.value) return 'done';
    return recordingId.value !== null ? 'waiting' : 'idle';
  });

  /** Forgets the last attempt: its polling stops (the job itself finishes and is saved in the main process). */
  function reset(): void {
    sequence++;
    scope?.stop();
    scope = null;
    transcription.value = null;
    attemptId.value = null;
    questionId.value = null;
    recordingId.value = null;
    transcript.value = null;
    text.value = '';
    found.value = [];
    trend.value = null;
    ticked = new Set();
    saver.cancel('');
    revisions.clear();
  }

  /** A fresh transcription for this attempt, whose finished transcript is taken up as it lands. */
  function freshTranscription(): RecordingTranscription {
    scope?.stop();
    scope = effectScope(true);
    const made = scope.run(() => {
      const t = useRecordingTranscription(api);
      watch(t.transcript, (done) => {
        if (done) adopt(done);
      });
      return t;
    })!;
    transcription.value = made;
    return made;
  }

  function own(attempt: Attempt, recording: number | null): number {
    reset();
    attemptId.value = attempt.id;
    questionId.value = attempt.questionId;
    recordingId.value = recording;
    return sequence;
  }

  /** The answer just ended with a recording: transcribe the audio still in memory, in the background. */
  function begin(attempt: Attempt, blob: Blob, recording: number): void {
    own(attempt, recording);
    void freshTranscription().fromBlob(blob, recording);
  }

  /** The feedback opened for a saved attempt (a session reopened): show its transcript if it has one. */
  async function open(attempt: Attempt): Promise<void> {
    if (attemptId.value === attempt.id) return;
    // A recording still being finished is the answer that just ended: begin() takes it from here.
    const recording = attempt.recording?.complete ? attempt.recording.id : null;
    const mine = own(attempt, recording);
    if (recording === null) return;
    try {
      const saved = await api.call('speech:attempt', { attemptId: attempt.id });
      if (mine === sequence && saved) adopt(saved);
    } catch {
      // Not shown yet is not lost: "Transcribe" stays offered, and the transcript stays saved with its audio.
    }
  }

  function adopt(t: Transcript): void {
    transcript.value = t;
    revisions.set(KEY, t.revision);
    if (!saver.unsaved(KEY)) text.value = t.editedText ?? t.text;
    void cover();
    void loadTrend();
  }

  /**
   * Runs the word match on what was typed and said together (ticking what it finds, never unticking), and on what was
   * said alone, to say which points the spoken answer covered.
   */
  async function cover(): Promise<void> {
    const id = attemptId.value;
    const question = questionId.value;
    const spoken = text.value.trim();
    const attempt = session.attempt;
    if (id === null || question === null || !spoken || attempt?.id !== id) return;
    const mine = sequence;
    const typed = attempt.answerText.trim();
    try {
      const [both, said] = await Promise.all([
        api.call('practice:analyze', { questionId: question, answerText: `${typed}\n${spoken}`, durationMs: attempt.durationMs }),
        api.call('practice:analyze', { questionId: question, answerText: spoken, durationMs: attempt.durationMs }),
      ]);
      if (mine !== sequence) return;
      const fresh = both.keyPoints.filter((p) => p.covered && !ticked.has(p.text)).map((p) => p.text);
      session.tickFound(id, fresh);
      fresh.forEach((t) => ticked.add(t));
      found.value = said.keyPoints.filter((p) => p.covered).map((p) => p.text);
    } catch {
      // The checklist still works by hand; only the automatic ticks from the voice are missing.
    }
  }

  async function loadTrend(): Promise<void> {
    const question = questionId.value;
    if (question === null) return;
    const mine = sequence;
    try {
      const result = await api.call('speech:trend', { questionId: question });
      if (mine === sequence) trend.value = result;
    } catch {
      // The line across tries is a nicety; this try's figures are shown without it.
    }
  }

  /** "Cancel" while it runs: what was recorded and typed stays; "Transcribe" starts it again. */
  async function cancel(): Promise<void> {
    await transcription.value?.cancel();
  }

  /**
   * "Try again" or "Transcribe": reuses what was already sent (the transcription's retry), or reads the saved recording
   * back when nothing was.
   */
  async function transcribe(): Promise<void> {
    const recording = recordingId.value;
    if (recording === null) return;
    const mine = sequence;
    const current = transcription.value;
    const here = () => mine === sequence;
    if (current && current.phase.value !== 'idle') await current.again(recording, here);
    else await freshTranscription().fromRecording(recording, here);
  }

  /**
   * The transcript was made with voice activity only (no speech model then) and a model is installed now: the saved
   * 16 kHz audio is transcribed again with it, so nothing is decoded or sent twice.
   */
  async function transcribeWithModel(): Promise<void> {
    const t = transcript.value;
    if (!t || t.modelId !== null || transcription.value?.busy.value) return;
    await freshTranscription().fromAudio(t.audioId);
  }

  /** The person corrects what was recognised: saved after a pause, from the revision this copy was loaded at. */
  function editText(value: string): void {
    const t = transcript.value;
    if (!t) return;
    text.value = value;
    conflicts.forget(KEY);
    const audioId = t.audioId;
    const mine = sequence;
    saver.schedule(KEY, async () => {
      const send = (baseRevision: number) => api.call('speech:saveText', { audioId, text: value, baseRevision });
      const saved = await revisions.save(KEY, send, (answer) => answer.revision);
      if (mine !== sequence) return;
      transcript.value = saved;
      void cover();
    });
  }

  const target: ConflictTarget = {
    adopt({ revision, current }, keep) {
      revisions.set(KEY, revision);
      const saved = current as Transcript;
      transcript.value = saved;
      if (keep !== KEY) text.value = saved.editedText ?? saved.text;
    },
    theirs: ({ current }) => (current as Transcript).editedText ?? (current as Transcript).text,
    put: (value) => editText(value as string),
  };

  /** The person's answer to a conflict with another window's correction. */
  function resolveConflict(choice: ConflictChoice): Promise<void> {
    return conflicts.resolve(KEY, choice, target);
  }

  /** Why the last save failed, when it was not a conflict (which has its own notice). */
  const saveFailures = computed(() => saver.failures.value.filter((f) => !staleSave(f.error)));
  /** The save status beside the text; a conflict alone is said by its own notice, not as "Couldn't save". */
  const saveStatus = computed<AutosaveStatus>(() => {
    const status = saver.status.value;
    if (status !== 'error') return status;
    return saveFailures.value.length ? 'error' : 'idle';
  });

  return {
    attemptId,
    recordingId,
    transcription,
    transcript,
    text,
    found,
    trend,
    phase,
    saveStatus,
    saveFailures,
    conflict: computed(() => conflicts.stateOf(KEY)),
    begin,
    open,
    cancel,
    transcribe,
    transcribeWithModel,
    editText,
    resolveConflict,
    flush: () => saver.flush(),
    retrySave: () => saver.retry(),
    reset,
  };
});
