import { describe, expect, it } from 'vitest';
import { EDIT_RUN_MS } from '../../../electron/main/followups/followup-text-store';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journaledInterview, testClock } from './helpers';

const open = useCores();

describe('drafting thank-yous', () => {
  it('drafts one per interviewer from the journal, offering the missed key points of the fumbled question as whole sentences', async () => {
    const clock = testClock();
    const { core } = await open({ now: clock.now });
    await call(core, 'settings:update', { yourName: 'Sam Jones' });
    const iv = await journaledInterview(core);
    const drafts = await call(core, 'followup:draftThankYous', {
      interviewId: iv.id,
      specificMoment: 'your move to streaming pipelines',
    });

    expect(drafts.map((d) => [d.kind, d.templateId, d.status, d.recipientName, d.recipientEmail])).toEqual([
      ['thank-you', 'thank-you-formal', 'draft', 'Ann Lee', 'ann.lee@acme.example'],
      ['thank-you', 'thank-you-formal', 'draft', 'Bo Chen', ''],
    ]);
    const [ann, bo] = drafts;
    expect(ann.subject).toBe('Thank you for the Data Engineer interview');
    expect(ann.body).toMatch(
      /^Dear Ann,\n\nThank you for meeting me on Tuesday 3 March to discuss the Data Engineer role at Acme Analytics\./,
    );
    expect(ann.body).toContain('our conversation about your move to streaming pipelines.');
    expect(ann.body).toContain(
      'Looking back, I did not get across everything I meant to. I should have mentioned that I led the Kafka migration that cut latency from hours to minutes. I also meant to mention that I mentor two junior engineers. I add them here because they bear',
    );
    expect(ann.body).not.toContain('I like data');
    expect(ann.body).not.toContain('2 TB');
    expect(ann.body).toMatch(/Kind regards,\nSam Jones$/);
    expect(ann.unfilled).toEqual([]);
    expect(ann.wordCount).toBeGreaterThan(100);
    expect(ann.wordCount).toBeLessThanOrEqual(ann.wordTarget + 25);
    expect(ann.wordTarget).toBe(150);
    expect(ann.versionCount).toBe(1);
    expect(ann.mail).toEqual({ fits: true, length: expect.any(Number), limit: 1900 });
    // No email for Bo: still a draft, and mail opens without a recipient.
    expect(bo.body).toMatch(/^Dear Bo,/);
    expect(bo.mail.fits).toBe(true);

    const overview = await call(core, 'followup:overview', { interviewId: iv.id });
    expect(overview.plan.specificMoment).toBe('your move to streaming pipelines');
    expect(overview.interviewers.map((p) => [p.index, p.name, p.thankYouId])).toEqual([
      [0, 'Ann Lee', ann.id],
      [1, 'Bo Chen', bo.id],
    ]);
    // The question that went okay is not offered: only fumbled questions' key points follow the person's own list.
    expect(overview.missedPoints).toEqual([
      'I led the Kafka migration that cut latency from hours to minutes.',
      'I mentor two junior engineers',
    ]);
  });

  it('flags what the journal does not hold: no interviewers, no specific moment, no name in Settings', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await call(core, 'interview:create', { company: 'Solo Ltd', heldAt: '2026-03-03' });
    const [draft] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, templateId: 'thank-you-warm' });
    expect(draft.recipientName).toBe('');
    expect(draft.unfilled).toEqual(['role', 'interviewer_first_name', 'specific_moment', 'your_name']);
    expect(draft.body).toMatch(/^Hi \{\{interviewer_first_name\}\},/);
    expect(draft.body).not.toMatch(/did not get across/);
    // Nothing missed, nobody named: one draft only; asking again is a conflict, not a second copy.
    const again = await fail(core, 'followup:draftThankYous', { interviewId: iv.id });
    expect(again).toMatchObject({ code: 'CONFLICT', details: [{ path: 'interviewers' }] });
  });

  it('drafts only for interviewers without one, or the chosen one, and refuses a second for the same person', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const [bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [1] });
    expect(bo.recipientName).toBe('Bo Chen');
    expect(await fail(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [1] })).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'interviewers.0' }],
    });
    const rest = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
    expect(rest.map((d) => d.recipientName)).toEqual(['Ann Lee']);
    expect(await fail(core, 'followup:draftThankYous', { interviewId: iv.id })).toMatchObject({ code: 'CONFLICT' });
  });

  it('drafts once for an interviewer chosen twice, and names the position the caller sent when one is wrong', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    expect(await fail(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [1, 7] })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'interviewers.1' }],
      message: 'This interview has 2 interviewers (0 to 1).',
    });
    const drafts = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [1, 1] });
    expect(drafts.map((d) => d.recipientName)).toEqual(['Bo Chen']);
  });

  it('keeps the recipient it was written to when the journal changes its interviewers later', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const [ann] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [0] });
    await call(core, 'interview:update', { id: iv.id, patch: { interviewers: [{ name: 'Cy Diaz' }] } });
    expect(await call(core, 'followup:get', { id: ann.id })).toMatchObject({
      recipientName: 'Ann Lee',
      recipientEmail: 'ann.lee@acme.example',
    });
    const overview = await call(core, 'followup:overview', { interviewId: iv.id });
    expect(overview.interviewers).toEqual([{ index: 0, name: 'Cy Diaz', role: '', email: '', thankYouId: null }]);
  });
});

