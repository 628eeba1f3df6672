import type { ChooseModelFileOutcome } from '../../../shared/speech-contract';

/** Asks for a model file in a native open dialog (Electron); resolves with its path, or null when cancelled. */
export type PickModelFile = () => Promise<string | null>;

/** "Choose file…" for "Use a model file I already have": whether this host has a dialog, and what came of it. */
export function createModelFileChooser(deps: { pickModelFile?: PickModelFile }) {
  return {
    /** The picked path (imported by a separate speech:importModel); "unavailable" where no picker was given. */
    async choose(): Promise<ChooseModelFileOutcome> {
      if (!deps.pickModelFile) return { outcome: 'unavailable' };
      const path = await deps.pickModelFile();
      return path === null ? { outcome: 'cancelled' } : { outcome: 'chosen', path };
    },
  };
}
