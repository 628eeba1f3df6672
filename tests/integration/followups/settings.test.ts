import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';

const open = useCores();

describe('settings', () => {
  it('answers the defaults on a fresh data folder and writes nothing to do so', async () => {
    const { core } = await open();
    expect(await call(core, 'settings:get', {})).toEqual({
      sendWindow: '1-2-days',
      yourName: '',
      salutation: 'first-name',
      revision: 1,
    });
    expect(await call(core, 'settings:get', undefined)).toEqual({
      sendWindow: '1-2-days',
      yourName: '',
      salutation: 'first-name',
      revision: 1,
    });
    expect((await fail(core, 'settings:update', { salutation: 'Sir' })).details?.[0].message).toBe(
      'Choose first name, or title and surname.',
    );
    expect(core.database.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });

  it('changes only the keys given, trims the name, and keeps them after a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-followups-'));
    const { core } = await open({ dir });
    expect(await call(core, 'settings:update', { yourName: '  Sam Jones ' })).toEqual({
      sendWindow: '1-2-days',
      yourName: 'Sam Jones',
      salutation: 'first-name',
      revision: 2,
    });
    expect(await call(core, 'settings:update', { sendWindow: 'within-24h' })).toEqual({
      sendWindow: 'within-24h',
      yourName: 'Sam Jones',
      salutation: 'first-name',
      revision: 3,
    });
    // Nothing written, nothing bumped.
    expect(await call(core, 'settings:update', {})).toEqual({
      sendWindow: 'within-24h',
      yourName: 'Sam Jones',
      salutation: 'first-name',
      revision: 3,
    });
    core.close();
    const { core: reopened } = await open({ dir });
    expect(await call(reopened, 'settings:get', {})).toEqual({
      sendWindow: 'within-24h',
      yourName: 'Sam Jones',
      salutation: 'first-name',
      revision: 3,
    });
  });

  it('reads a stored value it does not understand (a newer version, a hand edit) as the default', async () => {
    const { core } = await open();
    const put = core.database.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'x')");
    put.run('sendWindow', '"next-week"');
    put.run('yourName', '42');
    put.run('somethingNewer', '{"a":1}');
    expect(await call(core, 'settings:get', {})).toEqual({
      sendWindow: '1-2-days',
      yourName: '',
      salutation: 'first-name',
      revision: 4,
    });
  });

  it('refuses an unknown window, an unknown key and a name over 200 characters, writing nothing', async () => {
    const { core } = await open();
    for (const [input, pathName] of [
      [{ sendWindow: 'next-week' }, 'sendWindow'],
      [{ yourName: 'x'.repeat(201) }, 'yourName'],
      [{ salutation: 'Sir' }, 'salutation'],
      [{ theme: 'dark' }, ''],
      ['same-day', ''],
    ] as const) {
      const error = await fail(core, 'settings:update', input);
      expect(error.code).toBe('VALIDATION');
      expect(error.details?.[0].path).toBe(pathName);
    }
    expect(core.database.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });
});
