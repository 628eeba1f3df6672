import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../../electron/main/security/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, values);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("starts from default-src 'none'", () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it("allows no 'unsafe-eval', 'unsafe-inline', 'wasm-unsafe-eval' or 'unsafe-hashes' anywhere", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });

  it('loads scripts only from the app itself', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it('allows nothing from the network: no wildcard, http(s) or ws sources', () => {
    for (const [name, values] of csp) {
      for (const v of values) {
        expect(v, name).not.toMatch(/^\*|^https?:|^wss?:|\*/);
      }
    }
  });

  it('never lets data: or blob: run as script or style', () => {
    for (const name of ['script-src', 'style-src', 'default-src']) {
      expect(csp.get(name)).not.toContain('data:');
      expect(csp.get(name)).not.toContain('blob:');
    }
  });

  it('blocks plugins, framing, base rewriting and form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('is sent with the other security headers by every door', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });
});
