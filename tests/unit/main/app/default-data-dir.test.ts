import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../../electron/main/app/default-data-dir';

// These expectations are Electron's own userData rules (appData + productName "Debrief").
describe('defaultDataDir', () => {
  const home = os.homedir();

  it('uses XDG_CONFIG_HOME on Linux when it is set', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(path.join('/xdg', 'Debrief'));
  });

  it('falls back to ~/.config on Linux (and an empty XDG_CONFIG_HOME counts as unset)', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(home, '.config', 'Debrief'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(path.join(home, '.config', 'Debrief'));
  });

  it('uses Application Support on macOS, ignoring XDG', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin')).toBe(
      path.join(home, 'Library', 'Application Support', 'Debrief'),
    );
  });

  it('uses APPDATA on Windows, or AppData/Roaming under home', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Debrief'),
    );
    expect(defaultDataDir({}, 'win32')).toBe(path.join(home, 'AppData', 'Roaming', 'Debrief'));
  });

  it('treats other Unix-likes like Linux', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'freebsd')).toBe(path.join('/xdg', 'Debrief'));
  });
});
