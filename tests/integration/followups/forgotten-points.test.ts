import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { ask } from '../support/writes';
import { testClock } from './helpers';

const open = useCores();
const FORGOT = 'Forgot to mention my IFRS 16 lease accounting experience';

/** The interview of the issue: the IFRS 16 point forgotten in the notes and under Quality of answers, and a fumbled question. */
async function journal(core: Core) {
  await call(core, 'settings:update', { yourName: 'Sam Jones' });
  const iv = await call(core, 'interview:create', {
    company: 'Northwind',
    role: 'Financial Controller',
    heldAt: '2026-03-03T10:00',
    interviewers: [{ name: 'Ann Lee', email: 'ann@northwind.example' }],
    notes: `${FORGOT}.`,
  });
  await call(core, 'reflection:save', { interviewId: iv.id, area: 'answers', rating: 2, wentBadly: `${FORGOT}.` });
  await call(core, 'reflection:save', { interviewId: iv.id, area: 'closing', wentWell: 'A clear close' });
  await ask(core, iv.id, 'Tell me about a time you disagreed with a colleague.', {
    howItWent: 'fumbled',
    keyPoints: [
      { text: 'the month-end close dispute', missed: true },
      { text: 'how I listened first', missed: true },
    ],
  });
  await ask(core, iv.id, 'Walk me through your month-end close.', { howItWent: 'strong' });
  return iv;
}

describe('follow-ups use what the person says they forgot', () => {
  it('a thank-you offers the accepted point first, as a sentence, then a fumbled key point', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journal(core);
    const before = await call(core, 'followup:overview', { interviewId: iv.id });
    // Not accepted yet: only the fumbled question's key points are offered.
    expect(before.missedPoints).toEqual(['the month-end close dispute', 'how I listened first']);

    await call(core, 'missed-point:accept', { interviewId: iv.id, key: 'my ifrs 16 lease accounting experience' });
    const overview = await call(core, 'followup:overview', { interviewId: iv.id });
    expect(overview.missedPoints).toEqual([
      'my IFRS 16 lease accounting experience',
      'the month-end close dispute',
      'how I listened first',
    ]);

    const [draft] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, specificMoment: 'the audit timetable' });
    expect(draft.body).toContain(
      'Looking back, I did not get across everything I meant to. I should have mentioned my IFRS 16 lease accounting experience. I also meant to mention the month-end close dispute. I add them here because they bear directly on the work we discussed.',
    );
    expect(draft.body).not.toContain('how I listened first');
    expect(draft.unfilled).toEqual([]);
  });

  it('a second-chance request fills what it would do differently and why the person fits from the journal', async () => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    const iv = await journal(core);
    await call(core, 'missed-point:add', { interviewId: iv.id, text: 'I cut the close from eight days to five' });
    const overview = await call(core, 'followup:overview', { interviewId: iv.id });
    expect(overview.fromJournal).toEqual({
      doDifferently:
        'I would answer “Tell me about a time you disagreed with a colleague” with one clear, concrete example, and keep my answers shorter and build each one around a concrete example',
      whyFit:
        'my answer to “Walk me through your month-end close” is a fair picture of what I would bring to Northwind in the Financial Controller role',
    });
    const request = await call(core, 'followup:draftSecondChance', { interviewId: iv.id });
    expect(request.unfilled).toEqual([]);
    expect(request.missedPoints).toEqual(['I cut the close from eight days to five', 'the month-end close dispute']);
    expect(request).toMatchObject(overview.fromJournal);
    expect(request.body).toContain(
      'I should have mentioned that I cut the close from eight days to five. I also meant to mention the month-end close dispute.',
    );
    expect(request.body).toContain(`here is what I would do differently: ${overview.fromJournal.doDifferently}.`);
    expect(request.body).toContain(`Why I believe I am a good fit: ${overview.fromJournal.whyFit}.`);
    // The person's own words win over the journal's.
    const own = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, whyFit: 'I have run this close twice' });
    expect(own.body).toContain('Why I believe I am a good fit: I have run this close twice.');
    expect(own.doDifferently).toBe(overview.fromJournal.doDifferently);
  });

  it('a chance to impress says why the person fits from the journal, and flags only what is left', async () => {
    const { core } = await open({ now: testClock('2026-03-05T09:00').now });
    const iv = await journal(core);
    const proposal = await call(core, 'followup:draftChanceToImpress', {
      interviewId: iv.id,
      form: 'analysis',
      plan: 'A two-page analysis of how your close could lose three days.',
      dueOn: '2026-03-12',
    });
    expect(proposal.unfilled).toEqual([]);
    expect(proposal.body).toContain('My plan is to prepare a two-page analysis of how your close could lose three days.');
    expect(proposal.body).toContain('Why I believe I am a good fit: my answer to “Walk me through your month-end close”');

    // An interview the journal says little about: what only the person can say stays flagged.
    await call(core, 'settings:update', { yourName: '' });
    const bare = await call(core, 'interview:create', { company: 'Contoso', heldAt: '2026-03-03T10:00' });
    const request = await call(core, 'followup:draftSecondChance', { interviewId: bare.id });
    expect(request.unfilled).toEqual(['role', 'greeting_name', 'do_differently', 'why_fit', 'your_name']);
  });
});
