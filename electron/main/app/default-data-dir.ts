import os from 'node:os';
import path from 'node:path';

/**
 * Where Electron keeps Debrief's data (its userData folder), computed without Electron,
 * so the browser host and the desktop app open the same journal by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Debrief');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Debrief');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Debrief');
}
