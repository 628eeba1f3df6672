import { describe, expect, it } from 'vitest';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { journal } from '../support/writes';
import { STORY } from './helpers';

const QUESTIONS = ['Tell me about a conflict', 'Tell me about a risk', 'Tell me about a failure'];

describe('the story list with many stories', () => {
  const open = useCores();

  it('shows each of 200 stories with its own link count and draft state, listed, searched, tagged and trashed', async () => {
    const { core, db } = await open();
    const acme = await journal(core, { questions: QUESTIONS.map((text) => ({ text })) });
    const questionIds = acme.asked.map((a) => a.questionId);
    // Written straight to the tables, in one transaction: 200 stories through the routes would take most of a minute.
    // Story n is linked to n % 4 questions, is a draft (no result) when n % 5 is 0, and carries "data" when n is even.
    const insert = db.prepare(`INSERT INTO stories (title, situation, task, action, result, tags, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const link = db.prepare("INSERT INTO story_questions (story_id, question_id, created_at) VALUES (?, ?, '2026-03-01')");
    const expected = new Map<string, { linkCount: number; draft: boolean }>();
    db.transaction(() => {
      for (let n = 1; n <= 200; n++) {
        const title = `Story number ${n}`;
        const at = `2026-03-01T10:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000Z`;
        const result = n % 5 === 0 ? '' : STORY.result;
        const tags = JSON.stringify(n % 2 === 0 ? ['data'] : ['customer']);
        const id = Number(insert.run(title, STORY.situation, STORY.task, STORY.action, result, tags, at, at).lastInsertRowid);
        for (const questionId of questionIds.slice(0, n % 4)) link.run(id, questionId);
        expected.set(title, { linkCount: n % 4, draft: n % 5 === 0 });
      }
    })();
    const shown = (items: { title: string; linkCount: number; draft: boolean }[]) =>
      items.map(({ title, linkCount, draft }) => [title, { linkCount, draft }]);
    const expectedFor = (titles: string[]) => titles.map((title) => [title, expected.get(title)]);

    const all = await call(core, 'story:list', { limit: 200 });
    expect(all.total).toBe(200);
    expect(all.items).toHaveLength(200);
    // Newest first: story 200 was written last.
    expect(all.items[0].title).toBe('Story number 200');
    expect(shown(all.items)).toEqual(expectedFor(all.items.map((s) => s.title)));
    expect(all.items.filter((s) => s.linkCount === 3)).toHaveLength(50);
    expect(all.items.filter((s) => s.draft)).toHaveLength(40);

    const tagged = await call(core, 'story:list', { tag: 'data', limit: 200 });
    expect(tagged.total).toBe(100);
    expect(shown(tagged.items)).toEqual(expectedFor(tagged.items.map((s) => s.title)));

    const searched = await call(core, 'story:list', { query: 'checklist', limit: 200 });
    expect(searched.total).toBe(200);
    expect(shown(searched.items)).toEqual(expectedFor(searched.items.map((s) => s.title)));

    // A link made through the route shows in the next list; the trash lists its stories with their counts too.
    const first = all.items.find((s) => s.title === 'Story number 4')!;
    expect(first.linkCount).toBe(0);
    await call(core, 'story:link', { storyId: first.id, questionId: questionIds[2] });
    await call(core, 'story:trash', { id: first.id });
    expect(await call(core, 'story:listTrash', {})).toEqual([
      expect.objectContaining({ title: 'Story number 4', linkCount: 1, draft: false }),
    ]);
    const after = await call(core, 'story:list', { limit: 200 });
    expect(after.total).toBe(199);
    expect(after.items.find((s) => s.id === first.id)).toBeUndefined();
  });
});
