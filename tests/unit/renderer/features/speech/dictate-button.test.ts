import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { SpeechModels } from '@shared/speech-schemas';
import { apiClientKey } from '@renderer/api/inject-api';
import { DictateButton, dictationSeparator, insertIntoField, joinDictation } from '@renderer/features/speech';
import { fakeClient, ok } from '../../helpers/fake-client';

const models = (activeModelId: string | null): SpeechModels => ({
  folder: '/data/models',
  activeModelId,
  models: [],
  vad: { name: 'Silero', sizeBytes: 1, available: true },
});

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

/** A textarea with its Dictate button, the way the journal's fields have them; input events update `text`. */
function mountField(activeModelId: string | null) {
  let asked = 0;
  const fake = fakeClient({
    'speech:models': () => {
      asked++;
      return ok(models(activeModelId));
    },
  });
  const text = ref('Started well.');
  const Field = defineComponent(() => () => [
    h('textarea', {
      id: 'answer',
      value: text.value,
      onInput: (e: Event) => (text.value = (e.target as HTMLTextAreaElement).value),
    }),
    h(DictateButton, { for: 'answer', label: 'your answer to question 1' }),
  ]);
  wrapper = mount(Field, {
    attachTo: document.body,
    global: { plugins: [createPinia()], provide: { [apiClientKey as symbol]: fake.client } },
  });
  return { fake, text, asked: () => asked };
}

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
    const { asked } = mountField(null);
    await flushPromises();
    expect(asked()).toBe(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    expect(asked()).toBe(2);
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
