import { ref } from 'vue';
import { limitNumber, overLimit, splitAtLimit } from '@renderer/shared/too-long';
import { useRequest } from '@renderer/shared/use-request';
import type { EditorContext } from './editor-context';
import type { InterviewDraft } from './interview-draft';

/** A text field refused for being over its limit: how long it is now and the limit. */
export interface TooLong {
  length: number;
  limit: number;
}

/** Where a text was moved: the new area's name and how many characters went there. */
export interface MovedRest {
  key: string;
  label: string;
  characters: number;
}

const LONG_TEXT =
  /^(?:interview\.(?:notes|questionsAsked|closingStatement)|reflection\.[a-z0-9-]+\.(?:wentWell|wentBadly|notes)|question\.\d+\.answerGiven)$/;

/** The text of one save key's field (`interview.notes`, `reflection.<area>.notes`, `question.<id>.answerGiven`). */
function textOf(d: InterviewDraft, key: string): string | undefined {
  const [kind, a, b] = key.split('.');
  if (kind === 'interview') return d[a as 'notes' | 'questionsAsked' | 'closingStatement'];
  if (kind === 'reflection') return d.reflections.find((r) => r.area === a)?.[b as 'wentWell' | 'wentBadly' | 'notes'];
  if (kind === 'question') return d.questions.find((q) => q.id === Number(a))?.answerGiven;
  return undefined;
}

/** The longest name an area may have (reflection:addArea). */
const AREA_LABEL_MAX = 100;

/**
 * Texts over the length limit: trying the same text again cannot save it, so the editor says by how much it is over
 * and offers to move the rest to an area of the person's own (the one kind of note an interview can have more of).
 */
export function tooLongActions({ api, saver, saves, draft, readOnly }: EditorContext, put: (key: string, value: string) => void) {
  const moving = useRequest();
  const moved = ref<MovedRest | null>(null);

  /** The field's length and limit while its last save was refused for length and it is still over; else null. */
  function tooLong(key: string): TooLong | null {
    const error = saver.errorFor(key);
    const d = draft.value;
    const limit = error ? overLimit(error) : null;
    if (!d || limit === null || !LONG_TEXT.test(key)) return null;
    const text = textOf(d, key) ?? '';
    return text.length > limitNumber(limit) ? { length: text.length, limit: limitNumber(limit) } : null;
  }

  /**
   * Moves what is past the limit (from the last word break before it) into the notes of a new area named after the
   * field; the rest is saved there first, and only then is the field cut, so the words are never in neither place.
   */
  async function moveRest(key: string, fieldLabel: string): Promise<boolean> {
    const d = draft.value;
    const over = tooLong(key);
    const text = d ? textOf(d, key) : undefined;
    if (!d || !over || text === undefined || readOnly.value) return false;
    const { keep, rest } = splitAtLimit(text, over.limit);
    const label = `${fieldLabel} (continued)`.slice(0, AREA_LABEL_MAX);
    const interviewId = d.id;
    return moving.run(async () => {
      const added = await api.call('reflection:addArea', { interviewId, label });
      // A new area is at revision 1, the revision a save of a record the editor has not seen yet is sent with.
      const saved = await saves.reflection(interviewId, added.area, { notes: rest });
      if (draft.value?.id !== interviewId) return;
      draft.value.reflections.push(saved);
      saver.markSaved();
      put(key, keep);
      await saver.flush();
      moved.value = { key, label: added.label, characters: rest.length };
    });
  }

  return { tooLong, moveRest, moving: moving.pending, moveError: moving.error, moved };
}
