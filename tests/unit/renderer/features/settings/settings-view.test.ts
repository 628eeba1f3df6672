import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import SettingsView from '@renderer/features/settings/SettingsView.vue';
import { deferred, fail, fakeClient, ok } from '../../helpers/fake-client';
import { appInfo, backup } from '../../helpers/fixtures';
import { mountWithApp } from '../../helpers/mount-app';

const made = backup();
let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('Settings view', () => {
  it('shows the data folder, database file and schema version from app:info', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo({ schemaVersion: 4 })), 'backup:list': () => ok([]) });
    ({ wrapper } = await mountWithApp(SettingsView, fake.client, '/settings'));
    expect(wrapper.get('[data-testid=data-dir]').text()).toBe('/home/sam/.config/Debrief');
    expect(wrapper.get('[data-testid=database-path]').text()).toBe('/home/sam/.config/Debrief/debrief.db');
    expect(wrapper.text()).toContain('Schema version 4');
    expect(wrapper.text()).toContain('No backups yet.');
  });

  it('"Back up now" shows busy, then the success message and the new row', async () => {
    const gate = deferred<void>();
    const disk: (typeof made)[] = [];
    const fake = fakeClient({
      'app:info': () => ok(appInfo()),
      'backup:list': () => ok([...disk]),
      'backup:create': async () => {
        await gate.promise;
        disk.push(made);
        return ok(made);
      },
    });
    ({ wrapper } = await mountWithApp(SettingsView, fake.client, '/settings'));
    const button = wrapper.get('button.btn-primary');
    await button.trigger('click');
    expect(button.text()).toBe('Backing up…');
    expect(button.attributes('disabled')).toBeDefined();
    gate.resolve();
    await flushPromises();
    expect(button.text()).toBe('Back up now');
    expect(wrapper.get('[data-testid=backup-success]').text()).toContain('Backup made at');
    const rows = wrapper.findAll(`[data-file-name="${made.fileName}"]`);
    expect(rows).toHaveLength(1);
    expect(rows[0].text()).toContain('You made this one');
    expect(rows[0].text()).toContain('16 KB');
    expect(wrapper.text()).not.toContain('None yet');
  });

  it('shows the error next to the button when the backup fails', async () => {
    const fake = fakeClient({
      'app:info': () => ok(appInfo()),
      'backup:list': () => ok([]),
      'backup:create': () => fail('STORAGE', 'The disk is full.'),
    });
    ({ wrapper } = await mountWithApp(SettingsView, fake.client, '/settings'));
    await wrapper.get('button.btn-primary').trigger('click');
    await flushPromises();
    const error = wrapper.get('[data-testid=backup-error]');
    expect(error.attributes('role')).toBe('alert');
    expect(error.text()).toContain('The backup was not made. The disk is full.');
    expect(wrapper.find('[data-testid=backup-success]').exists()).toBe(false);
  });

  it('offers "Try again" when the list cannot be loaded, and it recovers', async () => {
    const fake = fakeClient({ 'app:info': () => ok(appInfo()), 'backup:list': () => fail('INTERNAL', 'The list failed.') });
    ({ wrapper } = await mountWithApp(SettingsView, fake.client, '/settings'));
    expect(wrapper.text()).toContain('The list of backups could not be loaded.');
    fake.routes['backup:list'] = () => ok([made]);
    const retry = wrapper.findAll('button').find((b) => b.text().includes('Try again'));
    await retry!.trigger('click');
    await flushPromises();
    expect(wrapper.find(`[data-file-name="${made.fileName}"]`).exists()).toBe(true);
  });
});
