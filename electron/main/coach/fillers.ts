import type { Span } from '../../shared/coach-schemas';
import { fillerAt } from '../practice/practice-domain';
import { spanOf, type Word } from './segment';

/** The filler words as spans, by the rule the practice feedback already uses ("like" only where it is not a verb). */
export function findFillers(text: string, words: readonly Word[]): Span[] {
  const list = words.map((w) => w.norm.replace(/'/g, ''));
  const out: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    const found = fillerAt(list, i);
    if (!found) continue;
    out.push(spanOf(text, words[i]!.start, words[i + found.length - 1]!.end));
    i += found.length - 1;
  }
  return out;
}
