import { describe, expect, it } from 'vitest';
import { AREA_ACTIONS } from '../../../electron/main/plan/plan-suggestions';
import { useCores } from '../support/cores';
import { call, fail } from '../support/routes';
import { journal, practise } from '../support/writes';

describe('the plan on an empty journal', () => {
  const open = useCores();

  it('has every part, empty, and offers nothing', async () => {
    const { core } = await open();
    const plan = await call(core, 'plan:get', {});
    expect(plan).toMatchObject({
      today: '2026-03-10',
      range: { from: null, to: null },
      interviewsInRange: 0,
      weakestAreas: [],
      fumbledQuestions: [],
      fumbledTotal: 0,
      schedule: { dueToday: 0, overdue: 0, newFromJournal: 0, next7Days: 0 },
      followups: { available: true, followUps: [], secondChances: [] },
      suggestions: [],
      dismissedSuggestions: 0,
      items: [],
      note: { body: '', updatedAt: null },
    });
    expect(plan.schedule.forecast).toHaveLength(14);
  });
});

describe('the plan on one interview', () => {
  const open = useCores();

  it('shows the weakest areas with evidence, the fumbled question with its key points, and suggestions', async () => {
    const { core } = await open();
    const acme = await journal(core, {
      company: 'Acme',
      heldAt: '2026-03-01T09:30',
      ratings: { 'first-impressions': 4, confidence: 2, closing: 1, answers: 3 },
      wentBadly: { closing: 'I trailed off\nand forgot to say why I want the job.' },
      questions: [
        {
          text: 'Tell me about a time you failed',
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Own the mistake' }, { text: 'What changed after', missed: false }],
        },
        { text: 'Why this role?', category: 'motivational', howItWent: 'strong' },
      ],
    });
    const plan = await call(core, 'plan:get', {});
    expect(plan.interviewsInRange).toBe(1);
    expect(plan.weakestAreas.map((a) => [a.area, a.average, a.count])).toEqual([
      ['closing', 1, 1],
      ['confidence', 2, 1],
      ['answers', 3, 1],
    ]);
    expect(plan.weakestAreas[0].lowest).toEqual([
      {
        interviewId: acme.id,
        company: 'Acme',
        heldAt: '2026-03-01T09:30',
        rating: 1,
        excerpt: 'I trailed off and forgot to say why I want the job.',
      },
    ]);
    expect(plan.fumbledQuestions).toEqual([
      {
        questionId: acme.asked[0].questionId,
        text: 'Tell me about a time you failed',
        category: 'behavioural',
        categoryLabel: 'Behavioural',
        timesFumbled: 1,
        lastFumbled: { interviewId: acme.id, company: 'Acme', heldAt: '2026-03-01T09:30' },
        keyPoints: [
          { text: 'Own the mistake', missed: true, coveredInPractice: false },
          { text: 'What changed after', missed: false, coveredInPractice: false },
        ],
        latestGrade: null,
        latestPractisedAt: null,
        attempts: 0,
        nextDue: null,
        dueState: 'new',
      },
    ]);
    expect(plan.schedule).toMatchObject({ dueToday: 0, newFromJournal: 1 });
    expect(plan.suggestions.map((s) => s.key)).toEqual([
      'area:closing',
      'area:confidence',
      'area:answers',
      `question:${acme.asked[0].questionId}`,
      'practice:daily',
    ]);
  });
});

