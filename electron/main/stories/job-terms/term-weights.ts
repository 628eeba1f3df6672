import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.542,
  logScore: 0.728,
  lineCount: 0.316,
  symbol: 1.049,
  name: 0.466,
  phrase: -0.119,
  listed: -0.617,
  item: -0.145,
  wordOnly: 1.358,
  oneWord: -0.648,
  threeWords: 0.298,
  acronym: -0.109,
  digit: -0.074,
  rarestWord: -0.009,
  meanRarity: 0.192,
  unknownWord: 0.08,
  commonAcronym: -0.172,
  title: -0.378,
  asks: 0.026,
  nice: -1.002,
  duties: 0.51,
  aside: -0.354,
  headerOrField: -0.319,
  proseOnly: -0.06,
  youLine: 0.334,
  weOnlyLine: -0.19,
  perkLine: -0.503,
  role: -0.218,
  qualification: 0.462,
  loneGerund: -0.421,
  firstSeen: -0.314,
  capitalisedWord: 0.049,
  afterDutyVerb: 1.109,
  afterAskedFor: 0.558,
  nominalHead: 0.371,
  headRarity: 1.259,
  wordSpread: 0.422,
  titleWord: -0.166,
  seenTwiceInAsks: 0.63,
};

/** How likely a term is to be one the job is screened for, from 0 to 1: the logistic of its weighed features. */
export function rankScore(features: Features): number {
  const z = FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
  return 1 / (1 + Math.exp(-z));
}
