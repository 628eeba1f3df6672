import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.957,
  logScore: 0.657,
  lineCount: 0.766,
  symbol: 1.395,
  name: 0.415,
  phrase: -0.284,
  listed: -0.578,
  item: -0.483,
  wordOnly: 1.394,
  oneWord: -0.589,
  threeWords: 0.39,
  acronym: -0.152,
  digit: 0.045,
  rarestWord: -0.083,
  meanRarity: 0.318,
  unknownWord: 0.262,
  commonAcronym: -0.028,
  title: -0.838,
  asks: -0.032,
  nice: -0.872,
  duties: 0.486,
  aside: -1.814,
  fieldLine: -0.378,
  proseOnly: -0.023,
  youLine: 0.418,
  weOnlyLine: -0.146,
  perkLine: -0.425,
  role: -0.207,
  qualification: -0.066,
  loneGerund: -0.303,
  firstSeen: -0.021,
  capitalisedWord: -0.207,
  afterDutyVerb: 1.26,
  afterAskedFor: 0.593,
  nominalHead: 0.383,
  headRarity: 1.274,
  wordSpread: 1.001,
  titleWord: -0.174,
  seenTwiceInAsks: 0.432,
  namesTheRole: -1.179,
  loneEverydayWord: -0.339,
  officeTool: -0.417,
  lineStart: 0.41,
  inBrackets: -0.351,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
