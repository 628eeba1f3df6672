// Finds, in what the person wrote, the sentences that say they forgot, did not mention or should have said
// something, and the point each one names ("Forgot to mention my IFRS 16 experience" -> "my IFRS 16 experience").
// Pure and rule-based on purpose: the person sees every suggestion and accepts or dismisses it.

/** A piece of the journal to look through, and how to name it to the person. */
export interface SentenceSource {
  label: string;
  text: string;
}

/** One sentence that says something was not said, with the point it names. */
export interface ForgottenSentence {
  /** The point's words, normalised: the same point found twice (notes and "what went badly") is one suggestion. */
  key: string;
  /** The sentence as the person wrote it (list markers and outer spaces removed). */
  sentence: string;
  /** What was not said, ready to stand in "I should have mentioned ..." */
  point: string;
  /** The labels of the sources it was found in, in the order given. */
  from: string[];
}

// "Don't forget" is a reminder and "did not forget" says it was said: neither is a forgotten point.
const NOT_NEGATED = String.raw`(?<!(?:don't|dont|do\s+not|didn't|did\s+not|never|not|won't|must)\s+)`;
// Verbs of getting something across, in the forms that follow "forgot to", "did not", "should have".
const SPEAK = String.raw`(?:mention(?:ed|ing)?|say(?:ing)?|said|bring(?:ing)?\s+(?:it\s+)?up|brought\s+(?:it\s+)?up|talk(?:ed|ing)?\s+(?:about|through)|tell(?:ing)?|told|explain(?:ed|ing)?|add(?:ed|ing)?|shar(?:e|ed|ing)|cover(?:ed|ing)?|rais(?:e|ed|ing)|highlight(?:ed|ing)?|point(?:ed|ing)?\s+out|discuss(?:ed|ing)?|describ(?:e|ed|ing)|emphasi[sz](?:e|ed|ing)|stress(?:ed|ing)?|get\s+across|got\s+across|includ(?:e|ed|ing)|go\s+into|went\s+into)`;
const NOT_SAID = String.raw`(?:(?:didn't|didnt|did\s+not|never)(?:\s+(?:get|got|manage|have\s+(?:the\s+)?(?:time|chance))\s+to)?|failed\s+to|neglected\s+to|${NOT_NEGATED}(?:forg[oe]t(?:ten)?|forgetting)\s+to|couldn't|could\s+not|wasn't\s+able\s+to|was\s+not\s+able\s+to|never\s+got\s+(?:round|around)\s+to|ran\s+out\s+of\s+time\s+to|no\s+(?:time|chance)\s+to|regret(?:ted)?\s+not|without|missed(?:\s+out\s+on)?|missed\s+the\s+(?:chance|opportunity)\s+to)`;
const SHOULD = String.raw`(?:should(?:'ve|\s+have)|ought\s+to\s+have|wish(?:ed)?\s+I(?:'d|\s+had)|could(?:'ve|\s+have)|would(?:'ve|\s+have)\s+liked\s+to(?:\s+have)?|meant\s+to|wanted\s+to|needed\s+to)`;
// "Forgot" on its own counts when what follows is a point ("forgot about", "forgot that", "forgot my..."), never
// "don't forget" (a reminder) or "forgot to ask" (another verb).
const FORGOT = String.raw`${NOT_NEGATED}(?:forgot|forgotten|forget)(?:\s+about\b|(?=\s+(?:that|how|why|what|when|where|whether|which|my|our|the|a|an|all|any|some|this|those|these|his|her|their|one)\b))`;
// Something "did not come across" or "never came up": the point is what comes before.
const DID_NOT_LAND = String.raw`(?:didn't|did\s+not|never|wasn't|was\s+not)\s+(?:come|came|get|got|really\s+come|really\s+get)\s+(?:across|up|mentioned|said|raised|discussed|covered)|(?:wasn't|was\s+not|never\s+got|didn't\s+get)\s+(?:mentioned|said|raised|discussed|covered)`;

const AFTER = new RegExp(String.raw`\b(?:(?:${NOT_SAID}|${SHOULD})\s+${SPEAK}\b|${FORGOT}|left\s+out\b)`, 'i');
const BEFORE = new RegExp(String.raw`\b(?:${DID_NOT_LAND})\b`, 'i');

