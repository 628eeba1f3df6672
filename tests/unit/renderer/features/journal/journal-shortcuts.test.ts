import { describe, expect, it } from 'vitest';
import { ADD_QUESTION_KEYS, isAddQuestionKey } from '@renderer/features/journal/use-journal-shortcuts';
import { altPress } from '../../helpers/key-press';

const press = (over: Partial<Parameters<typeof isAddQuestionKey>[0]> = {}) => ({ ...altPress('KeyQ'), ...over });

describe('the "Add a question" shortcut', () => {
  it('is Alt+Q by the physical key, so Option+Q on a Mac (which types œ) counts too', () => {
    expect(isAddQuestionKey(press())).toBe(true);
    expect(ADD_QUESTION_KEYS).toEqual({ aria: 'Alt+Q', shown: 'Alt Q' });
  });

  it('ignores Q alone, other letters, other modifiers and held-down repeats', () => {
    expect(isAddQuestionKey(press({ altKey: false }))).toBe(false);
    expect(isAddQuestionKey(press({ code: 'KeyW' }))).toBe(false);
    expect(isAddQuestionKey(press({ ctrlKey: true }))).toBe(false);
    expect(isAddQuestionKey(press({ metaKey: true }))).toBe(false);
    expect(isAddQuestionKey(press({ shiftKey: true }))).toBe(false);
    expect(isAddQuestionKey(press({ repeat: true }))).toBe(false);
  });
});
