import { describe, expect, it } from 'vitest';
import { cleanJobLines } from '../../../../electron/main/stories/job-terms/job-text';
import { extractJobTerms, rankTerms } from '../../../../electron/main/stories/job-terms/job-terms';
import { zipf } from '../../../../electron/main/stories/job-terms/word-frequency';

const terms = (text: string) => extractJobTerms(text).terms.map((t) => t.term);

describe('job terms: what is never a term, and how acronyms rank', () => {
  it('names no pay band, page, version, date or day', () => {
    const found = terms(
      'Radiographer (Band 5)\nDuties\n• Plain film imaging on Saturday rotas from February 2025\n• Grade 4 pay\nPage 2\nv3.2 04/2026\n',
    );
    expect(found.map((t) => t.toLowerCase())).toContain('plain film imaging');
    for (const t of ['Band 5', 'Saturday', 'February 2025', 'Grade 4', 'Page 2', 'v3.2 04/2026']) expect(found).not.toContain(t);
  });

  it('drops a web page’s breadcrumbs and keeps an acronym with a bracketed part whole', () => {
    const lines = cleanJobLines('Home > Jobs > Health > Radiographer\nRadiographer\nWork to IR(ME)R 2017.');
    expect(lines.map((l) => l.text)).toEqual(['Radiographer', 'Work to IR(ME)R 2017.']);
    expect(terms('Radiographer\nDuties\n• Work to IR(ME)R 2017 and IRR17\n')).toEqual(
      expect.arrayContaining(['IR(ME)R 2017', 'IRR17']),
    );
  });

  it('keeps "support" and "advice" as the head of a term ("first-line support", "oral health advice")', () => {
    const found = terms('Technician\nDuties\n• Give first-line support to staff\n• Give oral health advice to patients\n');
    expect(found).toEqual(expect.arrayContaining(['first-line support', 'oral health advice']));
  });

  it('ranks an acronym with the words it stands for, side by side at the better score', () => {
    const scores: Record<string, number> = { 'data modelling': 2, Kafka: 1.2, EPR: 0.5, 'electronic patient record': 1 };
    const list = [
      { text: 'data modelling', twin: null },
      { text: 'Kafka', twin: null },
      { text: 'EPR', twin: 'electronic patient record' },
      { text: 'electronic patient record', twin: 'EPR' },
    ];
    const ranked = rankTerms(list, (t) => scores[t.text]!);
    expect(ranked.map((t) => t.text)).toEqual(['data modelling', 'Kafka', 'electronic patient record', 'EPR']);
    expect(ranked.map((t) => t.score)).toEqual([2, 1.2, 1, 1]);
  });

  it('reads how common a word is in everyday English from the SUBTLEX-US counts', () => {
    expect(zipf('the')).toBeGreaterThan(7);
    expect(zipf('hotel')).toBeGreaterThan(zipf('procurement'));
    expect(zipf('valuations')).toBeCloseTo(zipf('valuation'), 5);
    expect(zipf('termbases')).toBeLessThan(1.5);
  });
});
