import { describe, expect, it } from 'vitest';
import { cleanJobLines } from '../../../../electron/main/stories/job-terms/job-text';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';

const terms = (text: string) => extractJobTerms(text).terms.map((t) => t.term);

describe('job terms, part by part', () => {
  it('reads numbered and dashed items as list items and joins an item a PDF wrapped onto a capitalised line', () => {
    const lines = cleanJobLines(
      'Main duties\n1. Keep the site diary and daily briefings in line with the Construction Phase\nPlan and the client’s requirements.\n2) Run toolbox talks.\n- CSCS card',
    );
    expect(lines).toEqual([
      { text: 'Main duties', item: false },
      {
        text: 'Keep the site diary and daily briefings in line with the Construction Phase Plan and the client’s requirements.',
        item: true,
      },
      { text: 'Run toolbox talks.', item: true },
      { text: 'CSCS card', item: true },
    ]);
  });

  it('merges a name with the generic word after it, but keeps versions and longer names apart', () => {
    const found = terms(
      'Designer\nRequirements\n• Artwork in CMYK colour\n• CMYK and Pantone proofs\n• IFRS and IFRS 16\n• A-level Further Maths\n• GCSE and A-level',
    );
    expect(found).toContain('CMYK');
    expect(found).not.toContain('CMYK colour');
    expect(found).toEqual(expect.arrayContaining(['IFRS', 'IFRS 16', 'A-level', 'A-level Further Maths']));
  });

  it('names no term after the employer on the line under the title, nor after its own name elsewhere', () => {
    const found = terms(
      'Graphic Designer\nQuillfeather Studio | Leeds | Hybrid\n\nQuillfeather Studio is a branding agency.\nYou will have:\n• Figma, InDesign and Illustrator',
    );
    expect(found).toEqual(expect.arrayContaining(['Figma', 'InDesign', 'Illustrator']));
    expect(found.some((t) => /Quillfeather|Leeds/.test(t))).toBe(false);
  });

  it('counts an acronym and the words it stands for as one term, and lists the items of an enumeration', () => {
    const found = terms(
      'Nurse\nDuties\n• Keep the electronic patient record (EPR) up to date\n• Carry out wound care, catheter care, venepuncture and cannulation\n• Use the EPR daily',
    );
    expect(found.slice(0, 2).sort()).toEqual(['EPR', 'electronic patient record']);
    expect(found).toEqual(expect.arrayContaining(['wound care', 'catheter care', 'venepuncture', 'cannulation']));
  });

  it('keeps codes of capitals and digits and a capitalised name ended by a number whole', () => {
    const found = terms('Engineer\nRequirements\n• Contracts under NEC4\n• Prepare Section 278 agreements\n• GA4 and SQE1');
    expect(found).toEqual(expect.arrayContaining(['NEC4', 'Section 278', 'GA4', 'SQE1']));
  });
});
