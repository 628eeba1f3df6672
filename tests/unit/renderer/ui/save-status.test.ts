import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { ApiError } from '@renderer/api/api-error';
import SaveStatus from '@renderer/ui/SaveStatus.vue';

const failure = (key: string, message: string) => ({ key, error: new ApiError({ code: 'NETWORK', message }) });

describe('SaveStatus', () => {
  it('carries the test id and state it is given', () => {
    const root = mount(SaveStatus, { props: { status: 'saved', testid: 'composer-save-status', failures: [] } });
    expect(root.attributes('data-testid')).toBe('composer-save-status');
    expect(root.attributes('data-state')).toBe('saved');
    expect(root.text()).toBe('Saved');
  });

  it('with the failures, says before the first save that it saves as you type', () => {
    expect(mount(SaveStatus, { props: { status: 'idle', testid: 'save-status', failures: [] } }).text()).toBe(
      'Saved as you type',
    );
  });

  it('says why the first save failed, how many others wait, and offers "Try again"', async () => {
    const wrapper = mount(SaveStatus, {
      props: {
        status: 'error',
        testid: 'save-status',
        failures: [failure('a', 'The main process did not answer.'), failure('b', 'x'), failure('c', 'y')],
        countOthers: true,
      },
    });
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Couldn’t save — The main process did not answer. (2 other changes also waiting.) Your text is still here.',
    );
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('without the failures, says only "Not saved" beside "Try again", and nothing before the first save', async () => {
    const failed = mount(SaveStatus, { props: { status: 'error', testid: 'plan-save-status' } });
    expect(failed.get('span').text()).toBe('Not saved');
    expect(failed.get('button').text()).toBe('Try again');
    await failed.get('button').trigger('click');
    expect(failed.emitted('retry')).toHaveLength(1);
    expect(mount(SaveStatus, { props: { status: 'idle', testid: 'plan-save-status' } }).text()).toBe('');
  });
});
