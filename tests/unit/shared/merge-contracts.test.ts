import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute } from '../../../electron/shared/define-route';
import { mergeContracts } from '../../../electron/shared/merge-contracts';

const spec = () => defineRoute({ input: z.object({}).strict(), output: z.null() });

describe('mergeContracts', () => {
  it('joins the tables of several domains, keeping each spec as it is', () => {
    const a = { 'journal:list': spec() };
    const b = { 'practice:start': spec(), 'practice:stop-session': spec() };
    const merged = mergeContracts(a, b);
    expect(Object.keys(merged)).toEqual(['journal:list', 'practice:start', 'practice:stop-session']);
    expect(merged['practice:start']).toBe(b['practice:start']);
  });

  it('throws when two domains claim the same route name', () => {
    expect(() => mergeContracts({ 'journal:list': spec() }, { 'journal:list': spec() })).toThrow(
      /"journal:list" is defined twice/,
    );
  });

  it.each([
    'journal',
    'journal:',
    ':list',
    'Journal:list',
    'journal:List',
    'journal.list',
    'journal:list:more',
    'journal: list',
    '1journal:list',
    'journal:1list',
    'jour_nal:list',
    '',
  ])('throws on the badly named route %j', (name) => {
    expect(() => mergeContracts({ [name]: spec() })).toThrow(/is not named domain:action/);
  });

  it('accepts kebab-case domains and camelCase or kebab-case actions', () => {
    expect(() => mergeContracts({ 'follow-ups:list': spec(), 'plan:exportPdf': spec(), 'plan:export-md': spec() })).not.toThrow();
  });

  it('returns an empty table for no tables', () => {
    expect(mergeContracts()).toEqual({});
  });
});
