import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/main/core';
import { useCores } from '../support/cores';
import { call } from '../support/routes';
import { createInterview } from '../support/writes';
import { searchIds } from './helpers';

const open = useCores();
const sorted = (ids: number[]) => ids.slice().sort((a, b) => a - b);

/** The snippets of a search's hits, in order. */
async function snippets(core: Core, query: string): Promise<string[]> {
  const page = await call(core, 'interview:list', { filters: { query }, limit: 200 });
  return page.items.map((i) => i.snippet ?? '');
}

describe('search finds what the person wrote, not the labels', () => {
  it('the built-in area names are not indexed: "Confidence" finds only the interview where it was written', async () => {
    const { core } = await open();
    const quiet = await createInterview(core, { company: 'Quiet Ltd', notes: 'Nothing much to say.' });
    const other = await createInterview(core, { company: 'Other plc' });
    const wrote = await createInterview(core, { company: 'Wrote AG' });
    await call(core, 'reflection:save', {
      interviewId: wrote.id,
      area: 'confidence',
      wentBadly: 'My confidence dipped after the maths question',
    });
    await call(core, 'reflection:save', {
      interviewId: other.id,
      area: 'punctuality',
      rating: 2,
      wentBadly: 'Ten minutes late, bus',
    });

    expect(await searchIds(core, 'Confidence')).toEqual([wrote.id]);
    expect(await searchIds(core, 'Punctuality')).toEqual([]);
    for (const label of ['arrival', 'impressions', 'body language', 'quality of answers', 'closing statement'])
      expect(await searchIds(core, label), label).toEqual([]);
    // The snippet is the person's sentence, the word marked, and never the list of area names.
    const [snippet] = await snippets(core, 'confidence');
    expect(snippet).toContain('My \u0002confidence\u0003 dipped');
    expect(snippet).not.toMatch(/Punctuality|First impressions|Body language/);
    // What they did write under an area is found, labelled or not.
    expect(await searchIds(core, 'late bus')).toEqual([other.id]);
    expect(await searchIds(core, 'nothing much')).toEqual([quiet.id]);
    // The index row of an interview with nothing written in its areas holds none of their names.
    const row = core.database.db.prepare('SELECT reflections FROM interview_search WHERE rowid = ?').pluck().get(quiet.id);
    expect(row).toBe('');
  });

  it('a custom area keeps its name, since the person wrote it', async () => {
    const { core } = await open();
    const i = await createInterview(core);
    await call(core, 'reflection:addArea', { interviewId: i.id, label: 'Whiteboard nerves' });
    expect(await searchIds(core, 'whiteboard')).toEqual([i.id]);
  });

  it('a query of punctuation only is no search: every interview, no snippets, the plain total', async () => {
    const { core } = await open();
    for (const notes of ['C++ and "quotes"', '100% (sure)', 'a * b']) await createInterview(core, { notes });
    for (const query of ['"', '*', '%', '(', '")*(%', '+', '#', '++', '-']) {
      const page = await call(core, 'interview:list', { filters: { query } });
      expect(page.total, query).toBe(3);
      expect(
        page.items.every((x) => x.snippet === null),
        query,
      ).toBe(true);
    }
  });

  it('technical terms are found as typed, with the whole term marked', async () => {
    const { core } = await open();
    const make = (notes: string) => createInterview(core, { notes }).then((i) => i.id);
    const cpp = await make('I said my C++ was rusty.');
    const csharp = await make('Mostly C# and some F#.');
    const dotnet = await make('Five years of .NET, then ASP.NET Core.');
    const ifrs = await make('Forgot to mention my IFRS-16 lease accounting experience');
    const ifrsSpaced = await make('The IFRS 16 question threw me');
    const node = await make('Backend in node.js with Postgres');
    const support = await make('Covered 24/7 support rota');
    // Near misses that the old search found for these terms.
    const cobol = await make('Cobol, Clojure and a little C');
    const network = await make('A safety net of tests; network issues; net income');
    const nodeOnly = await make('A node in the graph; JS on the front end');
    const hours = await make('24 hours a day, 7 days a week');

    expect(sorted(await searchIds(core, 'C++'))).toEqual([cpp]);
    expect(sorted(await searchIds(core, 'c#'))).toEqual([csharp]);
    expect(sorted(await searchIds(core, '.NET'))).toEqual([dotnet]);
    expect(sorted(await searchIds(core, 'IFRS-16'))).toEqual(sorted([ifrs, ifrsSpaced]));
    expect(sorted(await searchIds(core, 'node.js'))).toEqual([node]);
    expect(sorted(await searchIds(core, '24/7'))).toEqual([support]);
    // The plain words are still plain words, found by their start.
    expect(await searchIds(core, 'C')).toEqual(expect.arrayContaining([cpp, csharp, cobol]));
    expect(sorted(await searchIds(core, 'net'))).toEqual(sorted([dotnet, network]));
    expect(sorted(await searchIds(core, 'lease'))).toEqual([ifrs]);
    expect(sorted(await searchIds(core, 'node'))).toEqual(sorted([node, nodeOnly]));
    expect(sorted(await searchIds(core, '24'))).toEqual(sorted([support, hours]));

    expect(await snippets(core, 'C++')).toEqual(['I said my \u0002C++\u0003 was rusty.']);
    expect((await snippets(core, 'IFRS-16'))[0]).toMatch(/\u0002IFRS[- ]16\u0003/);
    expect(await snippets(core, 'node.js')).toEqual(['Backend in \u0002node.js\u0003 with Postgres']);
    expect(await snippets(core, '24/7')).toEqual(['Covered \u000224/7\u0003 support rota']);
  });

  it('results come in order of relevance, not of date', async () => {
    const { core } = await open();
    const filler = 'We talked about the team, the product, the roadmap and the hiring plan for next year. '.repeat(8);
    const passing = await createInterview(core, { heldAt: '2026-03-10', notes: `${filler} Kubernetes came up once.` });
    const focused = await createInterview(core, {
      heldAt: '2026-01-10',
      notes: 'Kubernetes all the way: Kubernetes operators, Kubernetes upgrades.',
    });
    const company = await createInterview(core, { heldAt: '2026-02-10', company: 'Kubernetes Foundation', notes: filler });
    const ids = await searchIds(core, 'kubernetes');
    expect(ids.indexOf(focused.id)).toBeLessThan(ids.indexOf(passing.id));
    expect(ids.indexOf(company.id)).toBeLessThan(ids.indexOf(passing.id));
    expect(ids[ids.length - 1]).toBe(passing.id);
  });
});
