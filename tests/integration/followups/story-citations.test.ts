import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { ask } from '../support/writes';
import { snapshot, testClock } from './helpers';

const open = useCores();

const KAFKA = 'I led the Kafka migration that cut latency from hours to minutes.';
const SENTENCE =
  'At Northwind Retail, during the 2024 peak season, I moved the nightly batch jobs onto Kafka streams and order data reached the warehouse in 4 minutes instead of 6 hours.';

/** An interview with a fumbled question, a story linked to that question and another story matched by its words. */
async function interviewWithStories(core: Parameters<typeof call>[0]) {
  const interview = await call(core, 'interview:create', {
    company: 'Acme Analytics',
    role: 'Data Engineer',
    heldAt: '2026-03-03T10:00',
    interviewers: [{ name: 'Ann Lee', role: 'Head of Data', email: 'ann.lee@acme.example' }],
  });
  const asked = await ask(core, interview.id, 'Tell me about a pipeline you built.', {
    howItWent: 'fumbled',
    keyPoints: [
      { text: KAFKA, missed: true },
      { text: 'I mentor two junior engineers', missed: true },
    ],
  });
  const linked = await call(core, 'story:create', {
    fields: {
      title: 'Batch to streaming at Northwind',
      situation: 'At Northwind Retail, during the 2024 peak season. Orders reached the warehouse a day late.',
      task: 'Get order data to the warehouse within the hour.',
      action: 'I moved the nightly batch jobs onto Kafka streams.',
      result: 'Order data reached the warehouse in 4 minutes instead of 6 hours.',
      tags: ['data'],
    },
  });
  await call(core, 'story:link', { storyId: linked.id, questionId: asked.questionId });
  const mentoring = await call(core, 'story:create', {
    fields: {
      title: 'Two juniors, two promotions',
      situation: 'Our team hired two junior engineers in 2023',
      task: 'Bring them up to speed',
      action: 'Weekly pairing and code review',
      result: 'Both juniors were promoted within 18 months',
      tags: ['leadership'],
    },
  });
  return { interview, linked, mentoring };
}