describe('the plan on many interviews', () => {
  const open = useCores();

  it('averages areas, puts the questions most in need first, and follows practice', async () => {
    const t = await open();
    const failed = 'Tell me about a time you failed';
    const conflict = 'Describe a conflict at work';
    const a = await journal(t.core, {
      company: 'A',
      heldAt: '2026-01-10',
      ratings: { closing: 2, confidence: 4 },
      questions: [
        { text: failed, howItWent: 'fumbled', keyPoints: [{ text: 'Old point' }] },
        { text: conflict, howItWent: 'fumbled' },
      ],
    });
    await journal(t.core, {
      company: 'B',
      heldAt: '2026-02-10',
      ratings: { closing: 3, confidence: 5 },
      wentBadly: { closing: '' },
      questions: [{ text: failed, howItWent: 'fumbled', keyPoints: [{ text: 'Own the mistake' }, { text: 'old point' }] }],
    });
    await journal(t.core, {
      company: 'C',
      heldAt: '2026-03-01',
      ratings: { closing: 2 },
      questions: [{ text: 'Where do you see yourself?', howItWent: 'fumbled' }],
    });
    const failedId = a.asked[0].questionId;
    const conflictId = a.asked[1].questionId;

    let plan = await call(t.core, 'plan:get', {});
    expect(plan.weakestAreas.map((w) => [w.area, w.average, w.count])).toEqual([
      ['closing', 2.3, 3],
      ['confidence', 4.5, 2],
    ]);
    // Lowest first; among equal ratings, the most recent first.
    expect(plan.weakestAreas[0].lowest.map((e) => [e.company, e.rating])).toEqual([
      ['C', 2],
      ['A', 2],
      ['B', 3],
    ]);
    // Never practised: fumbled most often first, then most recent.
    expect(plan.fumbledQuestions.map((q) => q.text)).toEqual([failed, 'Where do you see yourself?', conflict]);
    expect(plan.fumbledQuestions[0]).toMatchObject({ timesFumbled: 2, lastFumbled: { company: 'B', heldAt: '2026-02-10' } });
    // Newest interview first, without repeats (case aside).
    expect(plan.fumbledQuestions[0].keyPoints.map((k) => k.text)).toEqual(['Own the mistake', 'old point']);

    await practise(t.core, failedId, 'easy');
    await practise(t.core, conflictId, 'again');
    plan = await call(t.core, 'plan:get', {});
    expect(plan.fumbledQuestions.map((q) => [q.text, q.latestGrade, q.dueState])).toEqual([
      ['Where do you see yourself?', null, 'new'],
      [conflict, 'again', 'due'],
      [failed, 'easy', 'scheduled'],
    ]);
    expect(plan.fumbledQuestions[2]).toMatchObject({
      attempts: 1,
      latestPractisedAt: expect.any(String),
      nextDue: expect.any(String),
    });
    // An Easy question is no longer suggested.
    expect(plan.suggestions.some((s) => s.key === `question:${failedId}`)).toBe(false);

    const limited = await call(t.core, 'plan:get', { questionLimit: 1 });
    expect(limited.fumbledQuestions).toHaveLength(1);
    expect(limited.fumbledTotal).toBe(3);

    const feb = await call(t.core, 'plan:get', { from: '2026-02-01', to: '2026-02-28' });
    expect(feb.interviewsInRange).toBe(1);
    expect(feb.fumbledQuestions.map((q) => q.text)).toEqual([failed]);
    expect(feb.fumbledQuestions[0].keyPoints.map((k) => k.text)).toEqual(['Own the mistake', 'old point']);
    expect(feb.weakestAreas.map((w) => [w.area, w.average])).toEqual([
      ['closing', 3],
      ['confidence', 5],
    ]);
  });
});

