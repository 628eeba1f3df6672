/**
 * Names Windows keeps for devices, whatever the case and whatever follows the first dot ("nul.webm" is NUL too).
 * A file by such a name cannot be created there, so an export holding one could not be imported on Windows; Debrief
 * refuses them on every system, so an export stays portable. COM0 and LPT0 are on Microsoft's current list as well.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/** The device name a file name would open on Windows (CON, NUL, COM1, ...), or null for an ordinary name. */
export function windowsDeviceName(fileName: string): string | null {
  const match = RESERVED.exec(fileName);
  return match ? match[1].toUpperCase() : null;
}
