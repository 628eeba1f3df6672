// Journal records shaped exactly like the contract's outputs, for unit tests of both processes: a change in the
// contract breaks these first.
import {
  BUILT_IN_AREAS,
  type InterviewDetail,
  type InterviewQuestion,
  type Reflection,
} from '../../electron/shared/journal-schemas';

/** An area patch: which area, and what the person wrote or rated in it. */
export type AreaPatch = Partial<Reflection> & { area: string };

/** One reflection area, nothing written or rated yet. */
export function reflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    area: 'punctuality',
    label: 'Punctuality and arrival',
    custom: false,
    rating: null,
    wentWell: '',
    wentBadly: '',
    notes: '',
    kind: null,
    revision: 1,
    ...overrides,
  };
}

/** Every built-in area in its order, with what the given patches wrote in some of them. */
export function builtInReflections(patches: AreaPatch[] = []): Reflection[] {
  return BUILT_IN_AREAS.map((a) => reflection({ area: a.key, label: a.label, ...patches.find((p) => p.area === a.key) }));
}

/** One asked question, from the bank, nothing answered yet. */
export function asked(overrides: Partial<InterviewQuestion> = {}): InterviewQuestion {
  return {
    id: 10,
    questionId: 100,
    text: 'What is your greatest weakness?',
    category: 'about-you',
    hints: ['A real weakness', 'What you do about it'],
    source: 'bank',
    answerGiven: '',
    howItWent: null,
    kind: null,
    keyPoints: [],
    revision: 1,
    ...overrides,
  };
}

/** Behavioural questions "Question 0?", "Question 1?"... with ids counted from the given ones, each with its patch. */
export function numberedQuestions(patches: Partial<InterviewQuestion>[], firstId: number, firstQuestionId: number) {
  return patches.map((q, i) =>
    asked({ id: firstId + i, questionId: firstQuestionId + i, text: `Question ${i}?`, category: 'behavioural', hints: [], ...q }),
  );
}

/** interview:get as the main process answers it. */
export function interviewDetail(overrides: Partial<InterviewDetail> = {}): InterviewDetail {
  return {
    id: 1,
    company: 'Northwind',
    role: 'Product designer',
    heldAt: '2026-03-03T10:00',
    stage: 'first',
    format: 'video',
    outcome: 'waiting',
    interviewers: [],
    tags: ['design'],
    notes: '',
    questionsAsked: '',
    closingStatement: '',
    createdAt: '2026-03-03T12:00:00.000Z',
    updatedAt: '2026-03-03T12:00:00.000Z',
    deletedAt: null,
    revision: 1,
    reflections: [reflection(), reflection({ area: 'answers', label: 'Quality of answers' })],
    questions: [],
    ...overrides,
  };
}

/** A bare interview on a given day (no stage, format or tags): what the main-process rules read. */
export function plainDetail(
  fields: Pick<InterviewDetail, 'id' | 'company' | 'role'> & { day: string },
  reflections: Reflection[],
  questions: InterviewQuestion[],
): InterviewDetail {
  const { day, ...rest } = fields;
  const stamp = `${day}T00:00:00.000Z`;
  return interviewDetail({
    ...rest,
    heldAt: day,
    stage: null,
    format: null,
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    reflections,
    questions,
  });
}
