import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN, isAppUrl } from '../../../../electron/main/security/app-origin';

const DEV = 'http://localhost:5173';

describe('app origin', () => {
  it('is app://debrief, and the index page lives on it', () => {
    expect(APP_ORIGIN).toBe('app://debrief');
    expect(isAppUrl(APP_INDEX_URL, [APP_ORIGIN])).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each([
    'app://debrief/index.html',
    'app://debrief/',
    'app://debrief',
    'app://debrief/assets/app.js?v=1#x',
    'APP://debrief/index.html',
  ])('trusts %j', (url) => {
    expect(isAppUrl(url, [APP_ORIGIN, DEV])).toBe(true);
  });

  it('trusts the dev origin only when it is in the list', () => {
    expect(isAppUrl(`${DEV}/#/journal`, [APP_ORIGIN, DEV])).toBe(true);
    expect(isAppUrl(`${DEV}/#/journal`, [APP_ORIGIN])).toBe(false);
  });

  it.each([
    'app://debrief.evil/index.html',
    'app://debriefx/',
    'app://evil.debrief/',
    'app://other/index.html',
    'app://debrief:8080/',
    'app://debrief@evil/',
    'apps://debrief/',
    'https://debrief/',
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'https://localhost:5173/',
    'http://localhost:5173.evil.example/',
    'file:///app/index.html',
    'about:blank',
    'not a url',
    '',
    undefined,
  ])('does not trust %j', (url) => {
    expect(isAppUrl(url, [APP_ORIGIN, DEV])).toBe(false);
  });
});
