import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.938,
  logScore: 0.656,
  lineCount: 0.769,
  symbol: 1.486,
  name: 0.449,
  phrase: -0.3,
  listed: -0.581,
  item: -0.464,
  wordOnly: 1.383,
  oneWord: -0.596,
  threeWords: 0.343,
  acronym: -0.215,
  digit: 0.039,
  rarestWord: -0.027,
  meanRarity: 0.308,
  unknownWord: 0.306,
  commonAcronym: -0.013,
  title: -0.859,
  asks: -0.02,
  nice: -0.886,
  duties: 0.474,
  aside: -1.826,
  fieldLine: -0.382,
  proseOnly: -0.042,
  youLine: 0.446,
  weOnlyLine: -0.127,
  perkLine: -0.439,
  role: -0.21,
  qualification: -0.221,
  loneGerund: -0.291,
  firstSeen: 0.007,
  capitalisedWord: -0.237,
  afterDutyVerb: 1.256,
  afterAskedFor: 0.582,
  nominalHead: 0.361,
  headRarity: 1.215,
  wordSpread: 0.997,
  titleWord: -0.205,
  seenTwiceInAsks: 0.431,
  namesTheRole: -1.175,
  loneEverydayWord: -0.333,
  officeTool: -0.442,
  lineStart: 0.427,
  inBrackets: -0.391,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
