import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token as the coach uses it: offsets into the answer, universal part of speech and lemma (wink-nlp). */
export interface Tagged {
  start: number;
  end: number;
  norm: string;
  pos: string;
  lemma: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The English model, loaded once on first use (about 150 ms) so starting the app does not pay for it. */
function engine(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Verbs whose past form is their base form: wink's lemma cannot show the tense of these. */
const SAME_FORM_PAST = new Set(['set', 'put', 'cut', 'let', 'hit', 'read', 'spread', 'shut', 'quit', 'cost', 'hurt']);

/** Tags the text and finds each token's offsets (wink keeps the token's own characters, so a forward search finds it). */
export function tag(text: string): Tagged[] {
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const doc = nlpEngine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Tagged[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    if (at < 0) continue; // a token wink rewrote (none in practice): skip it rather than guess its place
    cursor = at + v.length;
    const p = pos[i]!;
    const norm = v.toLowerCase().replace(/’/g, "'");
    // Lemmas are only read for verbs (the tense check); looking them up for every token costs a third of the time.
    // wink-nlp's typings declare its.lemma with the wrong parameters; at run time it is an ordinary token its-function.
    const lemma =
      p === 'VERB' || p === 'AUX'
        ? (doc
            .tokens()
            .itemAt(i)
            .out(its.lemma as unknown as ItsFunction<string>) as string)
        : norm;
    out.push({ start: at, end: cursor, norm, pos: p, lemma });
  }
  return out;
}

/** True for a verb in a past form ("trained", "led", "was"), judged from wink's lemma. */
export function isPastVerb(t: Tagged): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (t.norm === 'was' || t.norm === 'were' || t.norm === 'had' || t.norm === 'did') return true;
  if (t.pos === 'VERB' && SAME_FORM_PAST.has(t.norm)) return true;
  const lemma = t.lemma.toLowerCase();
  if (t.norm === lemma || t.norm.endsWith('ing')) return false;
  return t.norm !== `${lemma}s` && t.norm !== `${lemma}es` && !/^(is|are|am|has|does|'s|'re|'m)$/.test(t.norm);
}
