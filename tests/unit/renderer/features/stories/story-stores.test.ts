import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobDescription, Story } from '@shared/stories-schemas';
import { STORY_PAGE_SIZE, STORY_SEARCH_DELAY_MS, useStoriesListStore } from '@renderer/features/stories/stories-list-store';
import { STORY_SAVE_DELAY_MS, useStoryEditorStore } from '@renderer/features/stories/story-editor-store';
import { JOB_SAVE_DELAY_MS, useJobDescriptionStore } from '@renderer/features/stories/job-description-store';
import { fail, ok, recording, type FakeRoutes } from '../../helpers/fake-client';
import { withStores } from '../../helpers/with-stores';
import { coverage, draftCheck, jobDescription, story, summary } from './story-fixtures';

/** The CONFLICT a stale save gets: the story's revision and value now. */
function conflict(current: Story) {
  return fail('CONFLICT', 'This story was changed in another window.', [
    { path: 'baseRevision', message: 'Changed in another window.', revision: current.revision, current },
  ]);
}

describe('story editor store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(start = story({ revision: 4 })) {
    let saved = start;
    const routes: FakeRoutes = {
      'story:update': (input) => {
        const patch = input?.patch ?? {};
        saved = {
          ...saved,
          ...patch,
          revision: saved.revision + 1,
          check: draftCheck({ missingParts: ['task', 'action', 'result'] }),
        };
        return ok(saved);
      },
    };
    const rec = recording({
      'story:get': () => ok(saved),
      // Recorded here, answered by whatever the test puts in `routes` (a conflict, then a success).
      'story:update': (input) => routes['story:update']!(input),
      'story:link': (input) =>
        ok({
          ...saved,
          links: [{ questionId: input!.questionId, questionText: 'Tell me about a failure.', category: 'behavioural' }],
        }),
      'story:unlink': () => ok({ ...saved, links: [] }),
    });
    const editor = withStores(rec.fake.client).run(() => useStoryEditorStore());
    return { ...rec, editor, routes };
  }

  it('saves each field on its own after a pause, with only that field, and shows the coach’s new reading', async () => {
    const { editor, of } = setup();
    await editor.load(7);
    editor.change({ situation: 'Month-end at a bank' });
    editor.change({ situation: 'Month-end at a bank, three days late' });
    expect(editor.story?.situation).toBe('Month-end at a bank, three days late');
    expect(of('story:update')).toEqual([]);
    await vi.advanceTimersByTimeAsync(STORY_SAVE_DELAY_MS);
    await editor.flush();
    expect(of('story:update')).toEqual([
      { id: 7, baseRevision: 4, patch: { situation: 'Month-end at a bank, three days late' } },
    ]);
    expect(editor.story?.check.missingParts).toEqual(['task', 'action', 'result']);
    expect(editor.saveStatus).toBe('saved');

    // The next save of the same field goes from the revision this one answered with.
    editor.change({ situation: 'Month-end at a bank.' });
    await editor.flush();
    expect(of('story:update')[1]).toMatchObject({ baseRevision: 5, patch: { situation: 'Month-end at a bank.' } });
  });

  it('saves a tag change at once', async () => {
    const { editor, of } = setup();
    await editor.load(7);
    editor.change({ tags: ['data'] }, { immediate: true });
    await editor.flush();
    expect(of('story:update')).toEqual([{ id: 7, baseRevision: 4, patch: { tags: ['data'] } }]);
  });

  it('keeps a field changed in another window as a conflict: "Load the newer text" shows theirs, sends nothing', async () => {
    const { editor, routes, of } = setup();
    await editor.load(7);
    const theirs = story({ revision: 6, result: 'Closed in four days, not seven.', title: 'Their title' });
    routes['story:update'] = () => conflict(theirs);
    editor.change({ result: 'Mine: closed on time.' });
    await editor.flush();
    expect(editor.conflictState('result')).toBe('conflict');
    expect(editor.story?.result).toBe('Mine: closed on time.');
    expect(editor.saveStatus).toBe('error');

    await editor.resolveConflict('result', 'load');
    expect(editor.conflictState('result')).toBeNull();
    expect(editor.story?.result).toBe('Closed in four days, not seven.');
    expect(editor.story?.title).toBe('Their title');
    expect(of('story:update')).toHaveLength(1);
  });

  it('"Keep mine" saves the person’s text over the newer revision and offers theirs back', async () => {
    const { editor, routes, of } = setup();
    await editor.load(7);
    const theirs = story({ revision: 6, result: 'Their result.' });
    routes['story:update'] = () => conflict(theirs);
    editor.change({ result: 'My result.' });
    await editor.flush();
    routes['story:update'] = (input) => ok({ ...theirs, ...input?.patch, revision: 7 });
    await editor.resolveConflict('result', 'keep');
    expect(of('story:update')[1]).toEqual({ id: 7, baseRevision: 6, patch: { result: 'My result.' } });
    expect(editor.conflictState('result')).toBe('kept');
    expect(editor.story?.result).toBe('My result.');

    await editor.resolveConflict('result', 'undo');
    await editor.flush();
    expect(editor.story?.result).toBe('Their result.');
    expect(of('story:update')[2]).toMatchObject({ patch: { result: 'Their result.' } });
  });

  it('says why a field did not save, in the main process’s words', async () => {
    const { editor, routes } = setup();
    await editor.load(7);
    routes['story:update'] = () =>
      fail('VALIDATION', 'Check the story.', [{ path: 'patch.title', message: 'Keep the title under 200 characters.' }]);
    editor.change({ title: 'x'.repeat(201) });
    await editor.flush();
    expect(editor.fieldError('title')).toBe('Keep the title under 200 characters.');
    expect(editor.fieldError('result')).toBeUndefined();
  });

  it('links and unlinks a question and shows the links that come back', async () => {
    const { editor, of } = setup();
    await editor.load(7);
    expect(await editor.link(12)).toBe(true);
    expect(of('story:link')).toEqual([{ storyId: 7, questionId: 12 }]);
    expect(editor.story?.links.map((l) => l.questionText)).toEqual(['Tell me about a failure.']);
    await editor.unlink(12);
    expect(editor.story?.links).toEqual([]);
  });
});

