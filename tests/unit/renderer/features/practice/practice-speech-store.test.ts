import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteInput } from '@shared/contract';
import type { Attempt } from '@shared/practice-schemas';
import { usePracticeSessionStore } from '@renderer/features/practice/practice-session-store';
import { usePracticeSpeechStore } from '@renderer/features/practice/practice-speech-store';
import { fail, fakeClient, ok, type FakeRoutes } from '../../helpers/fake-client';
import { FakeOfflineAudioContext, figures, job, speechRoutes, transcript } from '../../helpers/speech-fixtures';
import { withStores } from '../../helpers/with-stores';
import { attempt, practiceSession } from './practice-fixtures';
import { eventually } from '../../../../helpers/eventually';

const RECORDING = { id: 9, mimeType: 'audio/webm;codecs=opus', durationMs: 30_000, sizeBytes: 3000, sha256: 'x', complete: true };

beforeEach(() => vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext));
afterEach(() => vi.unstubAllGlobals());

/** The word match as the main process does it, simply: a point is covered when its last word is in the text. */
function analyze(input: RouteInput<'practice:analyze'> | undefined) {
  const text = input!.answerText.toLowerCase();
  const keyPoints = ['Listened first', 'Brought data'].map((p) => ({
    text: p,
    origin: 'bank' as const,
    covered: text.includes(p.split(' ')[1]),
  }));
  return ok({ wordCount: 0, wordsPerMinute: null, fillers: [], fillerCount: 0, keyPoints });
}

/** A session reopened at the feedback of a recorded answer; the typed words ticked "Listened first" only. */
async function setUp(saved: Attempt = attempt(0, { recording: RECORDING }), extra: FakeRoutes = {}, made = transcript()) {
  const speech = speechRoutes(made);
  const analyses: string[] = [];
  const fake = fakeClient({
    'practice:session': () => ok(practiceSession()),
    'practice:sessionAttempts': () => ok([saved]),
    'practice:gradePreview': () => fail('INTERNAL', 'not needed'),
    'practice:analyze': (input) => {
      analyses.push(input!.answerText);
      return analyze(input);
    },
    'speech:attempt': () => ok(null),
    ...speech.routes,
    ...extra,
  });
  const { run } = withStores(fake.client);
  const session = run(() => usePracticeSessionStore());
  const store = run(() => usePracticeSpeechStore());
  await session.load(7);
  return { session, store, fake, saves: speech.saves, analyses };
}

const blob = () => new Blob(['webm'], { type: 'audio/webm' });

