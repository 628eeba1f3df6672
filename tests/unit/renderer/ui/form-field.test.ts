import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount } from '@vue/test-utils';
import FormField from '@renderer/ui/FormField.vue';

/** A FormField around a plain input, wired the way every form in the app wires it. */
function field(props: Record<string, unknown>) {
  return mount(FormField, {
    props: { label: 'Company', ...props },
    slots: { default: (control: Record<string, unknown>) => h('input', { ...control, class: 'input' }) },
  });
}

describe('FormField', () => {
  it('labels the control by its id and says "(optional)" when asked', () => {
    const wrapper = field({ id: 'f-company', optional: true });
    expect(wrapper.get('label').attributes('for')).toBe('f-company');
    expect(wrapper.get('label').text()).toBe('Company (optional)');
    expect(wrapper.get('input').attributes('id')).toBe('f-company');
  });

  it('gives the control a fresh id when none is given, and the label points at it', () => {
    const wrapper = field({});
    const id = wrapper.get('input').attributes('id');
    expect(id).toBeTruthy();
    expect(wrapper.get('label').attributes('for')).toBe(id);
  });

  it('with nothing to say, marks nothing', () => {
    const input = field({ id: 'f-role' }).get('input');
    expect(input.attributes('aria-describedby')).toBeUndefined();
    expect(input.attributes('aria-invalid')).toBeUndefined();
  });

  it('points the control at its hint and its error, and marks it invalid while the error stands', () => {
    const wrapper = field({ id: 'f-notes', hint: 'Anything else.', error: 'Too long.' });
    const input = wrapper.get('input');
    expect(input.attributes('aria-describedby')).toBe('f-notes-hint f-notes-error');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#f-notes-hint').text()).toBe('Anything else.');
    expect(wrapper.get('#f-notes-error').text()).toBe('Too long.');
  });

  it('puts the hint between label and control, or under the control when told', () => {
    const above = field({ id: 'a', hint: 'Hint.' }).get('.field').element.children;
    expect([...above].map((el) => el.tagName)).toEqual(['LABEL', 'P', 'INPUT']);
    const below = field({ id: 'b', hint: 'Hint.', hintBelow: true }).get('.field').element.children;
    expect([...below].map((el) => el.tagName)).toEqual(['LABEL', 'INPUT', 'P']);
  });

  it('keeps a hidden label for screen readers only', () => {
    expect(field({ id: 'c', labelHidden: true }).get('label').classes()).toEqual(['visually-hidden']);
  });
});
