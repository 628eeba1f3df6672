import { describe, expect, it } from 'vitest';
import { cleanJobLines } from '../../../../electron/main/stories/job-terms/job-text';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';
import { readLayout } from '../../../../electron/main/stories/job-terms/job-sections';

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

  it('takes a sentence for the employer\'s by a word of its own name, never by "The" that opens it', () => {
    const lines = [
      'Sound Engineer',
      "The Cordwainers' Hall, Norwich – permanent, full-time",
      'You will need a good working knowledge of signal flow and the desks.',
      "The Cordwainers' Hall is a concert venue in the middle of Norwich.",
      'The venue runs the NHS staff choir as well.',
    ];
    const layout = readLayout(
      lines,
      lines.map(() => false),
    );
    expect(layout.employer.has('the')).toBe(false);
    expect(layout.part.slice(2)).toEqual(['other', 'employer', 'other']);
  });

  it('weighs a sentence about applying as little as the perks, but not a requirement that opens "To apply you must"', () => {
    const lines = [
      'Speech and Language Therapist',
      '',
      'To apply you must hold a degree in speech and language therapy.',
      'To apply, send a CV and a short cover letter to jobs@hall.example by 8 January.',
      'For an informal chat, please contact Rhian Morgan, Clinical Lead, on 01743 555 210.',
    ];
    const layout = readLayout(
      lines,
      lines.map(() => false),
    );
    expect(layout.part.slice(2)).toEqual(['other', 'aside', 'aside']);
    expect(layout.weight[3]).toBeLessThan(layout.weight[2]! / 2);
    // Requirements and duties that only share its words are asked for as before.
    const asked = [
      'Tax Adviser',
      'Requirements',
      'Ability to apply, interpret and explain VAT legislation to clients',
      'Screen each CV against the brief and pass shortlists to hiring managers',
      'User interviews are central to how we decide what to build.',
    ];
    expect(readLayout(asked, [false, false, true, true, false]).part.slice(2)).toEqual(['asks', 'asks', 'asks']);
  });

  it('names no address, pay band or sentence opening as a term, and keeps a hyphenated name with its number whole', () => {
    const found = terms(
      'HVAC Engineer (Band 5/6)\n\nRequirements\n• F-Gas Category 1 certificate\n• Between 157 cm and 190 cm tall\n• Send your CV to jobs@airwell.example or see www.airwell.example/careers',
    );
    expect(found).toContain('F-Gas Category 1');
    expect(found).not.toContain('Gas Category 1');
    expect(found.filter((t) => /airwell|Band|Between/i.test(t))).toEqual([]);
    expect(terms('Developer\nRequirements\n• Commercial experience with Node.js/React and TypeScript')).toContain(
      'Node.js/React',
    );
  });

  it('keeps a qualification and a law whole, their small words and all, without the words before them', () => {
    const found = terms(
      'Care Home Manager\n\nRequirements\n' +
        '• You will hold a Level 5 Diploma in Leadership and Management for Adult Care\n' +
        '• NVQ Level 3 in Air Conditioning and Refrigeration, or BSc (Hons) in Diagnostic Radiography\n' +
        '• Sound working knowledge of the Food Safety Act 1990 and the Health and Safety at Work etc. Act 1974\n' +
        '• Monitor sound levels under the Control of Noise at Work Regulations',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Level 5 Diploma in Leadership and Management for Adult Care',
        'NVQ Level 3 in Air Conditioning and Refrigeration',
        'BSc (Hons) in Diagnostic Radiography',
        'Food Safety Act 1990',
        'Health and Safety at Work etc. Act 1974',
        'Control of Noise at Work Regulations',
      ]),
    );
    expect(found.filter((t) => /^(Act 1974|Work Regulations|You will hold.*|the .*|Sound working.*)$/.test(t))).toEqual([]);
    // Two laws joined by "and the" are two terms, not one.
    expect(found.some((t) => /1990 and/.test(t))).toBe(false);
  });

  it('keeps a title whole when it opens a list item, and takes no law from a slogan, nor a name from a role "at" an employer', () => {
    const found = terms(
      'Facilities Manager\n\nRequirements\n• Health and Safety at Work etc. Act 1974\n• Working Time Regulations\n' +
        '• Work at Height Regulations 2005\n• Degree in Civil Engineering\n' +
        '• Degree in Computer Science and Microsoft Azure experience\n• Diploma in Accounting or ACCA qualified\n\n' +
        'About us\nWe Think Big and Act Fast. We were Employer of the Year Award in March.\n' +
        'You will join as Staff Nurse at Royal Free Hospital.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Health and Safety at Work etc. Act 1974',
        'Working Time Regulations',
        'Work at Height Regulations 2005',
        'Degree in Civil Engineering',
        'Degree in Computer Science',
        'Microsoft Azure',
        'Diploma in Accounting',
        'ACCA',
      ]),
    );
    expect(found.filter((t) => /Act Fast|and Act|at Royal|^Safety at Work|^Time Regulations/.test(t))).toEqual([]);
  });

  it('reads "e.g.", "i.e." and "etc." inside a sentence, not as its end', () => {
    const found = terms('Data Analyst\n\nRequirements\n• Strong spreadsheet skills, e.g. Excel Power Query and pivot tables');
    expect(found).toContain('Excel Power Query');
  });
});