// Who it was said to, and "anything about", which only pad the point.
const LEAD_PADDING = [
  /^(?:to\s+)?(?:them|him|her|you|us|the\s+(?:interviewers?|panel|team|hiring\s+manager|recruiter|manager))\b\s*/i,
  /^the\s+fact\s+(?=that\b)/i,
  /^(?:anything|much|enough|more|a\s+word|something|a\s+thing|a\s+lot|very\s+much|a\s+bit|any\s+of)\s+(?:about|on|of|regarding)\s+/i,
  /^(?:about|on|regarding|of)\s+/i,
  /^(?:was|is|would\s+be)\s+/i,
  /^[\s:,–—-]+/,
];
// Where the point ends: a reason, a contrast or an aside is the person talking to themselves, not the point. A
// ", which" clause is cut only when it judges the point ("which was the best part", "which I regret"); one that
// says what the work did ("which cut latency from 2 h to 5 min") is the claim itself and stays.
const CUT =
  /\s+[-–—]\s+|\s*[;(]|,\s*(?:which\s+(?:is|was|were|are|would|might|could|should|I|we|they|really|probably|honestly|in\s+hindsight)\b|because|since|as|so|but|though|although|and\s+(?:then|I|they|he|she|that|it)|even|when|if|while|despite)\b|\s+(?:because|but|since|although|though|even\s+though|despite|while|when\s+(?:they|he|she|the|asked|I\s+was))\b/i;
const TAIL =
  /\s+(?:at\s+all|whatsoever|entirely|completely|properly|clearly|enough|either|too|again|today|earlier|then|there|at\s+the\s+end|more\s+clearly|better|in\s+(?:more\s+)?detail|in\s+the\s+(?:interview|call|meeting|conversation|room|end)|during\s+the\s+(?:interview|call|meeting|conversation)|next\s+time|to\s+(?:them|him|her|the\s+panel|the\s+interviewers?))$/i;
// A last word of feeling after a comma ("..., sadly") is about the day, not the point.
const ASIDE = /,\s*(?:\w+ly|though|again|oops|argh|sigh|ugh)$/i;
// A point that names nothing on its own.
const EMPTY_POINT =
  /^(?:it|this|that|them|those|these|anything|everything|something|much|enough|more|any\s+of\s+(?:it|that|this)|the\s+rest|that\s+part|this\s+part|one\s+thing|a\s+thing|stuff)$/i;
// Words that start a point in lower case when they start it in the middle of a sentence.
const FUNCTION_WORDS = new Set(
  'my our the a an how why what when where whether which that this those these some any having being about all one two'.split(
    ' ',
  ),
);
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|mr|mrs|ms|dr|prof|no|st)\.$/i;
const LIST_MARKER = /^\s*(?:[-*•–+]|\d+[.)]|\(?[a-z]\))\s+/i;
const MIN_POINT = 3;
const MAX_POINT = 300;

/** A point's words without case, accents or punctuation: how two wordings of one point are told to be the same. */
export function pointKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

/** Splits text into sentences: at line breaks and at . ! ? followed by a space (not after "e.g." or "Dr."). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(LIST_MARKER, '');
    let start = 0;
    for (const end of line.matchAll(/[.!?]+(?=\s|$)/g)) {
      const stop = end.index + end[0].length;
      const piece = line.slice(start, stop);
      if (ABBREVIATION.test(piece.trim()) && stop < line.length) continue;
      out.push(piece.trim());
      start = stop;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter((s) => s.length > 0);
}

function tidy(point: string): string {
  let p = point.trim();
  for (let changed = true; changed;) {
    const before = p;
    for (const lead of LEAD_PADDING) p = p.replace(lead, '');
    p = p
      .replace(TAIL, '')
      .replace(ASIDE, '')
      .replace(/[\s.!?,:;…"“”']+$/, '');
    changed = p !== before;
  }
  const cut = CUT.exec(p);
  if (cut) p = p.slice(0, cut.index);
  p = p
    .replace(TAIL, '')
    .replace(/[\s.!?,:;…]+$/, '')
    .trim();
  const [first] = p.split(/\s/, 1);
  if (first && FUNCTION_WORDS.has(first.toLowerCase()) && first !== 'I') p = first.toLowerCase() + p.slice(first.length);
  return p;
}

/** What comes before "...that I forgot to mention": "My notice period, which I forgot" -> "My notice period". */
function pointBefore(head: string): string {
  return head
    .replace(/,?\s*(?:which|that|what)?\s*(?:I|we)?\s*(?:really|completely|totally|just|also)?\s*$/i, '')
    .replace(
      /\s+(?:is|was)\s+(?:what|the\s+thing|something|one\s+thing|the\s+one\s+thing|the\s+bit|the\s+part)(?:\s+that)?$/i,
      '',
    )
    .replace(/^(?:and|but|also|so)\s+/i, '');
}

const usable = (p: string) => p.length >= MIN_POINT && p.length <= MAX_POINT && !EMPTY_POINT.test(p) && /[a-z0-9]/i.test(p);

/** The point one sentence says was not got across, or null when it says no such thing (or names nothing). */
export function extractPoint(sentence: string): string | null {
  // Curly apostrophes become straight ones, one character for one, so positions stay the sentence's own.
  const text = sentence.replace(/[’‘]/g, "'");
  const after = AFTER.exec(text);
  if (after) {
    const rest = tidy(text.slice(after.index + after[0].length));
    if (usable(rest)) return rest;
    const head = tidy(pointBefore(text.slice(0, after.index)));
    return usable(head) && !AFTER.test(head) ? head : null;
  }
  const before = BEFORE.exec(text);
  if (before) {
    const head = tidy(pointBefore(text.slice(0, before.index)));
    return usable(head) ? head : null;
  }
  return null;
}

/**
 * Every sentence of the sources that says something was not said, once per point (the first wording wins,
 * and every source it appears in is named), in the order the sources and their sentences come.
 */
export function findForgottenSentences(sources: SentenceSource[]): ForgottenSentence[] {
  const found = new Map<string, ForgottenSentence>();
  for (const source of sources) {
    for (const sentence of sentencesOf(source.text)) {
      const point = extractPoint(sentence);
      if (!point) continue;
      const key = pointKey(point);
      const seen = found.get(key);
      if (!seen) found.set(key, { key, sentence, point, from: [source.label] });
      else if (!seen.from.includes(source.label)) seen.from.push(source.label);
    }
  }
  return [...found.values()];
}
