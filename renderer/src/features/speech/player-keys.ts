// The transcript player's keys as a pure function. They are heard only inside the player (never on the window), so
// the session screen's own keys (practice-keys.ts: Space/Enter to move on, 1-4 to grade, Ctrl+P, Ctrl+Enter) keep
// working everywhere else; the player marks the keys it takes as handled, and the session's handler skips those.

import type { KeyParts } from '@renderer/shared/key-parts';

/** How far Left and Right skip, in seconds. */
export const SKIP_SECONDS = 5;

/** What a key inside the player asks for; `held` is a held Space, taken but doing nothing; null is "not ours". */
export type PlayerKeyAction = { kind: 'toggle' } | { kind: 'skip'; seconds: number } | { kind: 'held' } | null;

/** The parts of a keydown the mapping needs, and whether the audio element has it. */
export interface PlayerKeyInput extends KeyParts {
  /** The <audio> element has focus: its own controls handle the keys. */
  onMedia: boolean;
}

/**
 * Space plays or pauses (also on a word, where Enter plays from that word), once per press, so holding it does not
 * flicker; Left and Right skip 5 s back and forward, and repeat while held. Any modifier leaves the key alone (Ctrl+P and friends belong to the session).
 */
export function playerKeyAction(e: PlayerKeyInput): PlayerKeyAction {
  if (e.onMedia || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return null;
  if (e.key === ' ' || e.key === 'Spacebar') return e.repeat ? { kind: 'held' } : { kind: 'toggle' };
  if (e.key === 'ArrowLeft') return { kind: 'skip', seconds: -SKIP_SECONDS };
  if (e.key === 'ArrowRight') return { kind: 'skip', seconds: SKIP_SECONDS };
  return null;
}
