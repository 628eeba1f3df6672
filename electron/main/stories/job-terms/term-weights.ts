import { FEATURE_NAMES, type Features } from './term-features';

/**
 * How much each feature of a term counts toward ranking it, fitted by `npm run job-terms:fit -- --write` (a logistic
 * regression on the labelled job descriptions in tests/fixtures/job-terms; see that folder's README). Written by the
 * fit: change the features or the fixtures, then fit again rather than editing a number by hand.
 */
export const WEIGHTS: Features = {
  bias: -2.893,
  logScore: 0.686,
  lineCount: 0.658,
  symbol: 1.254,
  name: 0.299,
  phrase: -0.19,
  listed: -0.526,
  item: -0.407,
  wordOnly: 1.529,
  oneWord: -0.677,
  threeWords: 0.304,
  acronym: -0.22,
  digit: 0.224,
  rarestWord: -0.081,
  meanRarity: 0.354,
  unknownWord: 0.159,
  commonAcronym: -0.203,
  title: -0.697,
  asks: 0.056,
  nice: -0.728,
  duties: 0.554,
  aside: -0.726,
  headerOrField: -0.422,
  proseOnly: -0.042,
  youLine: 0.44,
  weOnlyLine: -0.161,
  perkLine: -0.713,
  role: -0.291,
  qualification: 0.192,
  loneGerund: -0.356,
  firstSeen: -0.152,
  capitalisedWord: -0.049,
  afterDutyVerb: 1.236,
  afterAskedFor: 0.842,
  nominalHead: 0.377,
  headRarity: 1.318,
  wordSpread: 0.906,
  titleWord: -0.186,
  seenTwiceInAsks: 0.407,
  namesTheRole: -1.079,
  loneEverydayWord: -0.297,
  officeTool: -0.35,
};

/** How strongly a term reads as one the job is screened for: the weighed sum of its features (a logit). */
export function termLogit(features: Features): number {
  return FEATURE_NAMES.reduce((sum, name) => sum + WEIGHTS[name] * features[name], 0);
}
