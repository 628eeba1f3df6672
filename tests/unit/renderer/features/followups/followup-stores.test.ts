import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPOSER_SAVE_DELAY_MS, useFollowupComposerStore } from '@renderer/features/followups/followup-composer-store';
import { useFollowupDueStore } from '@renderer/features/followups/followup-due-store';
import { useFollowupInterviewStore } from '@renderer/features/followups/followup-interview-store';
import { SETTINGS_SAVE_DELAY_MS, useFollowupSettingsStore } from '@renderer/features/followups/followup-settings-store';
import { deferred, fail, ok, recording } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { dueItem, dueList, followup, overview } from './followup-fixtures';

describe('follow-up due store', () => {
  it('loads the list, splits it by state and counts the badge', async () => {
    const list = dueList([dueItem(), dueItem({ key: 'sent', state: 'sent', sentOn: '2026-03-04' })]);
    const { fake } = recording({ 'followup:due': () => ok(list) });
    const due = withStores(fake.client).run(() => useFollowupDueStore());
    expect(due.badge).toBe(0);
    await due.refresh();
    expect(due.status).toBe('ready');
    expect(due.badge).toBe(1);
    expect(due.itemsIn('sent').map((i) => i.key)).toEqual(['sent']);
  });

  it('keeps the last list when a refresh fails, and ignores an answer overtaken by a newer one', async () => {
    const slow = deferred<ReturnType<typeof ok<ReturnType<typeof dueList>>>>();
    const { fake } = recording({ 'followup:due': () => ok(dueList([dueItem()])) });
    const due = withStores(fake.client).run(() => useFollowupDueStore());
    await due.refresh();
    fake.routes['followup:due'] = () => fail('INTERNAL', 'Disk trouble.');
    await due.refresh();
    expect(due.status).toBe('ready');
    expect(due.badge).toBe(1);
    expect(due.error?.message).toBe('Disk trouble.');

    fake.routes['followup:due'] = () => slow.promise;
    const first = due.refresh();
    fake.routes['followup:due'] = () => ok(dueList([]));
    await due.refresh();
    slow.resolve(ok(dueList([dueItem(), dueItem({ key: 'b' })])));
    await first;
    expect(due.badge).toBe(0);
  });
});

