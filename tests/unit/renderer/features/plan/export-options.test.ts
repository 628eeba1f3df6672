import { describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '@shared/plan-schemas';
import { fromPrintQuery, rangeInput, toPrintQuery } from '@renderer/features/plan/export-options';

describe('plan export options', () => {
  it('travel to the print view and back unchanged', () => {
    const options = { from: '2026-03-01', to: '2026-05-31', sections: ['weakest-areas', 'note'] as const };
    const query = toPrintQuery({ ...options, sections: [...options.sections] });
    expect(query).toEqual({ sections: 'weakest-areas,note', from: '2026-03-01', to: '2026-05-31' });
    expect(fromPrintQuery(query)).toEqual({ ...options, sections: ['weakest-areas', 'note'] });
  });

  it('ignore unknown sections and dates that are not days; no sections means all', () => {
    expect(fromPrintQuery({ sections: 'nope', from: '2026-13', to: 5 })).toEqual({
      from: '',
      to: '',
      sections: [...PLAN_SECTIONS],
    });
  });

  it('leave open ends out of the API input', () => {
    expect(rangeInput({ from: '', to: '2026-01-01' })).toEqual({ to: '2026-01-01' });
  });
});
