import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.935,
  logScore: 0.658,
  lineCount: 0.794,
  symbol: 1.389,
  name: 0.393,
  phrase: -0.236,
  listed: -0.58,
  item: -0.487,
  wordOnly: 1.417,
  oneWord: -0.597,
  threeWords: 0.421,
  acronym: -0.17,
  digit: 0.059,
  rarestWord: -0.088,
  meanRarity: 0.34,
  unknownWord: 0.26,
  commonAcronym: -0.02,
  title: -0.813,
  asks: -0.05,
  nice: -0.826,
  duties: 0.468,
  aside: -1.75,
  headerOrField: -0.298,
  proseOnly: -0.037,
  youLine: 0.376,
  weOnlyLine: -0.143,
  perkLine: -0.461,
  role: -0.208,
  qualification: -0.001,
  loneGerund: -0.293,
  firstSeen: 0.023,
  capitalisedWord: -0.162,
  afterDutyVerb: 1.405,
  afterAskedFor: 0.715,
  nominalHead: 0.401,
  headRarity: 1.242,
  wordSpread: 1.019,
  titleWord: -0.169,
  seenTwiceInAsks: 0.4,
  namesTheRole: -1.08,
  loneEverydayWord: -0.346,
  officeTool: -0.379,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
