import { describe, expect, it } from 'vitest';
import { cleanJobLines } from '../../../../electron/main/stories/job-terms/job-text';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';

const terms = (text: string) => extractJobTerms(text).terms.map((t) => t.term);

describe('job terms on a pasted PDF and on names the tagger misreads', () => {
  it('reads Wingdings bullets, indented wrapped lines, a word hyphenated over them, and drops page footers', () => {
    const lines = cleanJobLines(
      [
        'Job title:        Plant Operator (Water',
        '                  Treatment)',
        '2. MAIN DUTIES',
        '\uf0a7 Take grab samples and log them in the',
        '  SCADA system under supervi-',
        '  sion.',
        '\uf0b7 Dose chlorine',
        '                                                      Page 1 of 2',
        'ACME-HR-JD-007 v2                                  Uncontrolled when printed',
        '▪ Read flow meters',
      ].join('\n'),
    );
    expect(lines).toEqual([
      { text: 'Job title:        Plant Operator (Water Treatment)', item: false },
      { text: 'MAIN DUTIES', item: false },
      { text: 'Take grab samples and log them in the SCADA system under supervision.', item: true },
      { text: 'Dose chlorine', item: true },
      { text: 'Read flow meters', item: true },
    ]);
  });

  it('takes the "Job title:" field as the title, the letterhead above it as the employer, and no caps heading as a name', () => {
    const found = terms(
      'NORTHMERE WATER SERVICES LTD\nJOB DESCRIPTION\n\nJob title:   Plant Operator\n\n1. PURPOSE OF THE ROLE\nRun the SCADA system.\n\n2. KEY RESPONSIBILITIES\n• Sample dosing under the SCADA alarms\n',
    );
    expect(found).toContain('Plant Operator');
    expect(found).toContain('SCADA');
    expect(found.some((t) => /northmere|responsibilities|purpose|title/i.test(t))).toBe(false);
  });

  it('keeps hyphenated and slashed codes, possessive names and ordinal editions whole', () => {
    const found = terms(
      'Requirements\n• Run LC-MS and RT-PCR assays to ISO/IEC 15189\n• Apply Martha’s Rule and Ofwat’s Code\n• Wire to the 18th Edition\n',
    );
    expect(found).toEqual(expect.arrayContaining(['LC-MS', 'RT-PCR', 'ISO/IEC 15189', 'Martha’s Rule', '18th Edition']));
  });

  it('reads an item’s first word as its verb, and keeps the verbs of a list of duties out of the terms', () => {
    const found = terms('Duties\n• Coach volunteers and plan rotas, brief the leads and chase overdue invoices\n');
    expect(found).toEqual(expect.arrayContaining(['volunteers', 'overdue invoices']));
    expect(found.some((t) => /^(coach|chase|brief) /i.test(t))).toBe(false);
  });

  it('counts an acronym of a hyphenated phrase as that phrase, and a tool named before what it holds on its own', () => {
    const found = terms(
      'Duties\n• Log every out-of-tolerance (OOT) reading\n• Keep the OOT log\n• Build reports on the Databricks lakehouse\n',
    );
    // The acronym and its words rank as one: side by side, with one weight.
    const read = extractJobTerms(
      'Duties\n• Log every out-of-tolerance (OOT) reading\n• Keep the OOT log\n• Build reports on the Databricks lakehouse\n',
    ).terms;
    const at = read.findIndex((t) => t.term === 'OOT');
    const twin = read.findIndex((t) => t.term === 'out-of-tolerance');
    expect(Math.abs(at - twin)).toBe(1);
    expect(read[at]!.weight).toBe(read[twin]!.weight);
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(['OOT', 'out-of-tolerance']));
    expect(found).toContain('Databricks');
  });
});
