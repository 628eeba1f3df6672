import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appContract } from '../../../electron/shared/app-contract';
import { contract, isRouteName, routeNames } from '../../../electron/shared/contract';

const ROUTE_NAME = /^[a-z][a-z-]*:[a-z][a-zA-Z-]*$/;

describe('contract', () => {
  it('names every route domain:action', () => {
    expect(routeNames.length).toBeGreaterThan(0);
    for (const name of routeNames) expect(name).toMatch(ROUTE_NAME);
  });

  it('holds the shell routes the foundation needs', () => {
    expect(routeNames).toEqual(expect.arrayContaining(['app:info', 'backup:create', 'backup:list']));
  });

  it('gives every route real runtime schemas for input and output', () => {
    for (const name of routeNames) {
      expect(contract[name].input).toBeInstanceOf(z.ZodType);
      expect(contract[name].output).toBeInstanceOf(z.ZodType);
    }
  });

  it('lists every route once, and carries the shell table unchanged', () => {
    expect(new Set(routeNames).size).toBe(routeNames.length);
    expect(routeNames).toEqual(Object.keys(contract));
    for (const [name, spec] of Object.entries(appContract)) expect(contract[name as keyof typeof appContract]).toBe(spec);
  });

  it('input schemas of routes without input refuse unknown keys and non-objects', () => {
    for (const name of ['app:info', 'backup:create', 'backup:list'] as const) {
      const input = contract[name].input;
      expect(input.safeParse(undefined).success).toBe(true);
      expect(input.safeParse({}).success).toBe(true);
      expect(input.safeParse({ extra: 1 }).success).toBe(false);
      expect(input.safeParse('x').success).toBe(false);
      expect(input.safeParse(null).success).toBe(false);
      expect(input.safeParse([]).success).toBe(false);
    }
  });

  it('the backup output schema refuses reasons it does not know and negative sizes', () => {
    const schema = contract['backup:create'].output;
    const good = { fileName: 'f.db', createdAt: '2026-01-01T00:00:00.000Z', sizeBytes: 4096, reason: 'manual' };
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse({ ...good, reason: 'constructor' }).success).toBe(false);
    expect(schema.safeParse({ ...good, sizeBytes: -1 }).success).toBe(false);
    expect(schema.safeParse({ ...good, sizeBytes: 1.5 }).success).toBe(false);
  });
});

describe('isRouteName', () => {
  it('is true for every route in the contract', () => {
    for (const name of routeNames) expect(isRouteName(name)).toBe(true);
  });

  it('is false for unknown names, near misses and non-strings', () => {
    for (const name of [
      'app:nope',
      'app',
      'APP:INFO',
      'app:info ',
      '',
      'backup:',
      ':list',
      42,
      null,
      undefined,
      {},
      ['app:info'],
    ]) {
      expect(isRouteName(name)).toBe(false);
    }
  });

  it('is false for names inherited from Object.prototype', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(isRouteName(name)).toBe(false);
  });
});