describe('follow-up composer store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(start = followup()) {
    const rec = recording({
      'followup:get': () => ok(start),
      'followup:update': (input) => ok({ ...start, ...(input?.patch as object), versionCount: 2 }),
      'followup:markSent': (input) => ok({ ...start, status: 'sent', sentOn: input?.sentOn ?? '2026-03-04' }),
      'followup:openInMail': () => ok({ url: 'mailto:ann@example.com?subject=Hi', opened: false }),
      'followup:due': () => ok(dueList([])),
      'followup:overview': () => ok(overview([start])),
    });
    const { run } = withStores(rec.fake.client);
    const composer = run(() => useFollowupComposerStore());
    const page = run(() => useFollowupInterviewStore());
    return { ...rec, composer, page };
  }

  it('opens a message with its text, counts words live and flags gaps as the person types', async () => {
    const { composer } = setup();
    await composer.open(7);
    expect(composer.status).toBe('ready');
    expect(composer.unfilled).toEqual(['specific_moment']);
    composer.change('body', 'Dear Ann, thank you for the chat about pricing. Sam');
    expect(composer.unfilled).toEqual([]);
    expect(composer.wordCount).toBe(10);
  });

  it('saves typing after the pause as one patch of the field, and never writes the answer over newer keystrokes', async () => {
    const { composer, of } = setup();
    await composer.open(7);
    composer.change('body', 'First');
    composer.change('body', 'First draft');
    expect(composer.saveStatus).toBe('saving');
    await vi.advanceTimersByTimeAsync(COMPOSER_SAVE_DELAY_MS);
    expect(of('followup:update')).toEqual([{ id: 7, baseRevision: 1, patch: { body: 'First draft' } }]);
    expect(composer.saveStatus).toBe('saved');
    expect(composer.followup?.versionCount).toBe(2);
    expect(composer.body).toBe('First draft');
  });

  it('leaves a cited story out after the last keystrokes are saved, from the revision the text was saved at', async () => {
    const cited = { point: 'IFRS 16', story: 'Lease review', sentence: 'We restated 40 leases.', leftOut: false, inText: true };
    const start = followup({ kind: 'second-chance', storyCitations: [cited] });
    let refuse = false;
    const { fake, of } = recording({
      'followup:get': () => ok(start),
      'followup:update': (input) => ok({ ...start, body: input?.patch.body ?? '', revision: 2 }),
      'followup:leaveOutStory': () =>
        refuse
          ? fail('CONFLICT', 'This message was changed in another window.')
          : ok({
              ...start,
              body: 'Typed. I should have mentioned IFRS 16.',
              storyCitations: [{ ...cited, leftOut: true, inText: false }],
              revision: 3,
            }),
      'followup:due': () => ok(dueList([])),
    });
    const composer = withStores(fake.client).run(() => useFollowupComposerStore());
    await composer.open(7);
    composer.change('body', 'Typed. I should have mentioned IFRS 16. We restated 40 leases.');
    expect(await composer.leaveOutStory('IFRS 16', true)).toBe(true);
    expect(of('followup:update')).toHaveLength(1);
    expect(of('followup:leaveOutStory')).toEqual([{ id: 7, baseRevision: 2, point: 'IFRS 16', leftOut: true }]);
    expect(composer.body).toBe('Typed. I should have mentioned IFRS 16.');
    expect(composer.followup?.storyCitations[0]).toMatchObject({ leftOut: true });

    refuse = true;
    expect(await composer.leaveOutStory('IFRS 16', false)).toBe(false);
    expect(composer.actionError?.message).toBe('This message was changed in another window.');
    expect(composer.body).toBe('Typed. I should have mentioned IFRS 16.');
  });

  it('keeps a refused field with its message beside it', async () => {
    const { composer, fake } = setup();
    await composer.open(7);
    fake.routes['followup:update'] = () =>
      fail('VALIDATION', 'Some values are not valid.', [
        { path: 'patch.recipientEmail', message: 'Enter a valid email address, or leave it empty.' },
      ]);
    composer.change('recipientEmail', 'ann@');
    await vi.advanceTimersByTimeAsync(COMPOSER_SAVE_DELAY_MS);
    expect(composer.saveStatus).toBe('error');
    expect(composer.fieldError('recipientEmail')).toBe('Enter a valid email address, or leave it empty.');
    expect(composer.followup?.recipientEmail).toBe('ann@');
  });

  it('sends the last keystrokes before marking as sent, then refreshes the due list and the page list', async () => {
    const { composer, page, of } = setup();
    await page.load(1);
    await composer.open(7);
    composer.change('body', 'Final words');
    expect(await composer.markSent('2026-03-04')).toBe(true);
    expect(of('followup:update')).toEqual([{ id: 7, baseRevision: 1, patch: { body: 'Final words' } }]);
    expect(of('followup:markSent')).toEqual([{ id: 7, sentOn: '2026-03-04' }]);
    expect(composer.readOnly).toBe(true);
    expect(page.overview?.followups[0].status).toBe('sent');
    expect(of('followup:due')).toHaveLength(1);
  });

  it('opens the returned mailto: link itself where the host could not, and offers copy when it is too long', async () => {
    const { composer, fake } = setup();
    await composer.open(7);
    const assign = vi.fn();
    const original = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: {
        set href(v: string) {
          assign(v);
        },
      },
    });
    try {
      expect(await composer.openInMail(true)).toBe(true);
      expect(assign).toHaveBeenCalledWith('mailto:ann@example.com?subject=Hi');
      expect(composer.note).toEqual({ kind: 'mail-opened' });

      fake.routes['followup:openInMail'] = () => ok({ url: 'https://example.com', opened: false });
      expect(await composer.openInMail(true)).toBe(false);
      expect(assign).toHaveBeenCalledTimes(1);

      fake.routes['followup:openInMail'] = () =>
        fail('VALIDATION', 'Too long for a mail link.', [
          { path: 'body', message: 'Too long for a mail link; copy it instead.' },
        ]);
      expect(await composer.openInMail(true)).toBe(false);
      expect(composer.note).toEqual({ kind: 'too-long', limit: 1900 });
      expect(composer.actionError).toBeNull();
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: original });
    }
  });

  it('copies the saved text to the clipboard and says so; a blocked clipboard is said too', async () => {
    const { composer } = setup();
    await composer.open(7);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    expect(await composer.copy()).toBe(true);
    expect(writeText).toHaveBeenCalledWith(`Subject: ${followup().subject}\n\n${followup().body}`);
    expect(composer.note).toEqual({ kind: 'copied' });
    writeText.mockRejectedValueOnce(new Error('denied'));
    expect(await composer.copy()).toBe(false);
    expect(composer.note).toEqual({ kind: 'copy-failed' });
  });
});