describe('drafts cite the best story for a missed point', () => {
  it('a second-chance request tells the linked story’s result with its numbers, and the person can leave it out and put it back', async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core, db } = await open({ now: clock.now });
    const { interview } = await interviewWithStories(core);

    const request = await call(core, 'followup:draftSecondChance', { interviewId: interview.id });
    expect(request.body).toContain(`I should have mentioned that ${KAFKA.replace(/\.$/, '')}. ${SENTENCE}`);
    expect(request.body).toContain(
      'I also meant to mention that I mentor two junior engineers. Both juniors were promoted within 18 months.',
    );
    expect(request.storyCitations).toEqual([
      { point: KAFKA, story: 'Batch to streaming at Northwind', sentence: SENTENCE, leftOut: false, inText: true },
      {
        point: 'I mentor two junior engineers',
        story: 'Two juniors, two promotions',
        sentence: 'Both juniors were promoted within 18 months.',
        leftOut: false,
        inText: true,
      },
    ]);

    // The person edits the text, then leaves the first story out: only its sentence goes, their words stay.
    const edited = await call(core, 'followup:update', {
      id: request.id,
      patch: { body: request.body.replace('Dear Ann,', 'Dear Ann Lee,') },
    });
    const without = await call(core, 'followup:leaveOutStory', { id: request.id, point: KAFKA, leftOut: true });
    expect(without.body).not.toContain('4 minutes instead of 6 hours');
    expect(without.body).toContain('Dear Ann Lee,');
    expect(without.body).toContain(`I should have mentioned that ${KAFKA.replace(/\.$/, '')}. I also meant to mention`);
    expect(without.storyCitations[0]).toMatchObject({ story: 'Batch to streaming at Northwind', leftOut: true, inText: false });
    expect(without.versionCount).toBe(edited.versionCount + 1);

    // Written again, the left-out story stays out; put back, it is in the text again.
    const again = await call(core, 'followup:regenerate', { id: request.id });
    expect(again.body).not.toContain('4 minutes instead of 6 hours');
    expect(again.storyCitations[0]).toMatchObject({ leftOut: true });
    const back = await call(core, 'followup:leaveOutStory', { id: request.id, point: KAFKA, leftOut: false });
    expect(back.body).toContain(SENTENCE);
    expect(back.storyCitations[0]).toMatchObject({ leftOut: false, inText: true });

    // From an older copy of the text, or for a point with no story: refused, nothing written.
    const before = snapshot(db);
    expect(
      await fail(core, 'followup:leaveOutStory', { id: request.id, baseRevision: request.revision, point: KAFKA, leftOut: true }),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await fail(core, 'followup:leaveOutStory', { id: request.id, point: 'Something never cited', leftOut: true }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This draft cites no story for that point. Write the draft again to cite one.',
    });
    expect(await fail(core, 'followup:leaveOutStory', { id: request.id, point: '', leftOut: true })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('a chance-to-impress proposal cites the stories behind the points it adds; a thank-you cites none', async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core } = await open({ now: clock.now });
    const { interview } = await interviewWithStories(core);
    const offer = await call(core, 'followup:draftChanceToImpress', {
      interviewId: interview.id,
      form: 'analysis',
      plan: 'A two-page analysis of where your pipeline loses time.',
      dueOn: '2026-03-12',
    });
    expect(offer.body).toContain(
      `It builds on what I did not get across in the interview. I should have mentioned that ${KAFKA.replace(/\.$/, '')}. ${SENTENCE}`,
    );
    expect(offer.storyCitations.map((c) => c.story)).toEqual(['Batch to streaming at Northwind', 'Two juniors, two promotions']);

    const [thanks] = await call(core, 'followup:draftThankYous', { interviewId: interview.id });
    expect(thanks.storyCitations).toEqual([]);
    expect(thanks.body).not.toContain('4 minutes');
  });

  it('without a story for its points, a request reads as before and lists no citation', async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core } = await open({ now: clock.now });
    const interview = await call(core, 'interview:create', { company: 'Acme', role: 'Analyst', heldAt: '2026-03-03T10:00' });
    const request = await call(core, 'followup:draftSecondChance', {
      interviewId: interview.id,
      missedPoints: ['my IFRS 16 experience'],
    });
    expect(request.storyCitations).toEqual([]);
    expect(request.body).toContain(
      'Some of what matters most did not come across. I should have mentioned my IFRS 16 experience.\n',
    );
  });

  it('keeps the citations and the left-out choice through export, delete all and import; an older file has none', async () => {
    const clock = testClock('2026-03-05T09:00');
    const { core } = await open({ now: clock.now });
    const { interview } = await interviewWithStories(core);
    const request = await call(core, 'followup:draftSecondChance', { interviewId: interview.id });
    await call(core, 'followup:leaveOutStory', { id: request.id, point: KAFKA, leftOut: true });
    const { content } = await call(core, 'data:exportJson', {});
    await call(core, 'data:deleteAll', { confirm: 'DELETE' });
    await call(core, 'data:import', { content });
    const [back] = (await call(core, 'followup:overview', { interviewId: interview.id })).followups;
    expect(back.storyCitations.map((c) => [c.story, c.leftOut])).toEqual([
      ['Batch to streaming at Northwind', true],
      ['Two juniors, two promotions', false],
    ]);

    // A file from before citations (schema 13 had no story_citations column) imports with none.
    const file = JSON.parse(content) as { schemaVersion: number; data: Record<string, Record<string, unknown>[]> };
    for (const row of file.data.followups) delete row.story_citations;
    const target = await open({ now: clock.now });
    await call(target.core, 'data:import', { content: JSON.stringify(file) });
    const [old] = (await call(target.core, 'followup:overview', { interviewId: interview.id })).followups;
    expect(old.storyCitations).toEqual([]);
    expect(old.body).toBe(back.body);
  });
});
