import { describe, expect, it } from 'vitest';
import {
  analyzeAnswer,
  contentStems,
  countFillers,
  COVERAGE_THRESHOLD,
  coversPoint,
  FILLERS,
  polarStems,
  stem,
  words,
} from '../../../../electron/main/practice/answer-analysis';

const stemsOf = (answer: string) => polarStems(answer);
const covers = (answer: string, point: string) => coversPoint(stemsOf(answer), point);
/** Filler counts as a plain object, e.g. { um: 2, like: 1 }. */
const fillers = (text: string) => Object.fromEntries(countFillers(text).map((f) => [f.word, f.count]));

describe('words', () => {
  it('lower-cases, folds accents and apostrophes, splits on anything that is not a letter or digit', () => {
    expect(words("Café RÉSUMÉ: don't, it’s 24/7 follow-up!")).toEqual([
      'cafe',
      'resume',
      'dont',
      'its',
      '24',
      '7',
      'follow',
      'up',
    ]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words('  ...  --- !!! ')).toEqual([]);
  });

  it('keeps letters of other scripts', () => {
    expect(words('Größe Ελληνικά')).toEqual(['große', 'ελληνικα']);
  });
});

describe('stem', () => {
  it('brings tested, testing and tests together with test', () => {
    expect(new Set(['test', 'tested', 'testing', 'tests'].map(stem))).toEqual(new Set(['test']));
  });

  it('folds a doubled final consonant (stopped, running) but not ll or ss', () => {
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('running')).toBe(stem('run'));
    expect(stem('planning')).toBe(stem('plan'));
    expect(stem('called')).toBe('call');
  });

  it('maps -ies to -y (studies, study)', () => {
    expect(stem('studies')).toBe(stem('study'));
    expect(stem('priorities')).toBe(stem('priority'));
  });

  it('leaves short words alone rather than cutting them to nothing', () => {
    for (const w of ['is', 'us', 'bed', 'red', 'sing', 'yes']) expect(stem(w)).toBe(w);
  });

  // The point of the stemmer is that the forms a person would naturally use meet. Words ending in a silent
  // "e" (manage/managed, make/makes) and in "ss" (process/processes) are common in interview answers.
  it('brings a silent-e verb together with its inflections (manage, managed, manages, managing)', () => {
    expect(new Set(['manage', 'managed', 'manages', 'managing'].map(stem)).size).toBe(1);
    expect(new Set(['release', 'released', 'releases'].map(stem)).size).toBe(1);
    expect(new Set(['make', 'makes', 'making'].map(stem)).size).toBe(1);
  });

  it('brings a word ending in ss together with its plural (process, processes, processing; class, classes)', () => {
    expect(new Set(['process', 'processes', 'processing'].map(stem)).size).toBe(1);
    expect(stem('classes')).toBe(stem('class'));
  });

  it('still strips a plain plural s (KPIs, APIs, metrics)', () => {
    expect(stem('kpis')).toBe(stem('kpi'));
    expect(stem('apis')).toBe(stem('api'));
    expect(stem('metrics')).toBe(stem('metric'));
  });
});

describe('contentStems', () => {
  it('drops stopwords and stems the rest', () => {
    expect(contentStems('I was testing the deployments with my team')).toEqual(['test', 'deploy', 'team']);
  });
});

