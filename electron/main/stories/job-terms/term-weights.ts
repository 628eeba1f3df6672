import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.508,
  logScore: 0.594,
  lineCount: 0.596,
  symbol: 1.139,
  name: 0.436,
  phrase: -0.15,
  listed: -0.508,
  item: -0.235,
  wordOnly: 1.473,
  oneWord: -0.61,
  threeWords: 0.316,
  acronym: -0.201,
  digit: 0.181,
  rarestWord: -0.075,
  meanRarity: 0.253,
  unknownWord: 0.124,
  commonAcronym: -0.219,
  title: -0.632,
  asks: 0.015,
  nice: -0.658,
  duties: 0.487,
  aside: -0.59,
  headerOrField: -0.319,
  proseOnly: -0.163,
  youLine: 0.466,
  weOnlyLine: -0.205,
  perkLine: -0.668,
  role: -0.387,
  qualification: 0.243,
  loneGerund: -0.468,
  firstSeen: -0.185,
  capitalisedWord: 0.015,
  afterDutyVerb: 1.144,
  afterAskedFor: 0.628,
  nominalHead: 0.341,
  headRarity: 1.191,
  wordSpread: 0.73,
  titleWord: -0.177,
  seenTwiceInAsks: 0.489,
  namesTheRole: -1.048,
  loneEverydayWord: -0.483,
  officeTool: -0.334,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
