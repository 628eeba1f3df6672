import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../electron/main/security/external-urls';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#frag',
    'HTTPS://EXAMPLE.COM/',
    'https://example.com:8443/',
    'mailto:recruiter@example.com',
    'mailto:recruiter@example.com?subject=Thank%20you&body=Hello',
  ])('allows %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ftp://example.com/',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vscode://file/etc/passwd',
    'app://debrief/index.html',
    'about:blank',
    'blob:https://example.com/uuid',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    '//example.com/',
    'example.com',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
