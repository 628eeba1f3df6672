import { describe, expect, it } from 'vitest';
import { buildMailto, isMailtoUrl, type MailtoResult } from '../../../../electron/main/followups/mailto';
import { MAILTO_MAX_LENGTH } from '../../../../electron/shared/followups-schemas';

function url(result: MailtoResult): string {
  if (!result.ok) throw new Error(`expected a URL, got ${result.reason}: ${result.message}`);
  return result.url;
}

/** What a mail app reads back out of the URL. */
function parsed(u: string) {
  const parsedUrl = new URL(u);
  return {
    protocol: parsedUrl.protocol,
    to: decodeURIComponent(parsedUrl.pathname),
    params: [...parsedUrl.searchParams.entries()],
  };
}

describe('buildMailto', () => {
  it('builds recipient, subject and body, percent-encoded, spaces as %20 and never +', () => {
    const u = url(buildMailto({ to: 'ann@acme.example', subject: 'Thank you', body: 'Hi Ann,\n\nThanks.' }));
    expect(u).toBe('mailto:ann@acme.example?subject=Thank%20you&body=Hi%20Ann%2C%0D%0A%0D%0AThanks.');
    expect(u).not.toContain('+');
  });

  it('writes every kind of line break in the body as CRLF (%0D%0A), as RFC 6068 asks', () => {
    expect(url(buildMailto({ body: 'a\nb\r\nc\rd' }))).toBe('mailto:?body=a%0D%0Ab%0D%0Ac%0D%0Ad');
  });

  it('encodes the characters that would end or split a parameter: & ? # = % +', () => {
    const text = 'Q&A? #1 = 100% + more';
    const u = url(buildMailto({ subject: text, body: text }));
    expect(u).toBe(
      'mailto:?subject=Q%26A%3F%20%231%20%3D%20100%25%20%2B%20more&body=Q%26A%3F%20%231%20%3D%20100%25%20%2B%20more',
    );
    expect(parsed(u).params).toEqual([
      ['subject', text],
      ['body', text],
    ]);
  });

  it('encodes unicode as UTF-8 and a mail app decodes it back unchanged', () => {
    const body = 'Café, naïve résumé — 日本語 😀 ✓';
    const u = url(buildMailto({ to: 'ann@acme.example', subject: 'Über', body }));
    expect(u).toContain('subject=%C3%9Cber');
    expect(u).toContain('%F0%9F%98%80');
    expect(/^[\x21-\x7e]+$/.test(u)).toBe(true);
    expect(parsed(u)).toEqual({
      protocol: 'mailto:',
      to: 'ann@acme.example',
      params: [
        ['subject', 'Über'],
        ['body', body],
      ],
    });
  });

  it('opens without a recipient when there is none, and leaves out empty parts', () => {
    expect(url(buildMailto({ subject: 'Hi' }))).toBe('mailto:?subject=Hi');
    expect(url(buildMailto({ to: '', subject: '', body: '' }))).toBe('mailto:');
    expect(url(buildMailto({ to: 'ann@acme.example' }))).toBe('mailto:ann@acme.example');
  });

  it('accepts ordinary addresses with plus, dots and apostrophes', () => {
    expect(url(buildMailto({ to: 'ann.lee+jobs@mail.acme.example' }))).toBe('mailto:ann.lee%2Bjobs@mail.acme.example');
    expect(parsed(url(buildMailto({ to: "o'brien@acme.example" }))).to).toBe("o'brien@acme.example");
  });

  it.each([
    'not-an-email',
    'ann@acme.example?bcc=evil@attacker.example',
    'ann@acme.example&cc=evil@attacker.example',
    'ann@acme.example,evil@attacker.example',
    'ann@acme.example;evil@attacker.example',
    'ann@acme.example\r\nBcc: evil@attacker.example',
    'ann@acme.example\nBcc:evil@attacker.example',
    'ann@acme.example#fragment',
    'ann%40acme.example@attacker.example',
    'javascript:alert(1)',
    'https://attacker.example/@acme.example',
    '"ann lee"@acme.example',
    '<ann@acme.example>',
  ])('refuses the recipient %j: header and parameter injection cannot get in', (to) => {
    expect(buildMailto({ to, subject: 'Hi' })).toMatchObject({ ok: false, field: 'to', reason: 'invalid-recipient' });
  });

  it.each(['Thanks\r\nBcc: evil@attacker.example', 'Thanks\nBcc: evil@attacker.example', 'Thanks\rX-Header: y'])(
    'refuses a subject with a line break %j',
    (subject) => {
      expect(buildMailto({ to: 'ann@acme.example', subject })).toMatchObject({
        ok: false,
        field: 'subject',
        reason: 'line-break',
      });
    },
  );

  it('keeps parameter-looking text in the body inside the body', () => {
    const body = 'See you&bcc=evil@attacker.example&subject=Pwned\r\nBcc: evil@attacker.example';
    const u = url(buildMailto({ to: 'ann@acme.example', subject: 'Hi', body }));
    expect(parsed(u).params).toEqual([
      ['subject', 'Hi'],
      ['body', body],
    ]);
  });

  it('allows a URL of exactly the limit and refuses one character more, naming the body and the length', () => {
    const base = 'mailto:?body='.length;
    expect(buildMailto({ body: 'a'.repeat(50 - base) }, 50)).toMatchObject({ ok: true, length: 50 });
    const over = buildMailto({ body: 'a'.repeat(51 - base) }, 50);
    expect(over).toMatchObject({ ok: false, field: 'body', reason: 'too-long', length: 51 });
    expect(over.ok ? '' : over.message).toMatch(/too long.*Copy it instead/);
  });

  it('counts the encoded length against the default limit of about 1,900', () => {
    expect(buildMailto({ body: 'a'.repeat(1800) })).toMatchObject({ ok: true });
    // 200 emoji are 200 characters to a person but 2,400 once encoded.
    expect(buildMailto({ body: '😀'.repeat(200) })).toMatchObject({
      ok: false,
      reason: 'too-long',
      length: 'mailto:?body='.length + 2400,
    });
    const longest = buildMailto({ to: 'ann@acme.example', subject: 'S', body: 'x'.repeat(5000) });
    expect(longest).toMatchObject({ ok: false, reason: 'too-long' });
    expect(MAILTO_MAX_LENGTH).toBeLessThan(2000);
  });

  it('refuses text that cannot be encoded (a lone surrogate) instead of throwing', () => {
    expect(buildMailto({ body: 'broken \ud800 text' })).toMatchObject({ ok: false, field: 'body', reason: 'unencodable' });
    expect(buildMailto({ subject: '\udc00' })).toMatchObject({ ok: false, field: 'subject', reason: 'unencodable' });
  });

  it('only ever builds mailto: URLs', () => {
    for (const parts of [{}, { to: 'ann@acme.example' }, { subject: 'https://evil.example' }, { body: 'javascript:alert(1)' }]) {
      const u = url(buildMailto(parts));
      expect(u.startsWith('mailto:')).toBe(true);
      expect(isMailtoUrl(u)).toBe(true);
    }
  });
});

describe('isMailtoUrl', () => {
  it.each([
    'https://acme.example',
    'http://acme.example',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'MAILTO:ann@acme.example',
    ' mailto:ann@acme.example',
    'mailto:ann@acme.example\nBcc: x',
    'mailto:ann@acme.example?subject=a b',
    'data:text/html,hi',
    '',
  ])('refuses %j', (u) => {
    expect(isMailtoUrl(u)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['mailto:a@b.example']]) expect(isMailtoUrl(value)).toBe(false);
  });

  it('accepts a well-formed mailto: URL', () => {
    expect(isMailtoUrl('mailto:ann@acme.example?subject=Hi%20there')).toBe(true);
    expect(isMailtoUrl('mailto:?body=x')).toBe(true);
  });
});
