import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.244,
  logScore: 0.592,
  lineCount: 0.333,
  symbol: 1.118,
  name: 0.496,
  phrase: -0.176,
  listed: -0.572,
  item: -0.079,
  wordOnly: 1.32,
  oneWord: -0.616,
  threeWords: 0.271,
  acronym: -0.196,
  digit: 0.21,
  rarestWord: -0.025,
  meanRarity: 0.109,
  unknownWord: 0.124,
  commonAcronym: -0.197,
  title: -0.752,
  asks: 0.047,
  nice: -0.981,
  duties: 0.534,
  aside: -0.435,
  headerOrField: -0.262,
  proseOnly: -0.149,
  youLine: 0.36,
  weOnlyLine: -0.215,
  perkLine: -0.579,
  role: -0.303,
  qualification: 0.414,
  loneGerund: -0.429,
  firstSeen: -0.268,
  capitalisedWord: 0.084,
  afterDutyVerb: 1.107,
  afterAskedFor: 0.608,
  nominalHead: 0.369,
  headRarity: 1.015,
  wordSpread: 0.574,
  titleWord: -0.086,
  seenTwiceInAsks: 0.741,
  namesTheRole: -0.974,
  loneEverydayWord: -0.483,
};

/** How likely a term is to be one the job is screened for, from 0 to 1: the logistic of its weighed features. */
export function rankScore(features: Features): number {
  const z = FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
  return 1 / (1 + Math.exp(-z));
}
