import { describe, expect, it } from 'vitest';
import { checkTemplate, fillTemplate, TemplateError } from '../../../../electron/main/followups/template-engine';

describe('checkTemplate', () => {
  it('returns the known placeholders a text uses, sections included, each once', () => {
    expect(
      checkTemplate(
        'Dear {{interviewer_name}}, {{company}} {{#missed_point_1}}{{missed_point_1}}{{/missed_point_1}} {{company}}',
        't',
      ),
    ).toEqual(['interviewer_name', 'company', 'missed_point_1']);
  });

  it('rejects an unknown placeholder with a message naming the template, the placeholder and the known ones', () => {
    expect(() => checkTemplate('Hello {{salary}}', 'Template "x"')).toThrow(TemplateError);
    expect(() => checkTemplate('Hello {{salary}}', 'Template "x"')).toThrow(
      /Template "x" uses an unknown placeholder \{\{salary\}\}.*\{\{company\}\}/,
    );
  });

  it.each([
    ['spaces inside the braces', 'Hi {{ company }}'],
    ['capitals', 'Hi {{Company}}'],
    ['an unknown section', '{{#salary}}x{{/salary}}'],
    ['an empty tag', 'Hi {{}}'],
    ['a dash instead of an underscore', '{{interviewer-name}}'],
  ])('rejects %s', (_name, text) => {
    expect(() => checkTemplate(text, 't')).toThrow(/unknown placeholder/);
  });

  it.each([
    ['an unclosed section', '{{#company}} hello', /never closes the section \{\{#company\}\}/],
    ['a close without an open', 'hello {{/company}}', /no section is open/],
    ['crossed sections', '{{#company}}{{#role}}x{{/company}}{{/role}}', /closes \{\{\/company\}\} but \{\{#role\}\} is open/],
    ['a section inside itself', '{{#company}}{{#company}}x{{/company}}{{/company}}', /inside itself/],
    ['a stray opening brace pair', 'Hi {{company', /stray/],
    ['a stray closing brace pair', 'Hi company}}', /stray/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => checkTemplate(text, 't')).toThrow(message);
  });
});

describe('fillTemplate', () => {
  it('shows an inverted section only when its value is empty, so one sentence can agree with a count', () => {
    const t =
      '{{missed_point_1}}{{#missed_point_2}} {{missed_point_2}} They bear on it.{{/missed_point_2}}{{^missed_point_2}} It bears on it.{{/missed_point_2}}';
    expect(checkTemplate(t, 'T')).toEqual(['missed_point_1', 'missed_point_2']);
    expect(fillTemplate(t, { missed_point_1: 'A.' }).text).toBe('A. It bears on it.');
    expect(fillTemplate(t, { missed_point_1: 'A.', missed_point_2: 'B.' }).text).toBe('A. B. They bear on it.');
  });

  it('replaces placeholders that have a value', () => {
    expect(
      fillTemplate('Dear {{interviewer_name}}, about {{role}} at {{company}}.', {
        interviewer_name: 'Ann Lee',
        role: 'Engineer',
        company: 'Acme',
      }),
    ).toEqual({
      text: 'Dear Ann Lee, about Engineer at Acme.',
      unfilled: [],
    });
  });

  it('leaves missing or blank values as {{name}} and lists them once, in order', () => {
    const filled = fillTemplate('{{role}} at {{company}}; {{specific_moment}} and {{role}} again', {
      company: 'Acme',
      role: '   ',
    });
    expect(filled.text).toBe('{{role}} at Acme; {{specific_moment}} and {{role}} again');
    expect(filled.unfilled).toEqual(['role', 'specific_moment']);
  });

  it('keeps a section with a value and drops one without, taking its own lines with it', () => {
    const text = [
      'Para one.',
      '',
      '{{#missed_point_1}}',
      'Missed: {{missed_point_1}}.',
      '',
      '{{/missed_point_1}}',
      'Para two.',
    ].join('\n');
    expect(fillTemplate(text, { missed_point_1: 'the migration' }).text).toBe('Para one.\n\nMissed: the migration.\n\nPara two.');
    expect(fillTemplate(text, {}).text).toBe('Para one.\n\nPara two.');
    expect(fillTemplate(text, {}).unfilled).toEqual([]);
  });

  it('handles a section nested in another, inline', () => {
    const text =
      '{{#missed_point_1}}A: {{missed_point_1}}.{{#missed_point_2}} B: {{missed_point_2}}.{{/missed_point_2}}{{/missed_point_1}}';
    expect(fillTemplate(text, { missed_point_1: 'one', missed_point_2: 'two' }).text).toBe('A: one. B: two.');
    expect(fillTemplate(text, { missed_point_1: 'one' }).text).toBe('A: one.');
    expect(fillTemplate(text, { missed_point_2: 'two' }).text).toBe('');
  });

  it('inserts values as plain text: braces in a value are never read as template syntax', () => {
    const filled = fillTemplate('About {{specific_moment}} at {{company}}', {
      specific_moment: '{{company}} and {{#role}}',
      company: 'Acme',
    });
    expect(filled.text).toBe('About {{company}} and {{#role}} at Acme');
    expect(filled.unfilled).toEqual([]);
  });

  it('trims values, trailing spaces on lines and runs of blank lines', () => {
    expect(fillTemplate('Hi {{company}}   \n\n\n\nBye', { company: '  Acme  ' }).text).toBe('Hi Acme\n\nBye');
  });
});
