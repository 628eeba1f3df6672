// Every text a route takes refuses control characters (NUL and the like) with one clear message, the same on every
// route, before anything reaches the database (SQLite's length() stops at NUL, so such text failed later, confusingly).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, routeNames } from '../../../electron/shared/contract';
import { CONTROL_CHARACTER_MESSAGE } from '../../../electron/shared/plain-text';

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Each string schema inside a route's input, with the path that leads to it. */
function strings(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): { path: string; schema: z.ZodType }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (key: string, suffix = '') => strings(def[key] as z.ZodType, path + suffix, seen);
  switch (def.type) {
    case 'string':
      return [{ path, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) => strings(s, `${path}.${k}`, seen));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'array':
      return inner('element', '[]');
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((s, i) => strings(s, `${path}[${i}]`, seen));
    case 'union':
      return (def.options as z.ZodType[]).flatMap((s) => strings(s, path, seen));
    case 'intersection':
      return [...inner('left'), ...inner('right')];
    case 'record':
      return [...inner('keyType', '{key}'), ...inner('valueType', '{}')];
    case 'lazy':
      return strings((def.getter as () => z.ZodType)(), path, seen);
    default:
      return [];
  }
}

const TEXT_ROUTES = routeNames.flatMap((name) => strings(contract[name].input, name).map((s) => ({ ...s, name })));

describe('control characters in any text a route takes', () => {
  it('keeps tab and line breaks, which multi-line text holds', () => {
    const body = contract['plan:saveNote'].input.safeParse({ baseRevision: 1, body: 'Line one\n\tLine two\r\n' });
    expect(body.success).toBe(true);
  });

  it('finds the text of the routes that take some (the walk reaches them)', () => {
    const names = new Set(TEXT_ROUTES.map((t) => t.name));
    for (const name of [
      'missed-point:add',
      'missed-point:update',
      'plan:addItem',
      'plan:updateItem',
      'bank:add',
      'interview:update',
    ])
      expect(names).toContain(name);
  });

  it.each(TEXT_ROUTES.map((t) => [t.path, t.schema] as const))('%s refuses NUL and other control characters', (_path, schema) => {
    for (const text of ['\u0000Kafka migration', 'Kafka\u0007 migration', 'Kafka migration\u001b', 'a\u007fb']) {
      const result = schema.safeParse(text);
      expect(result.success, JSON.stringify(text)).toBe(false);
      // Where the same text without the control character is fine, the control character is the reason, said once.
      // (A date, an id or a path refuses both with the message of its own shape.)
      if (schema.safeParse(text.replace(/[\u0000-\u001f\u007f]/g, '')).success)
        expect(result.error?.issues.map((i) => i.message)).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
  });
});
