import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@renderer/app/App.vue';
import { fakeClient, ok } from '../helpers/fake-client';
import { appInfo } from '../helpers/fixtures';
import { mountWithApp } from '../helpers/mount-app';
import { eventually } from '../../../helpers/eventually';

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const notice = {
  kind: 'restored-from-backup' as const,
  message: 'Your database was damaged (SQLITE_CORRUPT). Debrief restored the backup from this morning.',
  quarantinedAs: '/data/quarantine/x.db',
};

async function pressAlt(digit: number): Promise<void> {
  window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, code: `Digit${digit}`, key: String(digit) }));
  await flushPromises();
}

describe('app shell', () => {
  it('marks the current screen in the sidebar, and only that one', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo()) });
    ({ wrapper } = await mountWithApp(App, fake.client, '/plan'));
    const current = wrapper.findAll('nav a[aria-current="page"]');
    expect(current.map((a) => a.attributes('href'))).toEqual(['/plan']);
    expect(wrapper.get('h1').text()).toBe('Plan');
  });

  it('Alt+digit navigates and moves focus to the new heading', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo()), 'backup:list': () => ok([]) });
    let router;
    ({ wrapper, router } = await mountWithApp(App, fake.client, '/journal'));
    await pressAlt(2);
    // Screens load lazily, so wait for the condition rather than a number of ticks.
    await eventually(() => expect(document.activeElement?.textContent).toBe('Practice'));
    expect(router.currentRoute.value.path).toBe('/practice');
    expect(document.activeElement?.id).toBe('main-heading');
    expect(document.title).toBe('Practice · Debrief');
    await pressAlt(6);
    await eventually(() => expect(document.activeElement?.textContent).toBe('Settings'));
    expect(router.currentRoute.value.path).toBe('/settings');
  });

  it('shows startup notices above every screen until dismissed', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo({ notices: [notice] })) });
    ({ wrapper } = await mountWithApp(App, fake.client, '/journal'));
    const banner = wrapper.get('[aria-label="Notices"]');
    expect(banner.text()).toContain('Your data was restored from a backup');
    expect(banner.text()).toContain('SQLITE_CORRUPT');
    await banner.get('button').trigger('click');
    expect(wrapper.find('[aria-label="Notices"]').exists()).toBe(false);
  });
});
