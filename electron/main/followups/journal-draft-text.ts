// What a second-chance request or a chance-to-impress proposal can say from the journal alone: what the person
// would do differently (from the reality check's gaps) and why they fit (from the role and what went well).
// Written as clauses that follow the templates' "here is what I would do differently:" and "I fit the role:".
import type { InterviewDetail } from '../../shared/journal-schemas';
import type { BadThing, RealityCheck } from '../../shared/reality-check-schemas';

/** The journal's words for a request's or proposal's own fields; empty where the journal holds nothing to say. */
export interface JournalDraftText {
  doDifferently: string;
  whyFit: string;
}

// What doing an area better looks like, said as the person would promise it.
const AREA_CHANGES: Record<string, string> = {
  answers: 'keep my answers shorter and build each one around a concrete example',
  confidence: 'speak about my own work with the confidence it deserves',
  'first-impressions': 'open more warmly and say plainly why I applied',
  'body-language': 'slow down and stay present in the conversation',
  punctuality: 'arrive in good time and settled',
  'questions-asked': 'come with sharper questions about the team and the work',
  closing: 'close by saying plainly why I want the role',
};
const MAX_CHANGES = 2;

/** A question as a letter quotes it: its own words, its question mark kept, a stray full stop dropped. */
const quoted = (question: string) => `“${question.trim().replace(/\s*[.]+$|\s+$/, '')}”`;

function change(gap: BadThing, detail: InterviewDetail): string {
  if (gap.source === 'question') {
    const q = detail.questions.find((x) => String(x.id) === gap.ref);
    const text = quoted(q?.text ?? gap.label);
    return gap.category === 'technical'
      ? `work through ${text} step by step instead of rushing it`
      : `answer ${text} with one clear, concrete example`;
  }
  return AREA_CHANGES[gap.ref] ?? `prepare properly for ${gap.label.toLowerCase()}`;
}

/** "I would A, and B": the questions behind the gaps first (the most specific), then the areas. */
export function doDifferentlyFromGaps(check: RealityCheck, detail: InterviewDetail): string {
  const gaps = check.badThings.filter((b) => b.kind === 'gap');
  const ordered = [...gaps.filter((g) => g.source === 'question'), ...gaps.filter((g) => g.source === 'area')];
  const changes = [...new Set(ordered.map((g) => change(g, detail)))].slice(0, MAX_CHANGES);
  if (!changes.length) return '';
  return `I would ${changes.join(', and ')}`;
}

/**
 * Why the person fits, from the answers the journal says went strongly (quoted). Without one it stays empty, so
 * the draft marks it as a gap for the person to fill: a stock sentence about "what went well" says nothing.
 */
export function whyFitFromJournal(detail: InterviewDetail): string {
  const role = detail.role.trim();
  const where = `${detail.company.trim()}${role ? ` in the ${role} role` : ''}`;
  const strong = detail.questions.filter((q) => q.howItWent === 'strong').slice(0, 2);
  if (strong.length === 1) return `my answer to ${quoted(strong[0].text)} is a fair picture of what I would bring to ${where}`;
  if (strong.length === 2) {
    return `my answers to ${quoted(strong[0].text)} and ${quoted(strong[1].text)} are a fair picture of what I would bring to ${where}`;
  }
  return '';
}

/** Both fields at once, as the drafting and the start forms use them. */
export function journalDraftText(detail: InterviewDetail, check: RealityCheck): JournalDraftText {
  return { doDifferently: doDifferentlyFromGaps(check, detail), whyFit: whyFitFromJournal(detail) };
}
