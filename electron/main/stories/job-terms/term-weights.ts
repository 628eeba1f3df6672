import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.941,
  logScore: 0.655,
  lineCount: 0.771,
  symbol: 1.487,
  name: 0.438,
  phrase: -0.294,
  listed: -0.575,
  item: -0.518,
  wordOnly: 1.387,
  oneWord: -0.592,
  threeWords: 0.346,
  acronym: -0.215,
  digit: 0.047,
  rarestWord: -0.03,
  meanRarity: 0.311,
  unknownWord: 0.312,
  commonAcronym: -0.015,
  title: -0.85,
  asks: -0.023,
  nice: -0.913,
  duties: 0.479,
  aside: -1.823,
  fieldLine: -0.381,
  proseOnly: -0.035,
  youLine: 0.443,
  weOnlyLine: -0.129,
  perkLine: -0.434,
  role: -0.207,
  qualification: -0.209,
  loneGerund: -0.29,
  firstSeen: 0.001,
  capitalisedWord: -0.222,
  afterDutyVerb: 1.258,
  afterAskedFor: 0.594,
  nominalHead: 0.359,
  headRarity: 1.212,
  wordSpread: 0.974,
  titleWord: -0.198,
  seenTwiceInAsks: 0.432,
  namesTheRole: -1.172,
  loneEverydayWord: -0.334,
  officeTool: -0.44,
  lineStart: 0.426,
  inBrackets: -0.387,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
