import { describe, expect, it } from 'vitest';
import { addDays, heldBounds, instantBounds, localDay, startOfDay } from '../../../electron/shared/local-days';

describe('local days', () => {
  it('names the local day of an instant', () => {
    expect(localDay(new Date(2026, 2, 10, 23, 59))).toBe('2026-03-10');
    expect(localDay(new Date(2026, 2, 11, 0, 0))).toBe('2026-03-11');
  });

  it('steps days across months, leap days and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-10', 13)).toBe('2026-03-23');
  });

  it('starts a day at local midnight', () => {
    const start = startOfDay('2026-03-10');
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([
      2026, 2, 10, 0, 0,
    ]);
  });

  it('turns a range of local days into UTC instants that include both ends', () => {
    const b = instantBounds({ from: '2026-03-01', to: '2026-03-10' });
    expect(b.from).toBe(startOfDay('2026-03-01').toISOString());
    expect(b.to).toBe(startOfDay('2026-03-11').toISOString());
    const inside = new Date(2026, 2, 10, 23, 59, 59).toISOString();
    expect(inside >= b.from && inside < b.to).toBe(true);
  });

  it('leaves open ends open', () => {
    const b = instantBounds({});
    expect('0001-01-01T00:00:00.000Z' >= b.from).toBe(true);
    expect('9999-12-31T23:59:59.999Z' < b.to).toBe(true);
  });

  it('bounds journal dates by plain comparison, with or without a time', () => {
    const b = heldBounds({ from: '2026-03-01', to: '2026-03-10' });
    for (const held of ['2026-03-01', '2026-03-01T08:00', '2026-03-10', '2026-03-10T23:59'])
      expect(held >= b.from && held < b.to).toBe(true);
    for (const held of ['2026-02-28T23:59', '2026-03-11']) expect(held >= b.from && held < b.to).toBe(false);
  });
});
