import { describe, expect, it } from 'vitest';
import { journalDraftText } from '../../../../electron/main/followups/journal-draft-text';
import { buildRealityCheck } from '../../../../electron/main/journal/reality-check';
import type { InterviewQuestion } from '../../../../electron/shared/journal-schemas';
import { builtInReflections, numberedQuestions, plainDetail, type AreaPatch } from '../../../helpers/journal-details';

/** An interview as the journal reads it, with the areas and questions a test gives. */
function detail(areas: AreaPatch[], questions: Partial<InterviewQuestion>[], role = 'Financial Controller') {
  const d = plainDetail(
    { id: 1, company: 'Northwind', role, day: '2026-03-03' },
    builtInReflections(areas),
    numberedQuestions(questions, 10, 20),
  );
  return journalDraftText(d, buildRealityCheck(d, []));
}

const missed = (...texts: string[]) => texts.map((text) => ({ text, missed: true }));

describe('what the journal can say for a request or a proposal', () => {
  it('says what the person would do differently from the gaps, questions first, at most two', () => {
    const text = detail(
      [
        { area: 'answers', rating: 2 },
        { area: 'confidence', rating: 1 },
      ],
      [
        {
          text: 'Tell me about a conflict with a colleague.',
          howItWent: 'fumbled',
          keyPoints: missed('the close dispute', 'how I listened'),
        },
        { text: 'How would you account for a lease under IFRS 16?', howItWent: 'fumbled', category: 'technical' },
      ],
    );
    expect(text.doDifferently).toBe(
      'I would answer “Tell me about a conflict with a colleague” with one clear, concrete example, and work through “How would you account for a lease under IFRS 16?” step by step instead of rushing it',
    );
  });

  it('says it from the areas when no question is a gap, and nothing when nothing is', () => {
    expect(detail([{ area: 'answers', rating: 2 }], []).doDifferently).toBe(
      'I would keep my answers shorter and build each one around a concrete example',
    );
    // Slips are not what a second chance is asked for: a late arrival says nothing here.
    expect(detail([{ area: 'punctuality', rating: 2, wentBadly: 'Ten minutes late' }], []).doDifferently).toBe('');
    // The person's own call counts: an area they marked a gap is one.
    expect(detail([{ area: 'punctuality', wentBadly: 'Very late', kind: 'gap' }], []).doDifferently).toBe(
      'I would arrive in good time and settled',
    );
  });

  it('says why the person fits from the answers that went strongly, with the company and the role', () => {
    expect(detail([], [{ text: 'Walk me through your month-end close?', howItWent: 'strong' }]).whyFit).toBe(
      'my answer to “Walk me through your month-end close?” is a fair picture of what I would bring to Northwind in the Financial Controller role',
    );
    expect(
      detail(
        [],
        [
          { text: 'Walk me through your month-end close.', howItWent: 'strong' },
          { text: 'How do you work with auditors?', howItWent: 'strong' },
        ],
        '',
      ).whyFit,
    ).toBe(
      'my answers to “Walk me through your month-end close” and “How do you work with auditors?” are a fair picture of what I would bring to Northwind',
    );
  });

  it('says nothing (a gap for the person) when no answer went strongly, rather than a stock sentence', () => {
    expect(detail([{ area: 'closing', wentWell: 'Strong finish', rating: 5 }], []).whyFit).toBe('');
    expect(detail([{ area: 'answers', rating: 2 }], [{ howItWent: 'okay' }]).whyFit).toBe('');
  });
});
