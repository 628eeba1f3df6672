import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.894,
  logScore: 0.679,
  lineCount: 0.658,
  symbol: 1.26,
  name: 0.305,
  phrase: -0.193,
  listed: -0.527,
  item: -0.393,
  wordOnly: 1.52,
  oneWord: -0.68,
  threeWords: 0.311,
  acronym: -0.216,
  digit: 0.223,
  rarestWord: -0.086,
  meanRarity: 0.361,
  unknownWord: 0.15,
  commonAcronym: -0.203,
  title: -0.645,
  asks: 0.05,
  nice: -0.733,
  duties: 0.552,
  aside: -0.732,
  headerOrField: -0.429,
  proseOnly: -0.051,
  youLine: 0.437,
  weOnlyLine: -0.163,
  perkLine: -0.697,
  role: -0.128,
  qualification: 0.202,
  loneGerund: -0.354,
  firstSeen: -0.148,
  capitalisedWord: -0.049,
  afterDutyVerb: 1.239,
  afterAskedFor: 0.84,
  nominalHead: 0.374,
  headRarity: 1.331,
  wordSpread: 0.92,
  titleWord: -0.166,
  seenTwiceInAsks: 0.411,
  namesTheRole: -1.065,
  loneEverydayWord: -0.297,
  officeTool: -0.352,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
