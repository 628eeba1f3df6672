import { hedges as hedgeWordList } from 'hedges';

/**
 * The entries of the `hedges` word list (a maintained list of English hedge words) that take the force out of what a
 * candidate says about their own work. The rest of that list ("about", "could", "always", "found", "really", ...)
 * are, in an interview answer, mostly plain words or quantities, so they are left out here.
 */
const FROM_PACKAGE = new Set([
  'a bit',
  'and all that',
  'apparently',
  'conceivably',
  "don't know",
  'doubtful',
  'fairly',
  'hopefully',
  "if i'm understanding you correctly",
  'in my opinion',
  'in my understanding',
  'in my view',
  'kind of',
  'likely',
  'maybe',
  'might',
  'more or less',
  'my impression',
  'my thinking is',
  'my understanding is',
  'perhaps',
  'possibly',
  'presumably',
  'probably',
  'somewhat',
  'something or other',
  'sort of',
  'supposedly',
  'unsure',
]);

/** Hedges the list lacks, or has only as a bare verb that is a hedge only after "I" ("think" -> "I think"). */
const EXTRA = [
  'i think',
  'i guess',
  'i believe',
  'i suppose',
  'i assume',
  'i feel like',
  "i'm not sure",
  'not sure',
  "i'm not certain",
  'not really sure',
  'a little',
  'a little bit',
  'a bit',
  'i would say',
  "i'd say",
  'pretty much',
  'in a way',
  'or something',
  'or whatever',
  'just',
  'i reckon',
  "i'd guess",
  'i would guess',
  'to some extent',
  'to a certain extent',
  'in a sense',
  'if that makes sense',
  'not 100 sure',
  'pretty',
];

/** Every hedge phrase, as lists of lower-case words, longest first so "a little bit" wins over "a little". */
export const HEDGE_PHRASES: readonly (readonly string[])[] = [
  ...new Set([...hedgeWordList.filter((h) => FROM_PACKAGE.has(h)), ...EXTRA]),
]
  .map((h) => h.split(' '))
  .sort((a, b) => b.length - a.length);

/** Hedges that state an opinion: not a hedge when the question asks for the person's opinion. */
export const OPINION_HEDGES = new Set(['i think', 'i believe', 'in my opinion', 'in my view', "i'd say", 'i would say']);
