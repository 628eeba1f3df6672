import { describe, expect, it } from 'vitest';
import { fillTemplate, TemplateError } from '../../../../electron/main/followups/template-engine';
import { templateValues, type DraftFacts } from '../../../../electron/main/followups/template-values';
import { loadTemplates, parseTemplate, shippedTemplates } from '../../../../electron/main/followups/templates';
import { TEMPLATE_IDS, WORD_TARGETS } from '../../../../electron/shared/followups-schemas';
import { countWords } from '../../../../electron/shared/followups-text';

const source = (body: string, subject = 'Thanks for the {{role}} interview') =>
  `Label: L\nAbout: A\nSubject: ${subject}\n---\n${body}\n`;

const facts: DraftFacts = {
  company: 'Acme Analytics',
  role: 'Data Engineer',
  heldAt: '2026-03-03T10:00',
  recipientName: 'Ann Lee',
  recipientRole: 'Head of Data',
  specificMoment: 'how the team moved its pipelines to streaming',
  missedPoints: [
    'I led the migration of our nightly batch jobs to Kafka and cut latency from hours to minutes',
    'I mentor two junior engineers',
  ],
  yourName: 'Sam Jones',
  salutation: 'first-name',
  decisionOn: '2026-03-13',
  doDifferently: 'give concrete numbers first and then the story behind them',
  whyFit: 'I have built exactly the kind of pipelines your team is moving to',
  form: 'analysis',
  plan: 'a two-page analysis of where your current pipeline loses time, with three fixes',
  dueOn: '2026-03-10',
};

describe('shipped templates', () => {
  const shipped = shippedTemplates();

  it('has every known template, each with a label, a note, a subject and a body', () => {
    expect([...shipped.keys()]).toEqual([...TEMPLATE_IDS]);
    for (const t of shipped.values()) {
      expect(t.label.length, t.id).toBeGreaterThan(3);
      expect(t.about.length, t.id).toBeGreaterThan(10);
      expect(t.subject.length, t.id).toBeGreaterThan(5);
      expect(t.body.length, t.id).toBeGreaterThan(100);
    }
  });

  it('fills completely from a full journal, stays near its word target, and signs with the name from Settings', () => {
    for (const t of shipped.values()) {
      const values = templateValues(facts);
      const subject = fillTemplate(t.subject, values);
      const body = fillTemplate(t.body, values);
      expect([...subject.unfilled, ...body.unfilled], t.id).toEqual([]);
      expect(body.text).toMatch(/Sam Jones$/);
      const words = countWords(body.text);
      expect(words, `${t.id}: ${words} words`).toBeLessThanOrEqual(WORD_TARGETS[t.kind] + 25);
      expect(words, `${t.id}: ${words} words`).toBeGreaterThanOrEqual(WORD_TARGETS[t.kind] * 0.5);
    }
  });

  it('thank-yous and requests offer each missed point as a whole sentence, the first one first, and drop the paragraph without one', () => {
    const points = ['Forgot to mention my IFRS 16 lease accounting experience', 'the month-end close dispute'];
    for (const id of ['thank-you-formal', 'thank-you-warm', 'second-chance'] as const) {
      const t = shipped.get(id)!;
      const withPoints = fillTemplate(t.body, templateValues({ ...facts, missedPoints: points })).text;
      expect(withPoints, id).toContain(
        ' I should have mentioned my IFRS 16 lease accounting experience. I also meant to mention the month-end close dispute.',
      );
      // No pasted fragments: nothing follows a colon, and no sentence is doubled or left open.
      const paragraph = withPoints.split('\n\n').find((p) => p.includes('IFRS 16'))!;
      expect(paragraph, id).not.toContain(':');
      expect(paragraph, id).toMatch(/^[A-Z][^]*\.$/);
      expect(withPoints).not.toContain('..');
      const without = fillTemplate(t.body, templateValues({ ...facts, missedPoints: [] }));
      expect(without.text, id).not.toMatch(/should have mentioned|did not get across|left something out|did not come across/i);
      expect(without.text).not.toMatch(/\n\n\n/);
    }
  });

  it('says the form of a chance to impress once, whether or not the plan names it', () => {
    const t = shipped.get('chance-to-impress')!;
    const named = fillTemplate(t.body, templateValues({ ...facts, plan: 'A two-page analysis of your Q3 close.' })).text;
    expect(named).toContain('My plan is to prepare a two-page analysis of your Q3 close. I can send it');
    const unnamed = fillTemplate(t.body, templateValues({ ...facts, plan: 'where your Q3 close loses two days' })).text;
    expect(unnamed).toContain('My plan is to prepare a brief analysis: where your Q3 close loses two days. I can send it');
  });

  it('flags what the journal does not hold instead of inventing it', () => {
    const t = shipped.get('thank-you-warm')!;
    const filled = fillTemplate(t.body, templateValues({ ...facts, recipientName: '', specificMoment: '', yourName: '' }));
    expect(filled.unfilled).toEqual(['interviewer_first_name', 'specific_moment', 'your_name']);
    expect(filled.text).toContain('Hi {{interviewer_first_name}},');
  });
});

