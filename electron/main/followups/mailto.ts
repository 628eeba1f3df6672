import { z } from 'zod';
import { MAILTO_MAX_LENGTH } from '../../shared/followups-schemas';
import { isAllowedExternalUrl } from '../security/external-urls';

/** What goes into a mail draft; an empty recipient opens the mail app without one. */
interface MailParts {
  to?: string;
  subject?: string;
  body?: string;
}

/** A built URL, or which part is wrong and why, in words the UI can show next to that part. */
export type MailtoResult =
  | { ok: true; url: string; length: number }
  | {
      ok: false;
      field: 'to' | 'subject' | 'body';
      reason: 'invalid-recipient' | 'line-break' | 'too-long' | 'unencodable';
      message: string;
      /** The encoded length, when it was the length that failed. */
      length?: number;
    };

const email = z.email().max(254);
// Belt and braces on top of the email check: nothing that could end the address or start a header or parameter.
const UNSAFE_IN_ADDRESS = /[\s?&#%,;:<>"\\/]/;

function encode(text: string): string | null {
  try {
    return encodeURIComponent(text);
  } catch {
    return null; // a lone surrogate half cannot be UTF-8 encoded
  }
}

/**
 * Builds `mailto:to?subject=..&body=..` (RFC 6068): every value percent-encoded as UTF-8 (space is %20, never +),
 * body line breaks as %0D%0A, the recipient one valid address, the subject one line, the whole URL at most `limit`
 * characters (mail apps and the OS cut longer ones, silently losing the end of the message).
 */
export function buildMailto(parts: MailParts, limit = MAILTO_MAX_LENGTH): MailtoResult {
  const to = (parts.to ?? '').trim();
  if (to && (UNSAFE_IN_ADDRESS.test(to) || !email.safeParse(to).success)) {
    return {
      ok: false,
      field: 'to',
      reason: 'invalid-recipient',
      message: 'The recipient is not a valid email address. Fix it, or leave it empty.',
    };
  }
  const subject = parts.subject ?? '';
  if (/[\r\n]/.test(subject))
    return { ok: false, field: 'subject', reason: 'line-break', message: 'A subject is a single line.' };
  const body = (parts.body ?? '').replace(/\r\n?|\n/g, '\r\n');

  const query: string[] = [];
  for (const [name, value] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    if (!value) continue;
    const encoded = encode(value);
    if (encoded === null) {
      return {
        ok: false,
        field: name,
        reason: 'unencodable',
        message: `The ${name} holds a broken character that cannot be sent. Retype the last few characters.`,
      };
    }
    query.push(`${name}=${encoded}`);
  }
  const address = encodeURIComponent(to).replace(/%40/g, '@');
  const url = `mailto:${address}${query.length ? `?${query.join('&')}` : ''}`;
  if (url.length > limit) {
    return {
      ok: false,
      field: 'body',
      reason: 'too-long',
      length: url.length,
      message: `This message is too long to open in your mail app (${url.length.toLocaleString('en')} characters once encoded; the limit is ${limit.toLocaleString('en')}). Copy it instead and paste it into a new email.`,
    };
  }
  return { ok: true, url, length: url.length };
}

/** True only for a mailto: URL with no whitespace or control characters: the one kind follow-ups may open. */
export function isMailtoUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !url.startsWith('mailto:') || /[\s\p{Cc}]/u.test(url)) return false;
  if (!isAllowedExternalUrl(url)) return false;
  return new URL(url).protocol === 'mailto:';
}