describe('coversPoint', () => {
  it('matches across inflections: a point about "tests" is covered by "tested"/"testing"', () => {
    expect(covers('I tested it carefully', 'Writing tests')).toBe(false); // "writing" is missing: 1 of 2
    expect(covers('I was writing and testing', 'Writing tests')).toBe(true);
    expect(covers('tests', 'test')).toBe(true);
    expect(covers('testing', 'tested')).toBe(true);
  });

  it('ticks a point phrased in another inflection of a silent-e or -ss word', () => {
    // Two-word points need both words: one mismatched stem leaves the point unticked.
    expect(covers('I managed the risks early', 'Manage risk')).toBe(true);
    expect(covers('We changed our release process', 'Processes and changes')).toBe(true);
    expect(covers('I stayed focused on the customer', 'Focus on customers')).toBe(true);
  });

  it('ignores stopwords on both sides', () => {
    // Point content: {stakeholder, update}; the answer's stopwords add nothing and take nothing away.
    expect(covers('updates for stakeholders', 'Keep the stakeholders in the loop with updates')).toBe(false); // keep, loop missing
    expect(covers('I kept the loop going: stakeholders got weekly updates', 'stakeholders and updates')).toBe(true);
    // An answer made only of stopwords covers nothing.
    expect(covers('the and of to with my was', 'Measure the result')).toBe(false);
    // Stopwords in the point do not count towards the threshold.
    expect(covers('measure', 'what was the measure of it')).toBe(true);
  });

  it('uses a 60% threshold of distinct content stems, inclusive', () => {
    expect(COVERAGE_THRESHOLD).toBe(0.6);
    const point = 'alpha bravo charlie delta echo'; // 5 stems
    expect(covers('alpha bravo charlie', point)).toBe(true); // 3/5 = 60%
    expect(covers('alpha bravo', point)).toBe(false); // 2/5
    expect(covers('alpha bravo charlie delta echo', point)).toBe(true);
    // 2 of 3 (67%) is enough, 1 of 3 is not; with two words both are needed.
    expect(covers('alpha bravo', 'alpha bravo charlie')).toBe(true);
    expect(covers('charlie', 'alpha bravo charlie')).toBe(false);
    expect(covers('alpha', 'alpha bravo')).toBe(false);
    expect(covers('bravo alpha', 'alpha bravo')).toBe(true);
  });

  it('counts a repeated word in the point once', () => {
    // Distinct stems {alpha, bravo}: "alpha alpha alpha" does not make alpha three-fifths of the point.
    expect(covers('alpha', 'alpha alpha alpha bravo')).toBe(false);
    expect(covers('alpha bravo', 'alpha alpha alpha bravo')).toBe(true);
  });

  it('never counts an empty point, or one made only of stopwords or punctuation, as covered', () => {
    const everything = stemsOf('the a and of to it this that what test team');
    expect(coversPoint(everything, '')).toBe(false);
    expect(coversPoint(everything, '   ')).toBe(false);
    expect(coversPoint(everything, '...!?')).toBe(false);
    expect(coversPoint(everything, 'what is it that')).toBe(false);
    expect(coversPoint(stemsOf(''), 'test')).toBe(false);
  });

  it('ignores case and accents', () => {
    expect(covers('I updated my CV and RESUME', 'Résumé')).toBe(true);
    expect(covers('résumé', 'RESUME')).toBe(true);
    expect(covers('the CAFÉ project', 'cafe project')).toBe(true);
    expect(covers('DONT panic', "don't panic")).toBe(true);
  });

  it('does not match on a prefix or a substring', () => {
    expect(covers('testament', 'test')).toBe(false);
    expect(covers('contest', 'test')).toBe(false);
  });
});

describe('countFillers', () => {
  it('counts um, uh and their drawn-out spellings, and basically', () => {
    expect(fillers('Um, so, uh... umm, basically it worked. Uhh, basically.')).toEqual({ um: 2, uh: 2, basically: 2 });
  });

  it('counts "like" as a filler only where it is not a verb or a comparison', () => {
    expect(fillers('It was, like, hard.')).toEqual({ like: 1 });
    expect(fillers('Like, I think so.')).toEqual({ like: 1 });
    expect(fillers('It was hard, like')).toEqual({ like: 1 });
    expect(fillers('I like Python.')).toEqual({});
    expect(fillers('I would like to lead the team.')).toEqual({});
    expect(fillers('It was like a marathon.')).toEqual({});
    expect(fillers('We like testing, they like shipping, you like both.')).toEqual({});
    expect(fillers('I don’t like surprises.')).toEqual({});
    expect(fillers('It looks like the cache.')).toEqual({});
  });

  it('counts "you know" and "sort of" as phrases, not their words alone', () => {
    expect(fillers('It was, you know, sort of late. You know?')).toEqual({ 'you know': 2, 'sort of': 1 });
    expect(fillers('You said I know the sort.')).toEqual({});
    expect(fillers('know you of sort')).toEqual({});
  });

  it('returns the fillers in the fixed FILLERS order with their counts', () => {
    const list = countFillers('sort of basically you know like um uh um');
    expect(list.map((f) => f.word)).toEqual(['um', 'uh', 'like', 'you know', 'basically', 'sort of']);
    expect(list.map((f) => f.count)).toEqual([2, 1, 1, 1, 1, 1]);
    for (const f of list) expect(FILLERS).toContain(f.word);
  });

  it('finds nothing in a clean answer or in empty text', () => {
    expect(countFillers('I led the migration and cut costs by a third.')).toEqual([]);
    expect(countFillers('')).toEqual([]);
  });

  it('does not count words that merely contain a filler', () => {
    expect(fillers('The umbrella, the album, Uhura and likely outcomes; unlike before.')).toEqual({});
  });
});

