import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journaledInterview, testClock } from './helpers';

const open = useCores();

describe('second-chance requests', () => {
  it("makes the case from the person's fields and the journal's missed points, and tracks the employer's answer", async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core } = await open({ now: clock.now });
    await call(core, 'settings:update', { yourName: 'Sam Jones' });
    const iv = await journaledInterview(core);
    const request = await call(core, 'followup:draftSecondChance', {
      interviewId: iv.id,
      doDifferently: 'Lead with concrete numbers, then the story.',
      whyFit: 'I have built the streaming pipelines your team is moving to.',
    });
    expect(request).toMatchObject({
      kind: 'second-chance',
      templateId: 'second-chance',
      status: 'draft',
      recipientName: 'Ann Lee',
      recipientEmail: 'ann.lee@acme.example',
      missedPoints: ['I led the Kafka migration that cut latency from hours to minutes.', 'I mentor two junior engineers'],
      wordTarget: 180,
      unfilled: [],
    });
    expect(request.subject).toBe('A second conversation about the Data Engineer role?');
    expect(request.body).toContain(
      'Some of what matters most did not come across. I should have mentioned that I led the Kafka migration that cut latency from hours to minutes. I also meant to mention that I mentor two junior engineers.',
    );
    expect(request.body).toContain('here is what I would do differently: Lead with concrete numbers, then the story.');
    expect(request.body).toContain('Why I believe I am a good fit: I have built the streaming pipelines your team is moving to.');
    expect(request.wordCount).toBeLessThanOrEqual(request.wordTarget);

    // The person rewords the points, then has the text written again from them.
    const edited = await call(core, 'followup:update', {
      id: request.id,
      patch: { missedPoints: ['My Kafka work cut latency to minutes'] },
    });
    expect(edited.body).toBe(request.body);
    const again = await call(core, 'followup:regenerate', { id: request.id });
    expect(again.body).toContain('did not come across. I should have mentioned my Kafka work cut latency to minutes.\n');
    expect(again.versionCount).toBe(2);

    expect(await fail(core, 'followup:setStatus', { id: request.id, status: 'accepted' })).toMatchObject({
      code: 'CONFLICT',
      message: /Mark it as sent first/,
    });
    await call(core, 'followup:markSent', { id: request.id, sentOn: '2026-03-05T08:30' });
    for (const status of ['no-reply', 'accepted', 'declined', 'sent'] as const) {
      expect(await call(core, 'followup:setStatus', { id: request.id, status })).toMatchObject({
        status,
        sentOn: '2026-03-05T08:30',
      });
    }
    await call(core, 'followup:setStatus', { id: request.id, status: 'declined' });
    const list = await call(core, 'followup:due', {});
    expect(list.items.find((i) => i.followupId === request.id)).toMatchObject({
      kind: 'second-chance',
      state: 'sent',
      status: 'declined',
    });
    const overview = await call(core, 'followup:overview', { interviewId: iv.id });
    expect(overview.followups.map((f) => [f.kind, f.status])).toEqual([['second-chance', 'declined']]);
  });

  it('a request drafted without the fields fills what the journal can and flags the rest; it comes after the thank-you', async () => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    const iv = await journaledInterview(core);
    const request = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, interviewerIndex: 1, missedPoints: [] });
    expect(request.recipientName).toBe('Bo Chen');
    // The fumbled question that missed two key points is a gap, so the journal says what to do differently; nothing
    // went well in it, so why the person fits is theirs to say.
    expect(request.unfilled).toEqual(['why_fit', 'your_name']);
    expect(request.doDifferently).toBe('I would answer “Tell me about a pipeline you built” with one clear, concrete example');
    expect(request.body).toContain(
      'here is what I would do differently: I would answer “Tell me about a pipeline you built” with one clear, concrete example.',
    );
    expect(request.body).not.toContain('did not get across');
    const item = (await call(core, 'followup:due', {})).items.find((i) => i.followupId === request.id);
    // No thank-you has gone out yet: the request waits for the thank-you's 1-2 day window to close (the steps' order).
    expect(item).toMatchObject({
      state: 'upcoming',
      opensAt: '2026-03-06T00:00',
      closesAt: null,
      title: 'Second-chance request to Bo Chen at Acme Analytics',
    });
  });
});

