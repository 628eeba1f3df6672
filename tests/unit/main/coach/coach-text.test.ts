import { describe, expect, it } from 'vitest';
import { segmentUnits, splitRun } from '../../../../electron/main/coach/clauses';
import { countPronouns } from '../../../../electron/main/coach/pronouns';
import { segmentSentences, segmentWords } from '../../../../electron/main/coach/segment';
import { hasQuantity } from '../../../../electron/main/coach/numbers';
import { looksEnglish } from '../../../../electron/main/coach/language-check';
import { answerLength } from '../../../../electron/main/coach/answer-length';

const texts = (text: string, spans: { start: number; end: number; text: string }[]) => {
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
};
const pronouns = (text: string) => countPronouns(segmentWords(text));
const quantity = (text: string) => hasQuantity(segmentWords(text), text);

describe('sentences and clauses', () => {
  it('splits sentences, including a full stop before a lower-case word, and keeps "e.g." whole', () => {
    const text = 'It broke on Friday. so i fixed it. We used a tool, e.g. a script, to check.';
    expect(texts(text, segmentSentences(text))).toEqual([
      'It broke on Friday.',
      'so i fixed it.',
      'We used a tool, e.g. a script, to check.',
    ]);
  });

  it('cuts a long unpunctuated run at its discourse markers, each piece the answer’s own characters', () => {
    const text =
      'i was on nights in the warehouse and the trucks kept leaving late so i timed the pickers for a week and then i moved the fast lines near the doors because they walked too far which meant we caught every truck';
    expect(texts(text, segmentUnits(text))).toEqual([
      'i was on nights in the warehouse',
      'and the trucks kept leaving late',
      'so i timed the pickers for a week',
      'and then i moved the fast lines near the doors',
      'because they walked too far',
      'which meant we caught every truck',
    ]);
  });

  it('leaves a short sentence whole, and does not cut at "so that"', () => {
    const text = 'I moved the desks so that the team could sit together and talk.';
    expect(splitRun(text, { start: 0, end: text.length, text })).toHaveLength(1);
  });

  it('cuts after a comma at "so" in a sentence of any length', () => {
    const text = 'I was the on-call engineer, so it was my job to get it back up.';
    expect(texts(text, segmentUnits(text))).toEqual(['I was the on-call engineer', 'so it was my job to get it back up.']);
  });
});

describe('pronouns', () => {
  it('counts exactly the issue’s words, whole words, any case, straight or curly apostrophes', () => {
    expect(pronouns('I, me, my, mine, myself, I’m, I’ve, I’d, I’ll')).toEqual({ singular: 9, plural: 0 });
    expect(pronouns("We, us, our, ours, ourselves, we're, we've, we'd, we'll")).toEqual({ singular: 0, plural: 9 });
    expect(pronouns('MY team and I; WE said it to US')).toEqual({ singular: 2, plural: 2 });
  });

  it('does not count words that contain them ("use", "hour", "well", "it’s", "Iris")', () => {
    expect(pronouns('Use the hour well; it’s Iris, a mime, in Ourense, with wee user ideas.')).toEqual({
      singular: 0,
      plural: 0,
    });
  });
});

describe('numbers in a result', () => {
  it('finds figures, percentages, money, times and counts in words', () => {
    for (const t of [
      'falls dropped from 10 to 3',
      'up by 25%',
      'saved $4,000',
      'it took twenty minutes',
      'twice as fast',
      'three times faster',
      'cut it in half',
      'a dozen new clients',
      'within an hour',
      'we did not lose a single day',
    ])
      expect(quantity(t), t).toBe(true);
  });

  it('does not take "one of them", "a week later" style wording or plain words for a number', () => {
    for (const t of ['one of them funded it', 'the client was happy', 'everyone liked it', 'no one complained'])
      expect(quantity(t), t).toBe(false);
  });
});

describe('language', () => {
  const english = (t: string) => looksEnglish(segmentWords(t));
  it('reads English, however badly punctuated, as English', () => {
    expect(english('um so i was on the ward and we had a lot of falls')).toBe(true);
    expect(english('LAST MONTH I SHOWED HER THE TILL')).toBe(true);
  });
  it('takes French and Nyanja as another language', () => {
    expect(english("L'année dernière, je travaillais dans une boulangerie et le four est tombé en panne.")).toBe(false);
    expect(english('Ndalemba ntchito yanga kusukulu chaka chatha. Ndinali mphunzitsi ndipo ana ambiri sankabwera.')).toBe(false);
  });
});

describe('length', () => {
  it('uses the speaking time for a spoken answer, and 150 words a minute for a typed one', () => {
    expect(answerLength(10, 90_000)).toEqual({ seconds: 90, source: 'speech', verdict: 'good' });
    expect(answerLength(75, null)).toEqual({ seconds: 30, source: 'words', verdict: 'short' });
    expect(answerLength(400, null)).toEqual({ seconds: 160, source: 'words', verdict: 'long' });
  });
});
