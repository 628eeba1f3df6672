import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.948,
  logScore: 0.659,
  lineCount: 0.787,
  symbol: 1.379,
  name: 0.407,
  phrase: -0.292,
  listed: -0.581,
  item: -0.489,
  wordOnly: 1.386,
  oneWord: -0.578,
  threeWords: 0.391,
  acronym: -0.152,
  digit: 0.054,
  rarestWord: -0.094,
  meanRarity: 0.319,
  unknownWord: 0.276,
  commonAcronym: -0.024,
  title: -0.831,
  asks: -0.035,
  nice: -0.877,
  duties: 0.484,
  aside: -1.795,
  fieldLine: -0.377,
  proseOnly: -0.016,
  youLine: 0.418,
  weOnlyLine: -0.14,
  perkLine: -0.455,
  role: -0.21,
  qualification: -0.071,
  loneGerund: -0.313,
  firstSeen: 0.005,
  capitalisedWord: -0.21,
  afterDutyVerb: 1.262,
  afterAskedFor: 0.59,
  nominalHead: 0.393,
  headRarity: 1.257,
  wordSpread: 1.005,
  titleWord: -0.169,
  seenTwiceInAsks: 0.407,
  namesTheRole: -1.178,
  loneEverydayWord: -0.356,
  officeTool: -0.418,
  lineStart: 0.402,
  inBrackets: -0.372,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