describe('chance-to-impress proposals', () => {
  it('drafts a proposal with a form, a plan, a due date and a checklist, and tracks the checklist', async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core } = await open({ now: clock.now });
    const iv = await journaledInterview(core);
    await call(core, 'followup:updatePlan', { interviewId: iv.id, patch: { thankYouSkipped: true } });
    const proposal = await call(core, 'followup:draftChanceToImpress', {
      interviewId: iv.id,
      form: 'analysis',
      plan: 'a two-page analysis of where your nightly pipeline loses time, with three fixes',
      dueOn: '2026-03-12',
      checklist: ['Read their engineering blog', 'Sketch the pipeline', 'Write it up'],
      whyFit: 'it is the work I did at my last job',
    });
    expect(proposal).toMatchObject({ kind: 'chance-to-impress', form: 'analysis', dueOn: '2026-03-12', status: 'draft' });
    expect(proposal.body).toContain(
      'My plan is to prepare a two-page analysis of where your nightly pipeline loses time, with three fixes. I can send it to you by Thursday 12 March.',
    );
    expect(proposal.body).not.toMatch(/analysis: a two-page analysis/i);
    expect(proposal.body).toContain('Why I believe I am a good fit: it is the work I did at my last job.');
    expect(proposal.checklist.map((c) => [c.text, c.done])).toEqual([
      ['Read their engineering blog', false],
      ['Sketch the pipeline', false],
      ['Write it up', false],
    ]);

    const [read, sketch, write] = proposal.checklist;
    const ticked = await call(core, 'followup-checklist:update', { id: read.id, done: true });
    expect(ticked.checklist[0]).toMatchObject({ done: true, doneAt: clock.now().toISOString() });
    clock.advance(30);
    const again = await call(core, 'followup-checklist:update', { id: read.id, done: true });
    expect(again.checklist[0].doneAt).toBe(ticked.checklist[0].doneAt); // ticking twice keeps the first time
    await call(core, 'followup-checklist:update', { id: sketch.id, text: 'Sketch their pipeline from the talk', done: true });
    await call(core, 'followup-checklist:update', { id: sketch.id, done: false });
    const added = await call(core, 'followup-checklist:add', { followupId: proposal.id, text: 'Ask Sam to proofread' });
    const removed = await call(core, 'followup-checklist:remove', { id: write.id });
    expect(removed.checklist.map((c) => [c.text, c.done])).toEqual([
      ['Read their engineering blog', true],
      ['Sketch their pipeline from the talk', false],
      ['Ask Sam to proofread', false],
    ]);
    expect(added.checklist).toHaveLength(4);

    let item = (await call(core, 'followup:due', {})).items.find((i) => i.followupId === proposal.id);
    expect(item).toMatchObject({
      state: 'upcoming',
      opensAt: '2026-03-10T00:00',
      lastDay: '2026-03-12',
      checklist: { done: 1, total: 3 },
      title: 'Analysis for Acme Analytics',
    });
    clock.set('2026-03-13T09:00');
    item = (await call(core, 'followup:due', {})).items.find((i) => i.followupId === proposal.id);
    expect(item?.state).toBe('overdue');

    // After sending, the text is fixed but the date and the checklist still move with the work.
    await call(core, 'followup:markSent', { id: proposal.id, sentOn: '2026-03-12' });
    expect(await call(core, 'followup:update', { id: proposal.id, patch: { dueOn: '2026-03-19' } })).toMatchObject({
      dueOn: '2026-03-19',
      status: 'sent',
    });
    expect(await fail(core, 'followup:update', { id: proposal.id, patch: { plan: 'something else' } })).toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'patch.plan' }],
    });
    const done = await call(core, 'followup-checklist:update', { id: sketch.id, done: true });
    expect(done.checklist.filter((c) => c.done)).toHaveLength(2);
    expect(await call(core, 'followup:setStatus', { id: proposal.id, status: 'accepted' })).toMatchObject({ status: 'accepted' });
  });

  it('refuses a due date before the interview, a checklist on another kind, and fields of another kind', async () => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    const iv = await journaledInterview(core);
    const early = await fail(core, 'followup:draftChanceToImpress', {
      interviewId: iv.id,
      form: 'research',
      plan: 'p',
      dueOn: '2026-03-02',
    });
    expect(early).toMatchObject({ code: 'VALIDATION', details: [{ path: 'dueOn' }], message: /cannot be before the interview/ });
    // The day of the interview itself is fine (a date alone compares by day).
    await call(core, 'followup:draftChanceToImpress', { interviewId: iv.id, form: 'research', plan: 'p', dueOn: '2026-03-03' });

    const [thanks] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, interviewers: [0] });
    expect(await fail(core, 'followup-checklist:add', { followupId: thanks.id, text: 'x' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'followupId' }],
    });
    expect(await fail(core, 'followup:update', { id: thanks.id, patch: { dueOn: '2026-03-10' } })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'patch.dueOn' }],
    });
    expect(await fail(core, 'followup:update', { id: thanks.id, patch: { whyFit: 'x' } })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'patch.whyFit' }],
    });
    expect(await fail(core, 'followup:regenerate', { id: thanks.id, templateId: 'second-chance' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'templateId' }],
    });
  });
});