describe('stories list store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches after a pause with the tag chosen, and trashes with an undo that restores', async () => {
    const rec = recording({
      'story:list': () => ok({ items: [summary()], total: 1, tags: ['data'] }),
      'story:trash': () => ok({ ok: true }),
      'story:restore': () => ok({ ok: true }),
    });
    const list = withStores(rec.fake.client).run(() => useStoriesListStore());
    await list.load();
    expect(list.tags).toEqual(['data']);
    await list.filterTag('data');
    list.search('clo');
    list.search('close');
    await vi.advanceTimersByTimeAsync(STORY_SEARCH_DELAY_MS);
    expect(rec.of('story:list').slice(1)).toEqual([
      { query: '', tag: 'data', limit: STORY_PAGE_SIZE, offset: 0 },
      { query: 'close', tag: 'data', limit: STORY_PAGE_SIZE, offset: 0 },
    ]);

    expect(await list.trash({ id: 7, title: 'Month-end close' })).toBe(true);
    expect(list.recentlyTrashed).toEqual({ id: 7, title: 'Month-end close' });
    expect(await list.restore(7)).toBe(true);
    expect(rec.of('story:restore')).toEqual([{ id: 7 }]);
    expect(list.recentlyTrashed).toBeNull();
  });

  it('keeps the undo offered when the restore fails, with the reason', async () => {
    const rec = recording({
      'story:list': () => ok({ items: [], total: 0, tags: [] }),
      'story:trash': () => ok({ ok: true }),
      'story:restore': () => fail('NOT_FOUND', 'This story is no longer in the trash.'),
    });
    const list = withStores(rec.fake.client).run(() => useStoriesListStore());
    await list.trash({ id: 7, title: 'A' });
    expect(await list.restore(7)).toBe(false);
    expect(list.recentlyTrashed?.id).toBe(7);
    expect(list.actionError?.message).toBe('This story is no longer in the trash.');
  });
});