describe('the person’s own items', () => {
  const open = useCores();

  it('adds, edits, reorders and removes items, with dates and status', async () => {
    const { core } = await open();
    const q = await journal(core, { questions: [{ text: 'Tell me about yourself', howItWent: 'fumbled' }] });
    const one = await call(core, 'plan:addItem', { text: '  Rehearse the closing  ', targetOn: '2026-03-05', area: 'closing' });
    expect(one).toMatchObject({
      text: 'Rehearse the closing',
      targetOn: '2026-03-05',
      status: 'todo',
      area: 'closing',
      areaLabel: 'Closing statement',
      overdue: true,
      doneAt: null,
    });
    const two = await call(core, 'plan:addItem', {
      text: 'Practise the intro',
      questionId: q.asked[0].questionId,
      status: 'done',
    });
    expect(two).toMatchObject({
      questionText: 'Tell me about yourself',
      status: 'done',
      doneAt: expect.any(String),
      position: 1,
    });

    const done = await call(core, 'plan:updateItem', { id: one.id, patch: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', overdue: false, text: 'Rehearse the closing', targetOn: '2026-03-05' });
    const stillDone = await call(core, 'plan:updateItem', { id: one.id, patch: { text: 'Rehearse the closing twice' } });
    expect(stillDone.doneAt).toBe(done.doneAt);
    const reopened = await call(core, 'plan:updateItem', { id: one.id, patch: { status: 'doing', targetOn: null, area: null } });
    expect(reopened).toMatchObject({ status: 'doing', doneAt: null, targetOn: null, area: null, areaLabel: null });

    expect((await call(core, 'plan:moveItem', { id: two.id, direction: 'up' })).map((i) => i.id)).toEqual([two.id, one.id]);
    expect((await call(core, 'plan:moveItem', { id: two.id, direction: 'up' })).map((i) => i.id)).toEqual([two.id, one.id]);
    await call(core, 'plan:removeItem', { id: two.id });
    expect((await call(core, 'plan:get', {})).items.map((i) => i.id)).toEqual([one.id]);
  });

  it('refuses empty text, unknown links and unknown items, writing nothing', async () => {
    const { core, db } = await open();
    const count = () => db.prepare('SELECT count(*) FROM plan_items').pluck().get();
    expect(await fail(core, 'plan:addItem', { text: '   ' })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'text', message: 'Write the action item.' }],
    });
    expect(await fail(core, 'plan:addItem', { text: 'x', area: 'custom-1' })).toMatchObject({
      code: 'VALIDATION',
      message: 'Link the item to one of the seven built-in areas, or to none.',
    });
    expect(await fail(core, 'plan:addItem', { text: 'x', questionId: 999_999 })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no question with id 999999.',
    });
    expect(await fail(core, 'plan:addItem', { text: 'x', targetOn: '2026-02-30' })).toMatchObject({ code: 'VALIDATION' });
    expect(count()).toBe(0);
    const item = await call(core, 'plan:addItem', { text: 'Keep' });
    expect(await fail(core, 'plan:updateItem', { id: item.id, patch: { area: 'nope' } })).toMatchObject({ code: 'VALIDATION' });
    expect((await call(core, 'plan:get', {})).items[0]).toMatchObject({ text: 'Keep', area: null });
    expect(await fail(core, 'plan:updateItem', { id: 404, patch: { text: 'y' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(core, 'plan:removeItem', { id: 404 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the note', async () => {
    const { core } = await open();
    const saved = await call(core, 'plan:saveNote', { body: 'Sleep early.\nEat first.' });
    expect(saved).toEqual({ body: 'Sleep early.\nEat first.', updatedAt: expect.any(String), revision: 2 });
    expect((await call(core, 'plan:get', {})).note).toEqual(saved);
  });

  it('shows only the items with a target day in the range, and those without one', async () => {
    const { core } = await open();
    await call(core, 'plan:addItem', { text: 'Early', targetOn: '2026-01-05' });
    await call(core, 'plan:addItem', { text: 'In March', targetOn: '2026-03-15' });
    await call(core, 'plan:addItem', { text: 'Any time' });
    expect((await call(core, 'plan:get', { from: '2026-03-01', to: '2026-03-31' })).items.map((i) => i.text)).toEqual([
      'In March',
      'Any time',
    ]);
  });
});

describe('suggestions', () => {
  const open = useCores();

  it('become the person’s own items, whose text survives every refresh of the generated parts', async () => {
    const t = await open();
    await journal(t.core, { company: 'Acme', ratings: { closing: 1 } });
    const offered = (await call(t.core, 'plan:get', {})).suggestions;
    expect(offered.map((s) => s.key)).toEqual(['area:closing']);

    const item = await call(t.core, 'plan:acceptSuggestion', { key: 'area:closing', targetOn: '2026-03-20' });
    expect(item).toMatchObject({
      text: AREA_ACTIONS.closing,
      suggestionKey: 'area:closing',
      area: 'closing',
      targetOn: '2026-03-20',
      status: 'todo',
    });
    expect((await call(t.core, 'plan:get', {})).suggestions).toEqual([]);
    await call(t.core, 'plan:updateItem', { id: item.id, patch: { text: 'My own words about closing' } });

    // The data moves on: closing is fine now, and the generated parts change completely.
    for (const company of ['B', 'C', 'D', 'E']) await journal(t.core, { company, ratings: { closing: 5, confidence: 1 } });
    const plan = await call(t.core, 'plan:get', {});
    expect(plan.weakestAreas[0].area).toBe('confidence');
    expect(plan.suggestions.map((s) => s.key)).toEqual(['area:confidence']);
    expect(plan.items).toEqual([
      expect.objectContaining({ id: item.id, text: 'My own words about closing', suggestionKey: 'area:closing' }),
    ]);

    expect(await fail(t.core, 'plan:acceptSuggestion', { key: 'area:closing' })).toEqual({
      code: 'CONFLICT',
      message: 'That suggestion is already in your plan.',
    });
    expect(await fail(t.core, 'plan:acceptSuggestion', { key: 'area:body-language' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('can be dismissed, and brought back', async () => {
    const t = await open();
    await journal(t.core, { ratings: { closing: 1 }, questions: [{ text: 'Tell me about yourself', howItWent: 'fumbled' }] });
    await call(t.core, 'plan:dismissSuggestion', { key: 'practice:daily' });
    await call(t.core, 'plan:dismissSuggestion', { key: 'practice:daily' });
    let plan = await call(t.core, 'plan:get', {});
    expect(plan.suggestions.map((s) => s.key)).not.toContain('practice:daily');
    expect(plan.dismissedSuggestions).toBe(1);
    expect(await fail(t.core, 'plan:acceptSuggestion', { key: 'practice:daily' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(t.core, 'plan:dismissSuggestion', { key: 'drop table' })).toMatchObject({ code: 'VALIDATION' });
    expect(await call(t.core, 'plan:restoreSuggestions', {})).toEqual({ restored: 1 });
    plan = await call(t.core, 'plan:get', {});
    expect(plan.suggestions.map((s) => s.key)).toContain('practice:daily');
  });
});

describe('pending follow-ups and second chances', () => {
  const open = useCores();

  it('lists drafts to send and requests waiting for an answer, and offers to send the drafts', async () => {
    const t = await open();
    const acme = await journal(t.core, { company: 'Acme' });
    await call(t.core, 'interview:update', {
      id: acme.id,
      patch: { interviewers: [{ name: 'Dana Smith', role: '', email: '' }] },
    });
    const [thanks] = await call(t.core, 'followup:draftThankYous', { interviewId: acme.id });
    const ask = await call(t.core, 'followup:draftSecondChance', { interviewId: acme.id, whyFit: 'I know the domain.' });
    await call(t.core, 'followup:markSent', { id: ask.id, sentOn: '2026-03-03' });
    const impress = await call(t.core, 'followup:draftChanceToImpress', {
      interviewId: acme.id,
      form: 'analysis',
      plan: 'A page on churn.',
      dueOn: '2026-03-14',
    });
    await call(t.core, 'followup:markSent', { id: impress.id, sentOn: '2026-03-04' });
    await call(t.core, 'followup:setStatus', { id: impress.id, status: 'accepted' });

    const plan = await call(t.core, 'plan:get', {});
    expect(plan.followups.followUps).toEqual([
      expect.objectContaining({
        followupId: thanks.id,
        company: 'Acme',
        kind: 'thank-you',
        kindLabel: 'Thank-you',
        status: 'draft',
        state: 'to-send',
        sentOn: null,
      }),
    ]);
    expect(plan.followups.followUps[0].subject).not.toBe('');
    expect(plan.followups.secondChances).toEqual([
      expect.objectContaining({ followupId: ask.id, kind: 'second-chance', state: 'awaiting-reply', sentOn: '2026-03-03' }),
    ]);
    expect(plan.suggestions.filter((s) => s.kind === 'followup')).toEqual([
      expect.objectContaining({ key: `followup:${thanks.id}`, text: 'Send the thank-you to Acme.' }),
    ]);

    // Trashed interviews' follow-ups are not pending.
    await call(t.core, 'interview:trash', { id: acme.id });
    expect((await call(t.core, 'plan:get', {})).followups).toEqual({ available: true, followUps: [], secondChances: [] });
  });
});

describe('the Markdown export', () => {
  const open = useCores();

  it('contains the fumbled questions and key points, the chosen sections only, and the date range', async () => {
    const t = await open();
    await journal(t.core, {
      company: 'Acme',
      heldAt: '2026-03-01',
      ratings: { closing: 1 },
      questions: [
        {
          text: 'Tell me about a time you failed',
          howItWent: 'fumbled',
          keyPoints: [{ text: 'Own the mistake' }, { text: 'Say what changed' }],
        },
      ],
    });
    await journal(t.core, {
      company: 'Old Co',
      heldAt: '2025-06-01',
      questions: [{ text: 'What is your greatest weakness?', howItWent: 'fumbled', keyPoints: [{ text: 'A real one' }] }],
    });
    await call(t.core, 'plan:addItem', { text: 'Rehearse the closing', targetOn: '2026-03-20' });
    await call(t.core, 'plan:saveNote', { body: 'Breathe.' });

    const all = await call(t.core, 'plan:exportMarkdown', {});
    expect(all.fileName).toBe('debrief-plan-2026-03-10.md');
    expect(all.content).toContain('# Improvement plan');
    expect(all.content).toContain('### Tell me about a time you failed');
    expect(all.content).toContain('- Own the mistake\n- Say what changed');
    expect(all.content).toContain('### What is your greatest weakness?');
    expect(all.content).toContain('- [ ] Rehearse the closing (by 2026-03-20)');
    expect(all.content).toContain('Breathe.');

    const some = await call(t.core, 'plan:exportMarkdown', {
      sections: ['fumbled-questions'],
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(some.content).toContain('from 2026-01-01 to 2026-03-31 · 1 interview');
    expect(some.content).toContain('### Tell me about a time you failed');
    expect(some.content).not.toContain('greatest weakness');
    expect(some.content).not.toContain('## Action items');
    expect(some.content).not.toContain('Breathe.');
    expect(some.content.match(/^## /gm)).toHaveLength(1);

    expect(await fail(t.core, 'plan:exportMarkdown', { sections: [] })).toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'sections', message: 'Choose at least one section.' }],
    });
    expect(await fail(t.core, 'plan:exportMarkdown', { sections: ['secrets'] })).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('saving the plan as a PDF', () => {
  const open = useCores();

  it('is unavailable in the browser host (the renderer then opens the print dialog), and takes no input', async () => {
    const { core } = await open();
    expect(await call(core, 'plan:savePdf', {})).toEqual({ outcome: 'unavailable' });
    expect(await fail(core, 'plan:savePdf', { path: '/etc/passwd' })).toMatchObject({ code: 'VALIDATION' });
  });
});
