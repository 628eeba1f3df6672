import { describe, expect, it } from 'vitest';
import { toBankSearch } from '../../../../electron/main/bank/bank-query';

describe('toBankSearch', () => {
  it('gives one word-start phrase per term, any of which may match', () => {
    expect(toBankSearch('conflict colleague')).toEqual(['"conflict"*', '"colleague"*']);
    expect(toBankSearch('confl coll')).toEqual(['"confl"*', '"coll"*']);
    expect(toBankSearch('C# IFRS-16')).toEqual(['"C#"*', '"IFRS 16"*']);
  });

  it('leaves out the words every question holds, unless nothing else was typed', () => {
    expect(toBankSearch('Tell me about a conflict with a colleague')).toEqual(['"conflict"*', '"colleague"*']);
    expect(toBankSearch('tell me about')).toEqual(['"tell"*', '"me"*', '"about"*']);
    // Question words carry the meaning of many questions, so they stay.
    expect(toBankSearch('why here')).toEqual(['"why"*', '"here"*']);
  });

  it('counts a word typed twice once, and is null for no search', () => {
    expect(toBankSearch('team Team TEAM')).toEqual(['"team"*', '"Team"*', '"TEAM"*']);
    expect(toBankSearch('deadline deadline')).toEqual(['"deadline"*']);
    for (const input of ['', '"', '*', '%', '(']) expect(toBankSearch(input)).toBeNull();
  });
});
