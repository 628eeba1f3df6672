import { describe, expect, it } from 'vitest';
import { missedPointSentence, pointAsObject } from '../../../../electron/main/followups/missed-point-sentences';

describe('a missed point as a sentence of a letter', () => {
  it.each([
    ['my IFRS 16 lease accounting experience', 'I should have mentioned my IFRS 16 lease accounting experience.'],
    [
      'Forgot to mention my IFRS 16 lease accounting experience.',
      'I should have mentioned my IFRS 16 lease accounting experience.',
    ],
    ['I should have said that I speak German', 'I should have mentioned that I speak German.'],
    ['I speak German.', 'I should have mentioned that I speak German.'],
    ["I'm happy to relocate", "I should have mentioned that I'm happy to relocate."],
    ['led the Kafka migration', 'I should have mentioned that I led the Kafka migration.'],
    ['listened first', 'I should have mentioned that I listened first.'],
    ['How I listened first', 'I should have mentioned how I listened first.'],
    ['The month-end close dispute;', 'I should have mentioned the month-end close dispute.'],
    ['IFRS 16 experience', 'I should have mentioned IFRS 16 experience.'],
    ['automated testing at scale', 'I should have mentioned automated testing at scale.'],
    [
      'I forgot to mention my Kafka migration at Contoso, which cut latency from 2 h to 5 min',
      'I should have mentioned my Kafka migration at Contoso, which cut latency from 2 h to 5 min.',
    ],
    [
      'the migration moved 2 million customers with zero downtime',
      'I should have mentioned the migration moved 2 million customers with zero downtime.',
    ],
  ])('%j -> %j', (point, sentence) => {
    expect(missedPointSentence(point, 0)).toBe(sentence);
  });

  it('words the second point as an addition, and an empty point as nothing', () => {
    expect(missedPointSentence('the month-end close dispute', 1)).toBe('I also meant to mention the month-end close dispute.');
    expect(missedPointSentence('  ', 0)).toBe('');
    expect(missedPointSentence(undefined, 1)).toBe('');
  });

  it('keeps names and acronyms as written', () => {
    expect(pointAsObject('SAP S/4HANA rollout')).toBe('SAP S/4HANA rollout');
    expect(pointAsObject('Python and C++ work')).toBe('Python and C++ work');
  });
});
