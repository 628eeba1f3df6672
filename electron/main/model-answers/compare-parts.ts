import { STAR_PARTS } from '../../shared/coach-schemas';
import type { KeptPart } from '../../shared/model-answers-schemas';
import { contentStems } from '../practice/practice-domain';

/**
 * How much of a part's own content words an answer must say again to have kept that part. Lower than a key point's
 * bar: a part is several sentences, retold in new words around the same facts.
 */
export const KEPT_THRESHOLD = 0.5;

/** For each part the model answer has, whether the answer says enough of that part's content words (stemmed). */
export function keptParts(model: Record<(typeof STAR_PARTS)[number], string>, answer: string): KeptPart[] {
  const said = new Set(contentStems(answer));
  return STAR_PARTS.filter((part) => model[part].trim() !== '').map((part) => {
    const needed = [...new Set(contentStems(model[part]))];
    const found = needed.filter((s) => said.has(s)).length;
    return { part, text: model[part], kept: needed.length > 0 && found / needed.length >= KEPT_THRESHOLD };
  });
}