describe('parseTemplate', () => {
  it('reads the headers and the body, with Windows line endings too', () => {
    const t = parseTemplate('check-in', source('Dear {{interviewer_name}},\n\nHello.').replace(/\n/g, '\r\n'));
    expect(t).toMatchObject({
      id: 'check-in',
      kind: 'check-in',
      label: 'L',
      about: 'A',
      subject: 'Thanks for the {{role}} interview',
    });
    expect(t.body).toBe('Dear {{interviewer_name}},\n\nHello.');
    expect(t.placeholders).toEqual(['role', 'interviewer_name']);
  });

  it('rejects an unknown placeholder in the body, naming the template', () => {
    expect(() => parseTemplate('thank-you-warm', source('Hi {{first_name}}'))).toThrow(
      /Template "thank-you-warm" uses an unknown placeholder \{\{first_name\}\}/,
    );
  });

  it('rejects an unknown placeholder in the subject', () => {
    expect(() => parseTemplate('thank-you-warm', source('Hi', 'About {{job}}'))).toThrow(
      /Template "thank-you-warm" \(subject\) uses an unknown placeholder \{\{job\}\}/,
    );
  });

  it.each([
    ['no separator', 'Label: L\nAbout: A\nSubject: S\nBody', /no "---" line/],
    ['an unknown header', 'Label: L\nAbout: A\nSubject: S\nFrom: me\n---\nBody', /unknown header line "From: me"/],
    ['a missing header', 'Label: L\nSubject: S\n---\nBody', /needs a "About:" header/],
    ['an empty body', 'Label: L\nAbout: A\nSubject: S\n---\n  \n', /empty body/],
  ])('rejects a file with %s', (_name, text, message) => {
    expect(() => parseTemplate('check-in', text)).toThrow(message);
  });
});

describe('loadTemplates', () => {
  const all = Object.fromEntries(TEMPLATE_IDS.map((id) => [`../resources/templates/${id}.txt`, source('Hello {{company}}')]));

  it('loads one template per known id', () => {
    expect([...loadTemplates(all).keys()]).toEqual([...TEMPLATE_IDS]);
  });

  it('refuses a file that is not a known template', () => {
    expect(() => loadTemplates({ ...all, '../resources/templates/apology.txt': source('x') })).toThrow(
      /"..\/resources\/templates\/apology.txt" is not one of/,
    );
  });

  it('refuses a missing template', () => {
    const { ['../resources/templates/check-in.txt']: _gone, ...rest } = all;
    expect(() => loadTemplates(rest)).toThrow(/missing: check-in.txt/);
  });

  it('refuses the whole set when one file has an unknown placeholder', () => {
    expect(() => loadTemplates({ ...all, '../resources/templates/second-chance.txt': source('{{bribe}}') })).toThrow(
      TemplateError,
    );
  });
});
