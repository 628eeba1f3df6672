/** Words that end in s but are no plural ("news", "series", "logistics"), kept as they are. */
const NOT_PLURAL = /^(?:news|series|species|means|lens|maths|gas|bus|bias|alias|atlas|canvas|this|yes|always|perhaps)$|ics$/;
/** Plurals of words that end in "ie" ("movies", "cookies"), not "y" ("policies"). */
const IE_PLURAL =
  /(?:movie|cookie|calorie|zombie|smoothie|rookie|brownie|selfie|goalie|freebie|hoodie|auntie|prairie|techie|foodie|newbie|genie|pixie)s$/;
/** Plurals of words that end in "che" ("caches", "niches"), not "ch" ("matches"). */
const CHE_PLURAL = /(?:cach|nich|ach|moustach|avalanch|clich|crech|microfich)es$/;
/** Singulars that end in s and take -es ("gases", "bonuses", "statuses"). */
const S_ES_PLURAL =
  /(?:gas|bus|bonus|virus|campus|census|focus|lens|bias|alias|atlas|canvas|corpus|status|surplus|syllabus|prospectus|apparatus|consensus)es$/;

/**
 * A plural word's singular, lower case, by English spelling: "policies" is "policy", "boxes" "box", "nurses" "nurse",
 * "valves" "valve", "midwives" "midwife", "KPIs" "kpi". Words that end in ss, us or is are singular already ("process",
 * "status", "analysis"), as are short ones, words in -ics and names with a capital inside ("macOS"). The one rule every
 * comparison of the extractor's uses, so "valuations" is counted with "valuation" and "Radiographers" in a title names
 * the same role as "radiographer".
 */
export function singularOf(word: string): string {
  // An acronym's plural: "KPIs", "SOPs".
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1).toLowerCase();
  const w = word.toLowerCase();
  if (/\p{Lu}/u.test(word.slice(1)) || w.length < 4 || !w.endsWith('s') || /(ss|us|is)$/.test(w) || NOT_PLURAL.test(w)) return w;
  if (IE_PLURAL.test(w) || CHE_PLURAL.test(w)) return w.slice(0, -1);
  if (S_ES_PLURAL.test(w)) return w.slice(0, -2);
  // "ties", "lies": a short word's "ie" is its own.
  if (w.endsWith('ies')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  // "midwives", "knives", "shelves", "halves"; not "valves", "olives", "drives" or "objectives".
  if (/(?:wives|knives|^lives)$/.test(w)) return `${w.slice(0, -3)}fe`;
  if (/(?:shelves|halves|wolves|calves|loaves|thieves|^leaves)$/.test(w)) return `${w.slice(0, -3)}f`;
  if (/(ss|x|zz|ch|sh)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
