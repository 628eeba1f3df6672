import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { journaledInterview, testClock } from './helpers';

const open = useCores();

/** The formal thank-you to the interview's first interviewer. */
async function formalToFirst(core: Core, interviewId: number) {
  const [draft] = await call(core, 'followup:draftThankYous', { interviewId, templateId: 'thank-you-formal', interviewers: [0] });
  return draft;
}

const FIVE = [
  'I led the Kafka migration at Contoso, which cut latency from 2 h to 5 min',
  'I mentor two junior engineers',
  'the migration moved 2 million customers with zero downtime',
  'invoice errors fell by 30%',
  'I hold the AWS data certification',
];

describe('drafts keep the facts that matter', () => {
  it('a second-chance request carries every ticked point, the concrete ones included', async () => {
    const { core } = await open({ now: testClock('2026-03-04T09:00').now });
    const iv = await journaledInterview(core);
    const request = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, missedPoints: FIVE });
    expect(request.missedPoints).toEqual(FIVE);
    expect(request.body).toContain(
      [
        'Some of what matters most did not come across. I should have mentioned:',
        '',
        '- that I led the Kafka migration at Contoso, which cut latency from 2 h to 5 min',
        '- that I mentor two junior engineers',
        '- the migration moved 2 million customers with zero downtime',
        '- invoice errors fell by 30%',
        '- that I hold the AWS data certification',
      ].join('\n'),
    );
  });

  it('a thank-you agrees with its points ("it bears", "they bear")', async () => {
    const { core } = await open({ now: testClock('2026-03-04T09:00').now });
    const iv = await journaledInterview(core);
    const two = await formalToFirst(core, iv.id);
    expect(two.body).toContain(
      'I also meant to mention that I mentor two junior engineers. I add them here because they bear directly on the work we discussed.',
    );
    expect(two.body).not.toContain('it bears');
    const warm = await call(core, 'followup:regenerate', { id: two.id, templateId: 'thank-you-warm' });
    expect(warm.body).toContain('They felt worth a line, as they are close to what the role needs.');

    const other = await call(core, 'interview:create', {
      company: 'Globex',
      role: 'Data Engineer',
      heldAt: '2026-03-03T10:00',
      interviewers: [{ name: 'Ann Lee', role: 'Head of Data', email: '' }],
    });
    const q = await call(core, 'interview-question:add', { interviewId: other.id, text: 'Tell me about your team.' });
    await call(core, 'interview-question:update', {
      id: q.id,
      howItWent: 'fumbled',
      keyPoints: [{ text: 'I mentor two junior engineers', missed: true }],
    });
    const one = await formalToFirst(core, other.id);
    expect(one.body).toContain(
      'I should have mentioned that I mentor two junior engineers. I add it here because it bears directly on the work we discussed.',
    );
  });

  it('greets by first name, or by title and surname as chosen in Settings', async () => {
    const { core } = await open({ now: testClock('2026-03-04T09:00').now });
    const iv = await journaledInterview(core, {
      interviewers: [{ name: 'Dr. Priya Shah', role: 'CTO', email: '' }],
    });
    const [first] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, templateId: 'thank-you-formal' });
    expect(first.body).toMatch(/^Dear Priya,\n/);
    expect((await call(core, 'settings:get', {})).salutation).toBe('first-name');
    await call(core, 'settings:update', { salutation: 'title-surname' });
    const formal = await call(core, 'followup:regenerate', { id: first.id });
    expect(formal.body).toMatch(/^Dear Dr\. Shah,\n/);
  });

  it('a request says why the person fits from the strong answers, or marks it as a gap', async () => {
    const { core } = await open({ now: testClock('2026-03-04T09:00').now });
    const iv = await journaledInterview(core);
    await call(core, 'reflection:save', { interviewId: iv.id, area: 'closing', wentWell: 'A clear close', rating: 5 });
    const gap = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, missedPoints: [] });
    expect(gap.body).toContain('Why I believe I am a good fit: {{why_fit}}.');
    expect(gap.body).not.toContain('what went well in our conversation');
    expect(gap.unfilled).toContain('why_fit');

    const strong = await call(core, 'interview-question:add', { interviewId: iv.id, text: 'How would you scale the pipeline?' });
    await call(core, 'interview-question:update', { id: strong.id, howItWent: 'strong' });
    const filled = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, missedPoints: [] });
    expect(filled.body).toContain(
      'Why I believe I am a good fit: my answer to “How would you scale the pipeline?” is a fair picture of what I would bring to Acme Analytics in the Data Engineer role.',
    );
  });

  it('setting "Your name" after drafting signs the drafts, but not one whose signature the person typed over', async () => {
    const clock = testClock('2026-03-04T09:00');
    const { core } = await open({ now: clock.now });
    const iv = await journaledInterview(core);
    const [ann, bo] = await call(core, 'followup:draftThankYous', { interviewId: iv.id, templateId: 'thank-you-formal' });
    expect(ann.unfilled).toContain('your_name');
    const typed = bo.body.replace('{{your_name}}', 'Sam (Samantha) Jones');
    await call(core, 'followup:update', { id: bo.id, patch: { body: typed } });
    clock.advance(1);
    await call(core, 'settings:update', { yourName: 'Sam Jones' });
    const signed = await call(core, 'followup:get', { id: ann.id });
    expect(signed.body).toMatch(/Kind regards,\nSam Jones$/);
    expect(signed.unfilled).not.toContain('your_name');
    expect((await call(core, 'followup:get', { id: bo.id })).body).toBe(typed);
  });
});

describe('the panel of ticked points', () => {
  it('names a ticked point the text no longer carries, and none while all are in', async () => {
    const { core } = await open({ now: testClock('2026-03-04T09:00').now });
    const iv = await journaledInterview(core);
    const request = await call(core, 'followup:draftSecondChance', { interviewId: iv.id, missedPoints: FIVE });
    expect(request.pointsNotInText).toEqual([]);
    const cut = request.body.replace('- invoice errors fell by 30%\n', '');
    const edited = await call(core, 'followup:update', { id: request.id, patch: { body: cut } });
    expect(edited.pointsNotInText).toEqual(['invoice errors fell by 30%']);
  });
});
