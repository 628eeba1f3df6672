import { describe, expect, it } from 'vitest';
import { windowsDeviceName } from '../../../../electron/main/data-transfer/windows-names';

describe('windowsDeviceName', () => {
  it.each([
    ['CON', 'CON'],
    ['con', 'CON'],
    ['Nul.webm', 'NUL'],
    ['aux.tar.gz', 'AUX'],
    ['prn.', 'PRN'],
    ['COM1.ogg', 'COM1'],
    ['com0', 'COM0'],
    ['LPT9.webm', 'LPT9'],
  ])('names %s as the device %s, whatever the case or extension', (name, device) => {
    expect(windowsDeviceName(name)).toBe(device);
  });

  it.each(['console.webm', 'COM10.ogg', 'LPT', 'nully', 'recording-20260101T000000000Z-ab12cd34.webm', 'auxiliary.ogg'])(
    'leaves the ordinary name %s alone',
    (name) => {
      expect(windowsDeviceName(name)).toBeNull();
    },
  );
});
