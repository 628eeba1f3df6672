import { describe, expect, it } from 'vitest';
import { staleFields } from '../../../../electron/main/db/field-revisions';

describe('staleFields: which fields of a save another window wrote since its copy', () => {
  it('none when the copy is current', () => {
    expect(staleFields(5, '{"_floor":1,"notes":5}', 5, ['notes'])).toEqual([]);
  });

  it('only the fields written after the copy: notes changed at 5, the closing statement not since 1', () => {
    const json = '{"_floor":1,"notes":5}';
    expect(staleFields(5, json, 4, ['closingStatement'])).toEqual([]);
    expect(staleFields(5, json, 4, ['notes', 'closingStatement'])).toEqual(['notes']);
  });

  it('a row with nothing known (from before migration 0013, or imported) keeps the old rule: any newer revision conflicts', () => {
    expect(staleFields(3, '{}', 2, ['closingStatement'])).toEqual(['closingStatement']);
    expect(staleFields(3, '{"_floor":3,"notes":4}', 3, ['closingStatement'])).toEqual([]);
    expect(staleFields(4, '{"_floor":3,"notes":4}', 2, ['closingStatement'])).toEqual(['closingStatement']);
  });

  it('a copy from a revision the record never had conflicts', () => {
    expect(staleFields(2, '{"_floor":1,"notes":2}', 7, ['closingStatement'])).toEqual(['closingStatement']);
  });
});
