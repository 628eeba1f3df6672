import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createTestRouter } from '@renderer/app/create-app-router';
import DueBadge from '@renderer/ui/DueBadge.vue';

describe('DueBadge', () => {
  it('asks for the count at once and after every navigation, and says it in words for one and for more', async () => {
    const router = createTestRouter();
    await router.push('/journal');
    await router.isReady();
    let asked = 0;
    const wrapper = mount(DueBadge, {
      props: {
        count: 1,
        refresh: () => asked++,
        noteId: 'due-note',
        one: 'follow-up due',
        many: 'follow-ups due',
        testId: 'due-badge',
      },
      global: { plugins: [router] },
    });
    expect(asked).toBe(1);
    expect(wrapper.get('[data-testid="due-badge"]').text()).toBe('1');
    expect(wrapper.get('#due-note').text()).toBe('1 follow-up due');

    await wrapper.setProps({ count: 3 });
    expect(wrapper.get('#due-note').text()).toBe('3 follow-ups due');

    await router.push('/plan');
    await flushPromises();
    expect(asked).toBe(2);

    await wrapper.setProps({ count: 0 });
    expect(wrapper.find('[data-testid="due-badge"]').exists()).toBe(false);
    expect(wrapper.get('#due-note').text()).toBe('');
  });
});
