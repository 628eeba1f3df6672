// Text that starts with NUL used to pass the schema and fail later as "That change conflicts with data already saved"
// (SQLite's length() stops at NUL, so a CHECK failed), while bank:add stored it. Every route now refuses it up front,
// with the same words next to the field, and writes nothing.
import { describe, expect, it } from 'vitest';
import { CONTROL_CHARACTER_MESSAGE } from '../../electron/shared/plain-text';
import { journaledInterview, testClock } from './followups/helpers';
import { useCores } from './support/cores';
import { call, fail } from './support/routes';

const open = useCores();
const NUL = '\u0000I led the Kafka migration';

describe('text with a control character', () => {
  it('is refused the same way on the missed-point, plan, company and bank routes, and nothing is written', async () => {
    const { core } = await open({ now: testClock().now });
    const iv = await journaledInterview(core);
    const point = (await call(core, 'missed-point:add', { interviewId: iv.id, text: 'I led the migration' })).points[0];
    const item = await call(core, 'plan:addItem', { text: 'Rehearse the closing' });
    const count = (table: string) => core.database.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const before = ['missed_points', 'plan_items', 'questions', 'interviews'].map(count);

    const attempts = [
      ['missed-point:add', { interviewId: iv.id, text: NUL }, 'text'],
      ['missed-point:update', { id: point.id, text: NUL }, 'text'],
      ['plan:addItem', { text: NUL }, 'text'],
      ['plan:updateItem', { id: item.id, patch: { text: NUL } }, 'patch.text'],
      ['interview:update', { id: iv.id, patch: { company: NUL } }, 'patch.company'],
      ['interview:create', { company: NUL, heldAt: '2026-03-03' }, 'company'],
      ['bank:add', { text: `Tell me about ${NUL}`, category: 'behavioural' }, 'text'],
    ] as const;
    for (const [route, input, path] of attempts) {
      const error = await fail(core, route, input as never);
      expect([route, error.code]).toEqual([route, 'VALIDATION']);
      expect(error.details?.find((d) => d.path === path)?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    }
    expect(['missed_points', 'plan_items', 'questions', 'interviews'].map(count)).toEqual(before);
    expect((await call(core, 'interview:get', { id: iv.id })).company).toBe('Acme Analytics');
  });
});
