import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/main/security/sender-check';

const APP = 'app://debrief';

describe('isTrustedSender', () => {
  const windows = new Set([1, 2]);

  it('trusts one of the app windows showing the app page', () => {
    expect(isTrustedSender({ webContentsId: 2, frameUrl: `${APP}/index.html` }, windows, [APP])).toBe(true);
  });

  it('needs both: the right window and the right page', () => {
    expect(isTrustedSender({ webContentsId: 3, frameUrl: `${APP}/index.html` }, windows, [APP])).toBe(false);
    expect(isTrustedSender({ webContentsId: 1, frameUrl: 'https://evil.example/' }, windows, [APP])).toBe(false);
    expect(isTrustedSender({ webContentsId: 1, frameUrl: undefined }, windows, [APP])).toBe(false);
  });

  it('trusts nobody when there are no windows', () => {
    expect(isTrustedSender({ webContentsId: 1, frameUrl: `${APP}/` }, new Set(), [APP])).toBe(false);
  });
});
