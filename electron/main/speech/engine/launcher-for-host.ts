import { createRequire } from 'node:module';
import type { Host } from '../../../shared/app-contract';
import type { LaunchEngine } from './engine-host';
import { electronLauncher, type UtilityProcessLike } from './electron-launcher';
import { nodeLauncher } from './node-launcher';
import { workerEntry } from './worker-entry';

/**
 * The desktop app starts the engine as an Electron utilityProcess; the browser host (plain Node) forks it. Both are
 * resolved only when the first job starts, so opening the app never depends on the engine being there.
 */
export function launcherForHost(host: Host): LaunchEngine {
  let launch: LaunchEngine | null = null;
  return () => {
    if (!launch) {
      const entry = workerEntry();
      if (host === 'electron') {
        const { utilityProcess } = createRequire(import.meta.url)('electron') as { utilityProcess: UtilityProcessLike };
        launch = electronLauncher(utilityProcess, entry.file);
      } else launch = nodeLauncher(entry);
    }
    return launch();
  };
}
