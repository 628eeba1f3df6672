import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../electron/main/app/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('menuTemplate', () => {
  it('offers developer tools and reload only in development', () => {
    expect(roles(menuTemplate({ isMac: false, isDev: true, appName: 'Debrief' }))).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    );
    const prod = roles(menuTemplate({ isMac: false, isDev: false, appName: 'Debrief' }));
    expect(prod).not.toContain('toggleDevTools');
    expect(prod).not.toContain('reload');
    expect(prod).not.toContain('forceReload');
  });

  it('has the app menu and Close on macOS, Quit elsewhere', () => {
    const mac = menuTemplate({ isMac: true, isDev: false, appName: 'Debrief' });
    expect(mac[0]).toMatchObject({ label: 'Debrief', role: 'appMenu' });
    expect(roles(mac)).toContain('close');
    const other = menuTemplate({ isMac: false, isDev: false, appName: 'Debrief' });
    expect(roles(other)).not.toContain('appMenu');
    expect(roles(other)).toContain('quit');
  });

  it('keeps the edit menu so copy and paste work from the keyboard', () => {
    expect(roles(menuTemplate({ isMac: false, isDev: false, appName: 'Debrief' }))).toContain('editMenu');
  });
});
