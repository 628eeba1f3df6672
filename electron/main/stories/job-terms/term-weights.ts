import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.505,
  logScore: 0.697,
  lineCount: 0.324,
  symbol: 0.859,
  name: 0.633,
  phrase: -0.134,
  listed: -0.605,
  item: -0.096,
  wordOnly: 1.339,
  oneWord: -0.704,
  threeWords: 0.328,
  acronym: -0.258,
  digit: 0.099,
  rarestWord: -0.017,
  meanRarity: 0.178,
  unknownWord: 0.47,
  commonAcronym: 0.124,
  title: -0.288,
  asks: 0.016,
  nice: -1.011,
  duties: 0.509,
  aside: -0.35,
  headerOrField: -0.323,
  proseOnly: -0.091,
  youLine: 0.334,
  weOnlyLine: -0.199,
  perkLine: -0.583,
  role: -0.215,
  qualification: 0.274,
  loneGerund: -0.418,
  firstSeen: -0.285,
  capitalisedWord: 0.252,
  afterDutyVerb: 1.111,
  afterAskedFor: 0.541,
  nominalHead: 0.406,
  headRarity: 1.165,
  wordSpread: 0.562,
  titleWord: -0.06,
  seenTwiceInAsks: 0.636,
};

/** How likely a term is to be one the job is screened for, from 0 to 1: the logistic of its weighed features. */
export function rankScore(features: Features): number {
  const z = FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
  return 1 / (1 + Math.exp(-z));
}
