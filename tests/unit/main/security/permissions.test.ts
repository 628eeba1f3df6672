import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/main/security/permissions';

const APP = 'app://debrief';
const trusted = [APP, 'http://localhost:5173'];
const page = `${APP}/index.html#/practice`;

describe('isPermissionAllowed', () => {
  it('allows microphone audio asked by the app page', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes: ['audio'] }, trusted)).toBe(true);
  });

  it('allows microphone audio from the trusted dev origin', () => {
    expect(
      isPermissionAllowed({ permission: 'media', requestingUrl: 'http://localhost:5173/', mediaTypes: ['audio'] }, trusted),
    ).toBe(true);
  });

  it('allows a clipboard write (Copy message) from the app page and the dev origin', () => {
    expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl: page }, trusted)).toBe(true);
    expect(
      isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl: 'http://localhost:5173/' }, trusted),
    ).toBe(true);
  });

  it.each(['https://example.com/', 'file:///tmp/x.html', 'app://other/index.html', undefined])(
    'refuses a clipboard write from %s',
    (requestingUrl) => {
      expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', requestingUrl }, trusted)).toBe(false);
    },
  );

  it.each([
    ['video', ['video']],
    ['audio and video', ['audio', 'video']],
    ['video and audio', ['video', 'audio']],
    ['no media types', []],
    ['media types not given', undefined],
    ['an unknown media type', ['unknown']],
  ])('refuses media with %s', (_label, mediaTypes) => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes }, trusted)).toBe(false);
  });

  it.each([
    'notifications',
    'geolocation',
    'clipboard-read',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'mediaKeySystem',
    'speaker-selection',
    'unknown',
  ])('refuses %s even from the app page', (permission) => {
    expect(isPermissionAllowed({ permission, requestingUrl: page, mediaTypes: ['audio'] }, trusted)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'app://debrief.evil/',
    'app://other/',
    'file:///index.html',
    'http://localhost:5174/',
    'about:blank',
    '',
    undefined,
  ])('refuses microphone audio asked by %j', (requestingUrl) => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl, mediaTypes: ['audio'] }, trusted)).toBe(false);
  });

  it('refuses everything when no origin is trusted', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes: ['audio'] }, [])).toBe(false);
  });
});
