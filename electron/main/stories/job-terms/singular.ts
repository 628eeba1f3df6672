/**
 * A plural word's singular, lower case, by English spelling: "policies" is "policy", "boxes" "box", "nurses" "nurse",
 * "KPIs" "kpi". Words that end in ss, us or is are singular already ("process", "status", "analysis"), as are short
 * ones ("gas", "bus"). The one rule every job-term comparison and word count uses, so "valuations" is counted with
 * "valuation" and "Radiographers" in a title names the same role as "radiographer".
 */
export function singularOf(word: string): string {
  // An acronym's plural: "KPIs", "SOPs".
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1).toLowerCase();
  const w = word.toLowerCase();
  if (w.length < 4 || !w.endsWith('s') || /(ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  // "midwives", "lives", "shelves", "halves"; not "drives" or "objectives".
  if (/(wi|kni|li)ves$/.test(w)) return `${w.slice(0, -3)}fe`;
  if (/(el|al|ea|oa)ves$/.test(w)) return `${w.slice(0, -3)}f`;
  if (/(ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
