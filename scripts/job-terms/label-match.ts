// How a found term is matched with a labelled one, shared by the accuracy test and the weights' fit
// (scripts/job-terms-fit.ts), so both count the same hits.

const fold = (s: string) => s.toLowerCase().replace(/s\b/g, '').replace(/\s+/g, ' ').trim();
const words = (s: string) => fold(s).split(' ');
/** `a` stands inside `b` as whole words and is at least half of it ("NMC registration" in "current NMC registration"). */
const within = (a: string, b: string) => ` ${fold(b)} `.includes(` ${fold(a)} `) && words(a).length / words(b).length >= 0.5;

/** A found term matches a label when it is the label, or one holds the other as at least half of its words. */
export const termMatches = (label: string, term: string) =>
  fold(term) === fold(label) || within(term, label) || within(label, term);

/** A labelled term is found when one of the top terms matches it. */
export const labelFound = (label: string, top: readonly string[]) => top.some((t) => termMatches(label, t));