describe('job description store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    let saved = jobDescription();
    const rec = recording({
      'job:get': () => ok(saved),
      'job:save': (input) => {
        saved = {
          ...saved,
          text: input!.text,
          revision: saved.revision + 1,
          skipped: null,
          terms: [{ term: 'IFRS 16', weight: 1, kind: 'qualification', source: 'found' }],
        };
        return ok(saved);
      },
      'job:addTerm': (input) => {
        saved = {
          ...saved,
          revision: saved.revision + 1,
          terms: [...saved.terms, { term: input!.term, weight: 0.5, kind: 'skill', source: 'added' }],
        };
        return ok(saved);
      },
      'job:coverage': () => ok(coverage({ rows: [], gaps: saved.terms.map((t) => t.term) })),
    });
    const job = withStores(rec.fake.client).run(() => useJobDescriptionStore());
    return { ...rec, job };
  }

  it('saves the pasted text after a pause, then shows its terms and the coverage with the gaps', async () => {
    const { job, of } = setup();
    await job.load(3);
    job.edit('Month-end close under IFRS 16.');
    await vi.advanceTimersByTimeAsync(JOB_SAVE_DELAY_MS);
    await job.flush();
    expect(of('job:save')).toEqual([{ interviewId: 3, baseRevision: 1, text: 'Month-end close under IFRS 16.' }]);
    expect(job.job?.terms.map((t) => t.term)).toEqual(['IFRS 16']);
    expect(job.coverage?.gaps).toEqual(['IFRS 16']);
  });

  it('says a description over 100,000 characters is too long and sends nothing', async () => {
    const { job, of } = setup();
    await job.load(3);
    job.edit('x'.repeat(100_001));
    await vi.advanceTimersByTimeAsync(JOB_SAVE_DELAY_MS);
    await job.flush();
    expect(job.tooLong).toMatch(/^A job description is read up to 100,000 characters/);
    expect(of('job:save')).toEqual([]);
  });

  it('adds the person’s own term from the revision it has, and reads the coverage again', async () => {
    const { job, of } = setup();
    await job.load(3);
    expect(await job.addTerm('Power BI')).toBe(true);
    expect(of('job:addTerm')).toEqual([{ interviewId: 3, baseRevision: 1, term: 'Power BI' }]);
    expect(job.coverage?.gaps).toEqual(['Power BI']);
    await job.addTerm('SQL');
    expect(of('job:addTerm')[1]).toMatchObject({ baseRevision: 2 });
  });
});

describe('job description store with another window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A main process that refuses a save made on an older revision, as assertFresh does. */
  function setup() {
    let saved = jobDescription({ text: 'Month-end close.', skipped: null, revision: 2 });
    const stale = () =>
      fail('CONFLICT', 'This job description was changed in another window.', [
        { path: 'baseRevision', message: 'Changed in another window.', revision: saved.revision, current: saved },
      ]);
    const rec = recording({
      'job:get': () => ok(saved),
      'job:save': (input) => {
        if (input!.baseRevision !== saved.revision) return stale();
        saved = { ...saved, text: input!.text, revision: saved.revision + 1 };
        return ok(saved);
      },
      'job:coverage': () => ok(coverage()),
    });
    const job = withStores(rec.fake.client).run(() => useJobDescriptionStore());
    const elsewhere = (change: Partial<JobDescription>) => (saved = { ...saved, ...change, revision: saved.revision + 1 });
    return { ...rec, job, elsewhere, saved: () => saved };
  }

  it('saves the text over a change to the terms only (made in another window): no conflict, no words lost', async () => {
    const { job, of, elsewhere, saved } = setup();
    await job.load(3);
    elsewhere({ terms: [{ term: 'Power BI', weight: 1, kind: 'skill', source: 'added' }] });
    job.edit('Month-end close and Power BI.');
    await vi.advanceTimersByTimeAsync(JOB_SAVE_DELAY_MS);
    await job.flush();
    expect(job.textConflict()).toBeNull();
    expect(job.failures).toEqual([]);
    expect(saved().text).toBe('Month-end close and Power BI.');
    expect(job.job?.terms.map((t) => t.term)).toEqual(['Power BI']);
    expect(of('job:save').map((s) => s.baseRevision)).toEqual([2, 3]);
  });

  it('still asks when the other window changed the text itself', async () => {
    const { job, elsewhere, saved } = setup();
    await job.load(3);
    elsewhere({ text: 'Month-end close, written elsewhere.' });
    job.edit('Month-end close, written here.');
    await vi.advanceTimersByTimeAsync(JOB_SAVE_DELAY_MS);
    await job.flush();
    expect(job.textConflict()).toBe('conflict');
    expect(job.text).toBe('Month-end close, written here.');
    expect(saved().text).toBe('Month-end close, written elsewhere.');
  });
});
