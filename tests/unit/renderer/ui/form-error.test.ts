import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import FormError from '@renderer/ui/FormError.vue';

describe('FormError', () => {
  it('says its words at once, in the form error style, and keeps the id and test id it is given', () => {
    const wrapper = mount(FormError, {
      attrs: { id: 'import-error', 'data-testid': 'import-error' },
      slots: { default: 'The file is over 5 MB. Split it into smaller files.' },
    });
    const line = wrapper.get('p');
    expect(line.attributes('role')).toBe('alert');
    expect(line.classes()).toContain('field-error');
    expect(line.attributes('id')).toBe('import-error');
    expect(line.attributes('data-testid')).toBe('import-error');
    expect(line.text()).toBe('The file is over 5 MB. Split it into smaller files.');
  });
});
