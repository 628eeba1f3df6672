import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { SpeechModels } from '@shared/speech-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import { DICTATION_MESSAGES, DictateButton, dictationSeparator, insertIntoField, joinDictation } from '@renderer/features/speech';
import { fail, fakeClient, ok, type FakeRoutes } from '../../helpers/fake-client';
import { FakeRecorder, fakeStream } from '../../helpers/fake-microphone';
import { FakeOfflineAudioContext, figures, speechRoutes, transcript } from '../../helpers/speech-fixtures';
import { eventually } from '../../../../helpers/eventually';

const models = (activeModelId: string | null): SpeechModels => ({
  folder: '/data/models',
  activeModelId,
  models: [],
  vad: { name: 'Silero', sizeBytes: 1, available: true },
});

let wrapper: VueWrapper | undefined;
const mic = fakeStream();
beforeEach(() => {
  // The browser parts happy-dom lacks: the microphone, MediaRecorder and Web Audio's decoder.
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext);
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: () => Promise.resolve(mic.stream) },
  });
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
});

/**
 * Textareas with their Dictate buttons, the way the journal's fields have them (`fields` of them, ids answer-1...);
 * input events update `texts`, as v-model does.
 */
function mountFields(activeModelId: string | null, fields = 1, routes: FakeRoutes = {}) {
  let asked = 0;
  const fake = fakeClient({
    'speech:models': () => {
      asked++;
      return ok(models(activeModelId));
    },
    ...routes,
  });
  const texts = Array.from({ length: fields }, () => ref('Started well.'));
  const Field = defineComponent(
    () => () =>
      texts.flatMap((text, i) => [
        h('textarea', {
          id: `answer-${i + 1}`,
          value: text.value,
          onInput: (e: Event) => (text.value = (e.target as HTMLTextAreaElement).value),
        }),
        h(DictateButton, { for: `answer-${i + 1}`, label: `your answer to question ${i + 1}` }),
      ]),
  );
  wrapper = mount(Field, {
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
  });
  return { fake, texts, asked: () => asked };
}

const mountField = (activeModelId: string | null) => mountFields(activeModelId);

