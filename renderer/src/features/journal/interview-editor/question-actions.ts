import { computed, ref } from 'vue';
import type { MoveDirection } from '@shared/move-direction';
import type { RouteInput } from '@shared/contract';
import { useRequest } from '@renderer/shared/use-request';
import type { HowItWent, QuestionCategory } from '../journal-labels';
import type { EditorContext } from './editor-context';
import { keyPointsToSave, localId, toDraftQuestion, type DraftQuestion } from './interview-draft';

/** Editing "Questions they asked you": adding from the bank or typed, answers, key points, order, removal. */
export function questionActions({ api, saver, saves, conflicts, draft, readOnly }: EditorContext) {
  const adding = useRequest();
  const changing = useRequest();
  const changed = ref<number | null>(null);
  /** The last failed move or removal, next to the question it was about. */
  const questionError = computed(() =>
    changing.error.value && changed.value !== null ? { id: changed.value, error: changing.error.value } : null,
  );

  function find(id: number): DraftQuestion | undefined {
    return draft.value?.questions.find((q) => q.id === id);
  }

  function editable(id: number): DraftQuestion | undefined {
    return readOnly.value ? undefined : find(id);
  }

  type QuestionPatch = Parameters<typeof saves.question>[1];

  function save(id: number, field: string, patch: QuestionPatch, immediate: boolean): void {
    const key = `question.${id}.${field}`;
    conflicts.forget(key);
    saver.schedule(key, () => saves.question(id, patch), { immediate });
  }

  /** The answer as given (after the pause), how it went or the category (at once). */
  function setQuestionField(id: number, field: 'answerGiven' | 'howItWent' | 'category', value: string | null): void {
    const q = editable(id);
    if (!q) return;
    if (field === 'answerGiven') q.answerGiven = value ?? '';
    else if (field === 'howItWent') q.howItWent = value as HowItWent | null;
    else q.category = value as QuestionCategory;
    save(id, field, { [field]: value } as QuestionPatch, field !== 'answerGiven');
  }

  function saveKeyPoints(q: DraftQuestion, immediate: boolean): void {
    save(q.id, 'keyPoints', { keyPoints: keyPointsToSave(q.keyPoints) }, immediate);
  }

  /** Puts a saved value back in one of a question's fields and saves it, as if typed (bringing the other text back). */
  function putQuestionField(id: number, field: string, value: unknown): void {
    const q = editable(id);
    if (!q) return;
    if (field === 'keyPoints') {
      q.keyPoints = (value as { text: string; missed: boolean }[]).map((p) => ({ uid: localId(), ...p }));
      saveKeyPoints(q, true);
    } else if (field === 'answerGiven' || field === 'howItWent' || field === 'category') {
      setQuestionField(id, field, value as string | null);
    }
  }

  /** Adds an empty key point (missed until said otherwise); returns its local id so the view can focus it. */
  function addKeyPoint(id: number, text = ''): number | null {
    const q = editable(id);
    if (!q) return null;
    const uid = localId();
    q.keyPoints.push({ uid, text, missed: true });
    if (text) saveKeyPoints(q, true);
    return uid;
  }

  /** Adds the bank's hints that are not key points yet, as missed points to check off. */
  function addHintsAsKeyPoints(id: number): void {
    const q = editable(id);
    if (!q) return;
    const have = new Set(q.keyPoints.map((p) => p.text.trim().toLowerCase()));
    for (const hint of q.hints)
      if (!have.has(hint.trim().toLowerCase())) q.keyPoints.push({ uid: localId(), text: hint, missed: true });
    saveKeyPoints(q, true);
  }

  /** Edits the words of one key point. */
  function setKeyPointText(id: number, uid: number, text: string): void {
    const q = editable(id);
    const point = q?.keyPoints.find((p) => p.uid === uid);
    if (!q || !point) return;
    point.text = text;
    saveKeyPoints(q, false);
  }

  /** Flips one key point between "missed" and "got it across". */
  function toggleKeyPoint(id: number, uid: number): void {
    const q = editable(id);
    const point = q?.keyPoints.find((p) => p.uid === uid);
    if (!q || !point) return;
    point.missed = !point.missed;
    saveKeyPoints(q, true);
  }

  /** Removes one key point. */
  function removeKeyPoint(id: number, uid: number): void {
    const q = editable(id);
    if (!q) return;
    q.keyPoints = q.keyPoints.filter((p) => p.uid !== uid);
    saveKeyPoints(q, true);
  }

  async function add(input: RouteInput<'interview-question:add'>): Promise<DraftQuestion | null> {
    const d = draft.value;
    if (!d || readOnly.value) return null;
    return adding.get(async () => {
      const added = toDraftQuestion(await api.call('interview-question:add', input));
      if (draft.value?.id !== d.id) return null;
      draft.value.questions.push(added);
      saver.markSaved();
      return added;
    });
  }

  /** Adds a question picked from the bank. */
  function addFromBank(questionId: number): Promise<DraftQuestion | null> {
    return add({ interviewId: draft.value?.id ?? 0, questionId });
  }

  /** Adds a question typed in place; it joins the person's own bank. */
  function addTyped(text: string, category: QuestionCategory): Promise<DraftQuestion | null> {
    return add({ interviewId: draft.value?.id ?? 0, text, category });
  }

  /** Moves a question up or down, keeping the editor's copies (and anything being typed in them). */
  async function moveQuestion(id: number, direction: MoveDirection): Promise<void> {
    const d = draft.value;
    if (!d || readOnly.value) return;
    changed.value = id;
    await changing.run(async () => {
      const order = (await api.call('interview-question:move', { id, direction })).map((q) => q.id);
      if (draft.value?.id !== d.id) return;
      draft.value.questions = [...draft.value.questions].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      saver.markSaved();
    });
  }

  /** Removes a question from this interview (the person confirmed); it stays in the bank and in practice. */
  async function removeQuestion(id: number): Promise<boolean> {
    const d = draft.value;
    if (!d || readOnly.value) return false;
    changed.value = id;
    changing.error.value = null;
    saver.cancel(`question.${id}.`);
    return changing.run(async () => {
      await api.call('interview-question:remove', { id });
      saver.cancel(`question.${id}.`);
      if (draft.value?.id === d.id) draft.value.questions = draft.value.questions.filter((q) => q.id !== id);
      saver.markSaved();
    });
  }

  return {
    addError: adding.error,
    questionError,
    setQuestionField,
    putQuestionField,
    addKeyPoint,
    addHintsAsKeyPoints,
    setKeyPointText,
    toggleKeyPoint,
    removeKeyPoint,
    addFromBank,
    addTyped,
    moveQuestion,
    removeQuestion,
  };
}