describe('analyzeAnswer', () => {
  it('counts words, fillers and covered points', () => {
    const a = analyzeAnswer('Um, I tested the deployment, you know, carefully.', 60_000, [
      { text: 'Testing deployments', origin: 'journal' },
      { text: 'Mention the rollback plan', origin: 'bank' },
    ]);
    expect(a.wordCount).toBe(8);
    expect(a.wordsPerMinute).toBe(8);
    expect(a.fillers).toEqual([
      { word: 'um', count: 1 },
      { word: 'you know', count: 1 },
    ]);
    expect(a.fillerCount).toBe(2);
    expect(a.keyPoints).toEqual([
      { text: 'Testing deployments', origin: 'journal', covered: true },
      { text: 'Mention the rollback plan', origin: 'bank', covered: false },
    ]);
  });

  it('gives no words per minute under 5 seconds, or for an empty answer', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(analyzeAnswer(text, 0, []).wordsPerMinute).toBeNull();
    expect(analyzeAnswer(text, 4_999, []).wordsPerMinute).toBeNull();
    expect(analyzeAnswer(text, 5_000, []).wordsPerMinute).toBe(120);
    expect(analyzeAnswer('', 60_000, []).wordsPerMinute).toBeNull();
    expect(analyzeAnswer('   ', 60_000, []).wordCount).toBe(0);
  });

  it('rounds words per minute to a whole number', () => {
    const ten = 'one two three four five six seven eight nine ten';
    expect(analyzeAnswer(ten, 7_000, []).wordsPerMinute).toBe(86); // 85.71
    expect(analyzeAnswer(ten, 8_000, []).wordsPerMinute).toBe(75); // exactly 75
    expect(analyzeAnswer('a b c', 120_000, []).wordsPerMinute).toBe(2); // 1.5 rounds up
    expect(analyzeAnswer('a', 90_000, []).wordsPerMinute).toBe(1); // 0.67
    expect(analyzeAnswer('a', 600_000, []).wordsPerMinute).toBe(0); // 0.1
  });

  it('keeps the points in order with their origin, including uncovered empty ones', () => {
    const a = analyzeAnswer('anything', 10_000, [
      { text: 'anything', origin: 'bank' },
      { text: '', origin: 'journal' },
    ]);
    expect(a.keyPoints).toEqual([
      { text: 'anything', origin: 'bank', covered: true },
      { text: '', origin: 'journal', covered: false },
    ]);
  });
});

describe('a key point the answer denies is not covered', () => {
  const ticks = (answer: string, point: string) => coversPoint(polarStems(answer), point);

  it.each([
    ['I did not lead anything; the migration was not mine.', 'Lead the migration'],
    ['The migration was not mine.', 'The migration'],
    ["I didn't mentor anyone on that team.", 'Mentor the team'],
    ['The migration wasn’t something I worked on.', 'Worked on the migration'],
    ['We never reduced the latency.', 'Reduced latency'],
    ['There was no testing strategy, and no one owned quality.', 'A testing strategy'],
    ['I have not managed budgets.', 'Managed budgets'],
    ['Stakeholders were not involved at all.', 'Involved stakeholders'],
  ])('"%s" does not cover "%s"', (answer, point) => {
    expect(ticks(answer, point)).toBe(false);
  });

  it.each([
    ['I led the migration, not the hiring.', 'Led the migration'],
    ["I didn't have a team, but I led the migration myself.", 'Led the migration'],
    ['It was not only fast: I led the migration end to end.', 'Led the migration'],
    ['We moved 2 million customers with no downtime.', 'Moved customers with no downtime'],
    ['I never missed a deadline.', 'Never missed a deadline'],
    ['Not everyone agreed, so I wrote the tests first and the rollout went fine.', 'Wrote the tests first'],
    ['I mentored two junior engineers and did not stop there.', 'Mentored junior engineers'],
  ])('"%s" still covers "%s"', (answer, point) => {
    expect(ticks(answer, point)).toBe(true);
  });

  it('counts a denial in the feedback: 0 of 2 ticked, where the words alone would tick both', () => {
    const points = [
      { text: 'Lead the migration', origin: 'bank' as const },
      { text: 'Mentored junior engineers', origin: 'bank' as const },
    ];
    const denied = analyzeAnswer('I did not lead the migration, and I never mentored junior engineers.', 60_000, points);
    expect(denied.keyPoints.map((k) => k.covered)).toEqual([false, false]);
  });
});