describe('DictateButton', () => {
  it('is absent while no speech model is installed', async () => {
    mountField(null);
    await flushPromises();
    expect(wrapper!.find('button').exists()).toBe(false);
  });

  it('is a "Dictate" toggle named for its field, with a live status, once a model is installed', async () => {
    mountField('tiny.en');
    await flushPromises();
    const button = wrapper!.get('button');
    expect(button.text()).toBe('Dictate');
    expect(button.attributes('aria-label')).toBe('Dictate into your answer to question 1');
    expect(button.attributes('aria-pressed')).toBe('false');
    const status = wrapper!.get('[role=status]');
    expect(status.attributes('aria-live')).toBe('polite');
  });

  it('asks once however many fields, and again when the window comes back into view', async () => {
    const { asked } = mountFields('tiny.en', 2);
    await flushPromises();
    expect(wrapper!.findAll('button').map((b) => b.attributes('aria-label'))).toEqual([
      'Dictate into your answer to question 1',
      'Dictate into your answer to question 2',
    ]);
    expect(asked()).toBe(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    expect(asked()).toBe(2);
  });
});

describe('DictateButton dictating', () => {
  it("adds the recognised words to the end of its field through the field's input event, so v-model has them", async () => {
    const said = transcript({
      audioId: 7,
      recordingId: null,
      text: ' Then I asked what they meant. ',
      figures: figures({ noWordsRecognised: false }),
    });
    const { routes } = speechRoutes(said);
    const deleted: number[] = [];
    const { texts } = mountFields('tiny.en', 2, {
      ...routes,
      'speech:deleteAudio': (input) => {
        deleted.push(input!.audioId);
        return ok({ ok: true as const });
      },
    });
    await flushPromises();
    const toggle = wrapper!.get('button[aria-label="Dictate into your answer to question 2"]');
    const status = wrapper!.get('[data-testid=answer-2-dictation-status]');
    await toggle.trigger('click');
    await flushPromises();
    expect(toggle.attributes('aria-pressed')).toBe('true');
    expect(status.text()).toBe('Listening…');
    // The clock is shown beside the status, not in it: the live region is not read out every second.
    expect(wrapper!.get('[data-testid=answer-2-dictation-detail]').text()).toBe('0:00');
    expect(wrapper!.get('[data-testid=answer-2-dictation-detail]').attributes('aria-live')).toBeUndefined();
    FakeRecorder.last!.chunk('spoken');

    await wrapper!.get('button.btn-primary').trigger('click');
    await eventually(() => expect(status.text()).toBe(DICTATION_MESSAGES.added));
    const field = document.getElementById('answer-2') as HTMLTextAreaElement;
    expect(field.value).toBe('Started well. Then I asked what they meant.');
    expect(texts[1].value).toBe('Started well. Then I asked what they meant.');
    // The other field is untouched; the microphone is let go and the dictation's audio deleted.
    expect(texts[0].value).toBe('Started well.');
    expect((document.getElementById('answer-1') as HTMLTextAreaElement).value).toBe('Started well.');
    expect(mic.stopped()).toBeGreaterThan(0);
    expect(deleted).toEqual([7]);
    expect(toggle.attributes('aria-pressed')).toBe('false');
  });
});

describe('DictateButton keeps focus when its controls go away', () => {
  async function startAndStop(routes: FakeRoutes) {
    mountFields('tiny.en', 1, { ...routes, 'speech:deleteAudio': () => ok({ ok: true as const }) });
    await flushPromises();
    const toggle = wrapper!.get('button[aria-label="Dictate into your answer to question 1"]');
    await toggle.trigger('click');
    await flushPromises();
    FakeRecorder.last!.chunk('spoken');
    await wrapper!.get('button.btn-primary').trigger('click');
    return toggle;
  }

  it('Cancel hands focus back to the Dictate toggle instead of the page', async () => {
    const toggle = await startAndStop(speechRoutes(transcript(), { hold: () => true }).routes);
    const cancel = await eventually(() => {
      const found = wrapper!.findAll('button').find((b) => b.text() === 'Cancel');
      if (!found) throw new Error('no Cancel yet');
      return found;
    });
    (cancel.element as HTMLButtonElement).focus();
    await cancel.trigger('click');
    await eventually(() => expect(wrapper!.findAll('button').some((b) => b.text() === 'Cancel')).toBe(false));
    await flushPromises();
    expect(document.activeElement).toBe(toggle.element);
  });

  it('Dismiss after a failure hands focus back to the Dictate toggle', async () => {
    const { routes } = speechRoutes(transcript());
    const toggle = await startAndStop({ ...routes, 'speech:transcribe': () => fail('INTERNAL', 'The engine stopped.') });
    const dismiss = await eventually(() => {
      const found = wrapper!.findAll('button').find((b) => b.text() === 'Dismiss');
      if (!found) throw new Error('no Dismiss yet');
      return found;
    });
    (dismiss.element as HTMLButtonElement).focus();
    await dismiss.trigger('click');
    await flushPromises();
    expect(wrapper!.findAll('button').some((b) => b.text() === 'Dismiss')).toBe(false);
    expect(document.activeElement).toBe(toggle.element);
  });
});

describe('adding dictated words to a field', () => {
  it('reads on with a space, after a line break with nothing, and as a new paragraph in text written in paragraphs', () => {
    expect(dictationSeparator('')).toBe('');
    expect(dictationSeparator('I said')).toBe(' ');
    expect(dictationSeparator('Fine.')).toBe(' ');
    expect(dictationSeparator('Fine. ')).toBe('');
    expect(dictationSeparator('First.\n')).toBe('');
    expect(dictationSeparator('First.\n\nThen I said so.')).toBe('\n\n');
    expect(dictationSeparator('First.\n\nThen I said')).toBe(' ');
    expect(joinDictation('I said', '  that I would. ')).toBe('I said that I would.');
  });

  it("goes through the field's own input event, so its normal save runs", () => {
    const field = document.createElement('textarea');
    field.value = 'I stayed calm.';
    document.body.append(field);
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    insertIntoField(field, 'Then I asked what they meant.', null);
    expect(seen).toEqual(['I stayed calm. Then I asked what they meant.']);
    // The person had moved on to another field: focus stays there.
    expect(document.activeElement).toBe(other);
    field.remove();
    other.remove();
  });
});
