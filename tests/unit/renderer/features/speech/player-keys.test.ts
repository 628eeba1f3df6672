import { describe, expect, it } from 'vitest';
import { playerKeyAction, type PlayerKeyInput } from '@renderer/features/speech/player-keys';

const press = (key: string, more: Partial<PlayerKeyInput> = {}): PlayerKeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  onMedia: false,
  ...more,
});

describe('playerKeyAction', () => {
  it('Space plays or pauses, once per press', () => {
    expect(playerKeyAction(press(' '))).toEqual({ kind: 'toggle' });
    expect(playerKeyAction(press(' ', { repeat: true }))).toEqual({ kind: 'held' });
  });

  it('Left and Right skip 5 s, also while held', () => {
    expect(playerKeyAction(press('ArrowLeft'))).toEqual({ kind: 'skip', seconds: -5 });
    expect(playerKeyAction(press('ArrowRight', { repeat: true }))).toEqual({ kind: 'skip', seconds: 5 });
  });

  it("leaves the session's keys, modified keys and the audio's own controls alone", () => {
    for (const key of ['Enter', '1', '4', 'p', 'ArrowUp', 'Tab']) expect(playerKeyAction(press(key)), key).toBeNull();
    expect(playerKeyAction(press('p', { ctrlKey: true }))).toBeNull();
    expect(playerKeyAction(press('Enter', { metaKey: true }))).toBeNull();
    expect(playerKeyAction(press(' ', { shiftKey: true }))).toBeNull();
    expect(playerKeyAction(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(playerKeyAction(press(' ', { onMedia: true }))).toBeNull();
    expect(playerKeyAction(press('ArrowRight', { onMedia: true }))).toBeNull();
  });
});
