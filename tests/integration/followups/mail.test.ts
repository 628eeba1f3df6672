import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journaledInterview, testClock } from './helpers';

const open = useCores();

/** An openExternal that records what it was asked to open (the edge Electron's shell would be). */
function recorder() {
  const opened: string[] = [];
  return { opened, openExternal: (url: string) => void opened.push(url) };
}

async function finishedDraft(core: Core) {
  await call(core, 'settings:update', { yourName: 'Sam' });
  const iv = await journaledInterview(core);
  const [ann, bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, specificMoment: 'streaming' });
  return { iv, ann, bo };
}

describe('followup:mailto', () => {
  it('returns the mailto: URL of the current text with recipient, subject and body', async () => {
    const { core } = await open({ now: testClock().now });
    const { ann, bo } = await finishedDraft(core);
    const mail = await call(core, 'followup:mailto', { id: ann.id });
    expect(
      mail.url.startsWith(
        'mailto:ann.lee@acme.example?subject=Thank%20you%20for%20the%20Data%20Engineer%20interview&body=Dear%20Ann%2C%0D%0A%0D%0A',
      ),
    ).toBe(true);
    expect(mail).toMatchObject({ length: mail.url.length, unfilled: [] });
    const parsed = new URL(mail.url);
    expect(parsed.searchParams.get('body')).toBe(ann.body.replace(/\n/g, '\r\n'));
    // No email for Bo: the mail app opens without a recipient.
    expect((await call(core, 'followup:mailto', { id: bo.id })).url.startsWith('mailto:?subject=')).toBe(true);
  });

  it('says the message is too long (naming the body) so the UI can offer copy instead', async () => {
    const { core } = await open({ now: testClock().now });
    const { ann } = await finishedDraft(core);
    const long = await call(core, 'followup:update', { id: ann.id, patch: { body: 'word '.repeat(600) } });
    expect(long.mail).toMatchObject({ fits: false, limit: 1900 });
    expect(long.mail.length).toBeGreaterThan(1900);
    const error = await fail(core, 'followup:mailto', { id: ann.id });
    expect(error).toMatchObject({ code: 'VALIDATION', details: [{ path: 'body' }] });
    expect(error.message).toMatch(/too long to open in your mail app.*Copy it instead/);
  });
});

describe('followup:openInMail', () => {
  it('in the desktop app, hands only the mailto: URL to openExternal', async () => {
    const rec = recorder();
    const { core } = await open({ now: testClock().now, openExternal: rec.openExternal });
    const { ann } = await finishedDraft(core);
    const { url } = await call(core, 'followup:mailto', { id: ann.id });
    expect(await call(core, 'followup:openInMail', { id: ann.id })).toEqual({ url, opened: true });
    expect(rec.opened).toEqual([url]);
    expect(rec.opened.every((u) => u.startsWith('mailto:') && new URL(u).protocol === 'mailto:')).toBe(true);
  });

  it('in the browser host (no openExternal), returns the URL for the renderer to open itself', async () => {
    const { core } = await open({ now: testClock().now });
    const { ann } = await finishedDraft(core);
    const reply = await call(core, 'followup:openInMail', { id: ann.id });
    expect(reply.opened).toBe(false);
    expect(reply.url.startsWith('mailto:ann.lee@acme.example?')).toBe(true);
  });

  it('refuses while placeholders are unfilled, unless the person says to go ahead', async () => {
    const rec = recorder();
    const { core } = await open({ now: testClock().now, openExternal: rec.openExternal });
    const iv = await journaledInterview(core);
    const [ann] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [0] });
    const error = await fail(core, 'followup:openInMail', { id: ann.id });
    expect(error).toMatchObject({ code: 'CONFLICT', details: [{ path: 'body' }] });
    expect(error.message).toBe('Fill in or remove {{specific_moment}}, {{your_name}} before sending.');
    expect(rec.opened).toEqual([]);
    expect(await call(core, 'followup:openInMail', { id: ann.id, allowUnfilled: true })).toMatchObject({ opened: true });
    expect(rec.opened).toHaveLength(1);
  });

  it('does not open a message that is too long, or one with a recipient that could inject headers', async () => {
    const rec = recorder();
    const { core } = await open({ now: testClock().now, openExternal: rec.openExternal });
    const { ann } = await finishedDraft(core);
    await call(core, 'followup:update', { id: ann.id, patch: { body: 'x'.repeat(3000) } });
    expect(await fail(core, 'followup:openInMail', { id: ann.id })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'body' }],
    });
    const injected = await fail(core, 'followup:update', {
      id: ann.id,
      patch: { recipientEmail: 'ann@acme.example?bcc=evil@attacker.example' },
    });
    expect(injected).toMatchObject({ code: 'VALIDATION', details: [{ path: 'patch.recipientEmail' }] });
    expect(rec.opened).toEqual([]);
  });

  it('says plainly when the system cannot open a mail app', async () => {
    const { core } = await open({
      now: testClock().now,
      openExternal: () => Promise.reject(new Error('no handler for mailto')),
    });
    const { ann } = await finishedDraft(core);
    const error = await fail(core, 'followup:openInMail', { id: ann.id });
    expect(error).toMatchObject({ code: 'INTERNAL', message: /could not open a mail app.*Copy it instead/ });
  });
});