describe('editing, versions and sending', () => {
  it('keeps every saved text as a version; an autosave run extends its own version; sent stays findable', async () => {
    const clock = testClock();
    const { core } = await open({ now: clock.now });
    const iv = await journaledInterview(core);
    const [ann] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [0] });

    clock.advance(1);
    const e1 = await call(core, 'followup:update', { id: ann.id, patch: { body: 'Dear Ann,\n\nThank you.' } });
    expect(e1).toMatchObject({ body: 'Dear Ann,\n\nThank you.', wordCount: 4, versionCount: 2 });
    clock.advance(1);
    const e2 = await call(core, 'followup:update', { id: ann.id, patch: { body: 'Dear Ann,\n\nThank you so much.' } });
    expect(e2.versionCount).toBe(2); // same editing run
    clock.advance(EDIT_RUN_MS / 60_000);
    const e3 = await call(core, 'followup:update', { id: ann.id, patch: { subject: 'Thank you, Ann' } });
    expect(e3).toMatchObject({ subject: 'Thank you, Ann', body: 'Dear Ann,\n\nThank you so much.', versionCount: 3 });
    const same = await call(core, 'followup:update', { id: ann.id, patch: { subject: 'Thank you, Ann' } });
    expect(same.versionCount).toBe(3); // nothing changed, nothing added

    const warm = await call(core, 'followup:regenerate', { id: ann.id, templateId: 'thank-you-warm' });
    expect(warm).toMatchObject({ templateId: 'thank-you-warm', versionCount: 4 });
    expect(warm.body).toMatch(/^Hi Ann,/);

    const versions = await call(core, 'followup:versions', { id: ann.id });
    expect(versions.map((v) => [v.source, v.subject.slice(0, 14), v.sentOn])).toEqual([
      ['generated', 'Thanks for the', null],
      ['edited', 'Thank you, Ann', null],
      ['edited', 'Thank you for ', null],
      ['generated', 'Thank you for ', null],
    ]);
    expect(versions[2].body).toBe('Dear Ann,\n\nThank you so much.');

    const restored = await call(core, 'followup:restoreVersion', { id: ann.id, versionId: versions[1].id });
    expect(restored).toMatchObject({ subject: 'Thank you, Ann', body: 'Dear Ann,\n\nThank you so much.', versionCount: 5 });

    clock.set('2026-03-04T11:00');
    const sent = await call(core, 'followup:markSent', { id: ann.id });
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-03-04' });
    const history = await call(core, 'followup:versions', { id: ann.id });
    expect(history[0]).toMatchObject({
      id: sent.sentVersionId,
      source: 'restored',
      sentOn: '2026-03-04',
      body: 'Dear Ann,\n\nThank you so much.',
    });
    expect(history.filter((v) => v.sentOn)).toHaveLength(1);

    // What was sent stays as it was sent.
    expect(await fail(core, 'followup:update', { id: ann.id, patch: { body: 'changed' } })).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'patch.body' }],
    });
    expect(await fail(core, 'followup:regenerate', { id: ann.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await fail(core, 'followup:remove', { id: ann.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await fail(core, 'followup:markSent', { id: ann.id })).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'sentOn' }],
    });
  });

  it('marks sent with a date and time, undoes it back to draft, and deletes a draft', async () => {
    const clock = testClock('2026-03-05T18:00');
    const { core } = await open({ now: clock.now });
    const iv = await journaledInterview(core);
    const [ann, bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id });
    expect(await call(core, 'followup:markSent', { id: ann.id, sentOn: '2026-03-04T08:15' })).toMatchObject({
      status: 'sent',
      sentOn: '2026-03-04T08:15',
    });
    const undone = await call(core, 'followup:setStatus', { id: ann.id, status: 'draft' });
    expect(undone).toMatchObject({ status: 'draft', sentOn: null, sentVersionId: null });
    expect((await call(core, 'followup:versions', { id: ann.id })).every((v) => v.sentOn === null)).toBe(true);
    expect(await fail(core, 'followup:setStatus', { id: ann.id, status: 'accepted' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'status' }],
    });
    expect(await fail(core, 'followup:setStatus', { id: ann.id, status: 'sent' })).toMatchObject({
      code: 'CONFLICT',
      message: /Mark it as sent/,
    });

    expect(await call(core, 'followup:remove', { id: bo.id })).toEqual({ ok: true });
    expect(await fail(core, 'followup:get', { id: bo.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(core.database.db.prepare('SELECT count(*) FROM followup_versions WHERE followup_id = ?').pluck().get(bo.id)).toBe(0);
  });

  it('lists the shipped templates with their placeholders and word targets', async () => {
    const { core } = await open();
    const templates = await call(core, 'followup:templates', {});
    expect(templates.map((t) => [t.id, t.kind, t.wordTarget])).toEqual([
      ['thank-you-formal', 'thank-you', 150],
      ['thank-you-warm', 'thank-you', 150],
      ['check-in', 'check-in', 90],
      ['second-chance', 'second-chance', 180],
      ['chance-to-impress', 'chance-to-impress', 200],
    ]);
    expect(templates[0].placeholders).toEqual(
      expect.arrayContaining(['greeting_name', 'company', 'missed_point_1', 'your_name']),
    );
  });

  it('keeps follow-ups with the interview in the trash (read-only) and removes them with it for good', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const [ann] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [0] });
    await call(core, 'interview:trash', { id: iv.id });
    expect((await call(core, 'followup:get', { id: ann.id })).id).toBe(ann.id);
    expect(await call(core, 'followup:overview', { interviewId: iv.id })).toMatchObject({
      interview: { trashed: true },
      due: [],
    });
    expect(await fail(core, 'followup:update', { id: ann.id, patch: { body: 'x' } })).toMatchObject({
      code: 'CONFLICT',
      message: /trash/,
    });
    expect(await fail(core, 'followup:draftThankYous', { interviewId: iv.id })).toMatchObject({
      code: 'CONFLICT',
      message: /trash/,
    });
    await call(core, 'interview:emptyTrash', { confirm: true });
    expect(await fail(core, 'followup:get', { id: ann.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(core.database.db.prepare('SELECT count(*) FROM followup_versions').pluck().get()).toBe(0);
  });
});