describe('follow-up interview store', () => {
  it('drafts thank-yous, reloads the page and keeps a refusal with its field', async () => {
    const drafted = followup({ id: 8 });
    const { fake, of } = recording({
      'followup:overview': () => ok(overview()),
      'followup:draftThankYous': () => ok([drafted]),
      'followup:due': () => ok(dueList([])),
    });
    const page = withStores(fake.client).run(() => useFollowupInterviewStore());
    await page.load(1);
    fake.routes['followup:overview'] = () => ok(overview([drafted]));
    const first = await page.draftThankYous({ templateId: 'thank-you-warm', interviewers: [0], specificMoment: 'pricing' });
    expect(first?.id).toBe(8);
    expect(of('followup:draftThankYous')).toEqual([
      { interviewId: 1, templateId: 'thank-you-warm', interviewers: [0], specificMoment: 'pricing' },
    ]);
    expect(page.overview?.followups.map((f) => f.id)).toEqual([8]);

    fake.routes['followup:draftChanceToImpress'] = () =>
      fail('VALIDATION', 'Some values are not valid.', [
        { path: 'dueOn', message: 'The due date cannot be before the interview.' },
      ]);
    expect(
      await page.draftChanceToImpress({ form: 'analysis', plan: 'x', dueOn: '2020-01-01', checklist: [], whyFit: '' }),
    ).toBeNull();
    expect(page.fieldError('dueOn')).toBe('The due date cannot be before the interview.');
  });
});

describe('follow-up settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a window choice at once and the name after a pause, each as its own key', async () => {
    const { fake, of } = recording({
      'settings:get': () => ok({ sendWindow: '1-2-days', yourName: '', salutation: 'first-name', revision: 1 }),
      'settings:update': (input) =>
        ok({ sendWindow: 'same-day', yourName: 'Sam', salutation: 'first-name', revision: (input?.baseRevision ?? 1) + 1 }),
    });
    const settings = withStores(fake.client).run(() => useFollowupSettingsStore());
    await settings.load();
    settings.change({ sendWindow: 'same-day' }, { immediate: true });
    settings.change({ yourName: 'S' });
    settings.change({ yourName: 'Sam' });
    await vi.advanceTimersByTimeAsync(SETTINGS_SAVE_DELAY_MS);
    // Each setting sends the revision its own value was loaded at: the name was loaded at 1, and the window's save
    // (which moved the settings to 2) did not change it, so the main process takes it without a conflict.
    expect(of('settings:update')).toEqual([
      { baseRevision: 1, sendWindow: 'same-day' },
      { baseRevision: 1, yourName: 'Sam' },
    ]);
    expect(settings.settings).toEqual({ sendWindow: 'same-day', yourName: 'Sam', salutation: 'first-name', revision: 1 });
  });
});