describe('practice speech store', () => {
  it('transcribes in the background, then shows the words and ticks the key points found in them', async () => {
    const { session, store, fake, analyses } = await setUp();
    store.begin(session.attempt!, blob(), 9);
    // The feedback is there at once; the transcription runs behind it.
    expect(session.stage).toBe('feedback');
    expect(store.phase).toBe('decoding');
    await eventually(() => expect(store.phase).toBe('done'));
    await flushPromises();
    expect(store.text).toBe('Um, I brought data to the conversation.');
    expect(session.checklist.map((p) => [p.text, p.covered])).toEqual([
      ['Listened first', true],
      ['Brought data', true],
    ]);
    expect(store.found).toEqual(['Brought data']);
    // Typed and spoken together for the ticks; spoken alone to say what was found in what was said.
    expect(analyses).toEqual([
      'I listened first.\nUm, I brought data to the conversation.',
      'Um, I brought data to the conversation.',
    ]);
    expect(fake.calls).toContain('speech:trend');
  });

  it('never unticks what the person ticked, nor ticks again a point they unticked after the voice found it', async () => {
    const { session, store } = await setUp();
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('done'));
    await flushPromises();
    session.togglePoint(1);
    expect(session.checklist[1].covered).toBe(false);
    store.editText('I brought data, and more data.');
    await store.flush();
    await flushPromises();
    expect(session.checklist.map((p) => p.covered)).toEqual([true, false]);
    // A point the voice does not find stays as the person set it.
    store.editText('Nothing relevant.');
    await store.flush();
    await flushPromises();
    expect(session.checklist[0].covered).toBe(true);
    expect(store.found).toEqual([]);
  });

  it('saves a correction from the revision it loaded, keeping the typed answer as typed', async () => {
    const { session, store, saves } = await setUp();
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('done'));
    store.editText('I brought data to the conversation.');
    store.editText('I brought the data to the conversation.');
    await store.flush();
    expect(saves).toEqual([{ audioId: 40, text: 'I brought the data to the conversation.', baseRevision: 1 }]);
    expect(store.transcript?.revision).toBe(2);
    expect(store.saveStatus).toBe('saved');
    store.editText('Again.');
    await store.flush();
    expect(saves.at(-1)?.baseRevision).toBe(2);
    expect(session.attempt?.answerText).toBe('I listened first.');
  });

  it('a stale save shows the conflict; "Load the newer text" puts the other window’s words on screen', async () => {
    const newer = transcript({ editedText: 'The other window’s words.', revision: 3 });
    const { session, store } = await setUp(undefined, {
      'speech:saveText': () =>
        fail('CONFLICT', 'This transcript was changed in another window.', [
          { path: 'baseRevision', message: 'Changed elsewhere.', revision: 3, current: newer },
        ]),
    });
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('done'));
    store.editText('Mine.');
    await store.flush();
    expect(store.conflict).toBe('conflict');
    // The conflict has its own notice; the save status does not also say "Couldn't save".
    expect(store.saveStatus).toBe('idle');
    expect(store.text).toBe('Mine.');
    await store.resolveConflict('load');
    expect(store.text).toBe('The other window’s words.');
    expect(store.conflict).toBeNull();
  });

  it('Cancel stops it and keeps everything; Transcribe runs it again to the end', async () => {
    let hold = true;
    const made = transcript();
    const speech = speechRoutes(made, { hold: () => hold });
    const { session, store, fake } = await setUp(undefined, speech.routes);
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('running'));
    await store.cancel();
    expect(store.phase).toBe('cancelled');
    expect(fake.calls).toContain('speech:cancel');
    expect(session.attempt?.answerText).toBe('I listened first.');
    hold = false;
    await store.transcribe();
    expect(store.phase).toBe('done');
    // The audio was already sent: the second run reuses it instead of sending it again.
    expect(fake.calls.filter((c) => c === 'speech:audioStart')).toHaveLength(1);
  });

  it('a failure says why and "Try again" runs it again', async () => {
    let broken = true;
    const { session, store } = await setUp(undefined, {
      'speech:transcribe': () => (broken ? fail('INTERNAL', 'The speech engine stopped unexpectedly.') : ok(job('queued'))),
    });
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('failed'));
    expect(store.transcription?.error.value?.message).toBe('The speech engine stopped unexpectedly.');
    broken = false;
    await store.transcribe();
    expect(store.phase).toBe('done');
  });

  it('reopened later: shows the saved transcript with its correction, or offers to transcribe the saved recording', async () => {
    const saved = transcript({ editedText: 'What I really said.', revision: 2 });
    const first = await setUp(undefined, { 'speech:attempt': () => ok(saved) });
    await first.store.open(first.session.attempt!);
    await flushPromises();
    expect(first.store.phase).toBe('done');
    expect(first.store.text).toBe('What I really said.');

    const second = await setUp(undefined, {
      'recording:get': () => ok({ info: RECORDING, data: btoa('webm') }),
    });
    await second.store.open(second.session.attempt!);
    expect(second.store.phase).toBe('waiting');
    await second.store.transcribe();
    expect(second.store.phase).toBe('done');
    expect(second.fake.calls).toContain('recording:get');
  });

  it('"Try again" after a failure part-way retries the sent audio; after a failed read-back it reads again', async () => {
    let broken = true;
    let reads = 0;
    const { session, store, fake } = await setUp(undefined, {
      'speech:transcribe': () => (broken ? fail('INTERNAL', 'The speech engine stopped unexpectedly.') : ok(job('queued'))),
      'recording:get': () =>
        ++reads === 1 ? fail('NOT_FOUND', 'The recording file is missing.') : ok({ info: RECORDING, data: btoa('webm') }),
    });
    await store.open(session.attempt!);
    await store.transcribe();
    expect(store.phase).toBe('failed');
    expect(store.transcription?.error.value?.message).toBe('The recording could not be read. The recording file is missing.');
    await store.transcribe();
    expect(store.phase).toBe('failed');
    expect(store.transcription?.error.value?.message).toBe('The speech engine stopped unexpectedly.');
    expect(reads).toBe(2);
    broken = false;
    await store.transcribe();
    expect(store.phase).toBe('done');
    expect(reads).toBe(2);
    expect(fake.calls.filter((c) => c === 'speech:audioStart')).toHaveLength(1);
  });

  it('a Cancel that arrives after the job finished still shows the words', async () => {
    const made = transcript();
    const speech = speechRoutes(made, { hold: () => true });
    const { session, store } = await setUp(undefined, {
      ...speech.routes,
      'speech:cancel': () => ok(job('done', { transcript: made })),
    });
    store.begin(session.attempt!, blob(), 9);
    await eventually(() => expect(store.phase).toBe('running'));
    await store.cancel();
    await flushPromises();
    expect(store.phase).toBe('done');
    expect(store.text).toBe('Um, I brought data to the conversation.');
  });

  it('a voice-activity-only transcript is transcribed again from its saved audio with the model now installed', async () => {
    const vadOnly = transcript({ modelId: null, text: '', figures: figures({ wordCount: 0, wordsPerMinute: null }) });
    const inputs: unknown[] = [];
    let hold = true;
    const speech = speechRoutes(transcript(), { hold: () => hold });
    const { session, store, fake } = await setUp(undefined, {
      ...speech.routes,
      'speech:attempt': () => ok(vadOnly),
      'speech:transcribe': (input) => (inputs.push(input), ok(job('queued'))),
    });
    await store.open(session.attempt!);
    await flushPromises();
    expect(store.transcript?.modelId).toBeNull();
    void store.transcribeWithModel();
    await eventually(() => expect(store.phase).toBe('running'));
    // Cancelled: the earlier figures are shown again, as they were.
    await store.cancel();
    expect(store.phase).toBe('done');
    expect(store.transcript?.modelId).toBeNull();
    hold = false;
    await store.transcribeWithModel();
    expect(store.phase).toBe('done');
    expect(store.transcript?.modelId).toBe('tiny.en');
    expect(store.text).toBe('Um, I brought data to the conversation.');
    expect(inputs).toEqual([{ audioId: 40 }, { audioId: 40 }]);
    expect(fake.calls).not.toContain('recording:get');
    expect(fake.calls).not.toContain('speech:audioStart');
  });

  it('a typed-only answer has no spoken side', async () => {
    const { session, store, fake } = await setUp(attempt(0));
    await store.open(session.attempt!);
    expect(store.phase).toBe('idle');
    expect(fake.calls).not.toContain('speech:attempt');
  });
});
