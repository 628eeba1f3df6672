import { describe, expect, it } from 'vitest';
import {
  extractPoint,
  findForgottenSentences,
  pointKey,
  sentencesOf,
} from '../../../../electron/main/journal/forgotten-sentences';

describe('the point a sentence says was not got across', () => {
  it.each([
    ['Forgot to mention my IFRS 16 lease accounting experience', 'my IFRS 16 lease accounting experience'],
    ['I forgot to mention my IFRS 16 lease accounting experience.', 'my IFRS 16 lease accounting experience'],
    ['Completely forgot about the certification', 'the certification'],
    ['Should have said I am happy to relocate.', 'I am happy to relocate'],
    ["I should've mentioned that I speak German!", 'that I speak German'],
    ['Didn’t talk about my leadership of the audit team.', 'my leadership of the audit team'],
    ['I never brought up the Kafka migration in the interview', 'the Kafka migration'],
    ["Didn't say anything about my MBA", 'my MBA'],
    ['Forgot to tell them about the cost savings, which was the best part', 'the cost savings'],
    ['I wish I had explained how I listened first', 'how I listened first'],
    ['Ran out of time to mention the award - annoying', 'the award'],
    ['I never brought up the audit I led, sadly.', 'the audit I led'],
    ['Did not get to mention My portfolio site', 'my portfolio site'],
    ['My notice period, which I forgot to mention.', 'my notice period'],
    ['My leadership experience did not come across at all.', 'my leadership experience'],
    ['The SAP rollout never came up', 'the SAP rollout'],
    ['Left out the IFRS-16 part entirely.', 'the IFRS-16 part'],
    ['I would have liked to mention C++ and C# work', 'C++ and C# work'],
    // A point is the whole claim: what the work did, numbers included, is not an aside.
    [
      'I forgot to mention my Kafka migration at Contoso, which cut latency from 2 h to 5 min.',
      'my Kafka migration at Contoso, which cut latency from 2 h to 5 min',
    ],
    [
      'Never brought up the billing rewrite, which reduced invoice errors by 30%, sadly.',
      'the billing rewrite, which reduced invoice errors by 30%',
    ],
    ['Forgot to mention the audit, which I think was my best work', 'the audit'],
    ['Should have mentioned the rollout, which would have helped', 'the rollout'],
  ])('%s -> %s', (sentence, point) => {
    expect(extractPoint(sentence)).toBe(point);
  });

  it.each([
    ["Don't forget to mention the award next time"],
    ['I did not forget to mention the award.'],
    ['Forgot to ask about the salary.'],
    ['I forgot.'],
    ['Could have explained it better.'],
    ['I did not mention it.'],
    ['Was five minutes late and flustered.'],
    ['Good rapport with Ann.'],
  ])('finds nothing in "%s"', (sentence) => {
    expect(extractPoint(sentence)).toBeNull();
  });
});

describe('splitting what was written into sentences', () => {
  it('splits at full stops, line breaks and list markers, not after abbreviations or inside numbers', () => {
    expect(
      sentencesOf(
        'Rambled on the first question. Forgot e.g. the 3.5 year project!\n- should have said X\n2. Late\n\n  Met Dr. Lee first',
      ),
    ).toEqual([
      'Rambled on the first question.',
      'Forgot e.g. the 3.5 year project!',
      'should have said X',
      'Late',
      'Met Dr. Lee first',
    ]);
  });
});

describe('finding the sentences in a journal', () => {
  it('suggests each point once, naming every place it was written, in the order written', () => {
    const found = findForgottenSentences([
      { label: 'Notes', text: 'Long day. Forgot to mention my IFRS 16 lease accounting experience.\nAnn was kind.' },
      {
        label: 'Quality of answers: what went badly',
        text: 'Rambled. I forgot to mention my IFRS 16 lease accounting experience! Never brought up the audit.',
      },
      { label: 'Closing statement: what went badly', text: 'Ended abruptly.' },
    ]);
    expect(found).toEqual([
      {
        key: 'my ifrs 16 lease accounting experience',
        sentence: 'Forgot to mention my IFRS 16 lease accounting experience.',
        point: 'my IFRS 16 lease accounting experience',
        from: ['Notes', 'Quality of answers: what went badly'],
      },
      {
        key: 'the audit',
        sentence: 'Never brought up the audit.',
        point: 'the audit',
        from: ['Quality of answers: what went badly'],
      },
    ]);
  });

  it('finds nothing in a journal that says nothing was forgotten', () => {
    expect(findForgottenSentences([{ label: 'Notes', text: 'Late by five minutes. Good rapport.' }])).toEqual([]);
  });

  it('keys a point by its words alone', () => {
    expect(pointKey('My  IFRS-16 Experience.')).toBe(pointKey('my ifrs 16 experience'));
    expect(pointKey('Café C++')).toBe('cafe c++');
  });
});
