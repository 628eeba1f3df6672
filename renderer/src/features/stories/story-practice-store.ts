import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { StoriesForQuestions, StoryAnswerCheck, StoryHint, StoryOveruse } from '@shared/stories-schemas';
import { useApi } from '@renderer/api/inject-api';
import { useLoad } from '@renderer/shared/use-request';

/** What practice shows of the story bank: the set's stories before a session, hints before, the check after. */
export const useStoryPracticeStore = defineStore('story-practice', () => {
  const api = useApi();
  const forSet = ref<StoriesForQuestions | null>(null);
  const setLoading = useLoad({ keep: () => forSet.value !== null });
  const hints = ref<{ questionId: number; stories: StoryHint[] } | null>(null);
  const hintLoading = useLoad();
  const checks = ref<{ key: string; items: StoryAnswerCheck[] } | null>(null);
  const checkLoading = useLoad();
  const overuse = ref<{ sessionId: number; items: StoryOveruse[] } | null>(null);
  const overuseLoading = useLoad();

  /** The stories of the questions being practised: how many have none, and which are linked to too many. */
  function loadSet(questionIds: number[]): Promise<void> {
    return setLoading.run(
      () => api.call('story:forQuestions', { questionIds }),
      (answer) => (forSet.value = answer),
    );
  }

  /** The stories linked to one question, shown folded before answering it. */
  function loadHints(questionId: number): Promise<void> {
    return hintLoading.run(
      () => api.call('story:forQuestions', { questionIds: [questionId] }),
      (answer) => (hints.value = { questionId, stories: answer.byQuestion[0]?.stories ?? [] }),
    );
  }

  /** After an answer: whether it told each linked story's result. */
  function checkAnswer(questionId: number, answer: string): Promise<void> {
    const key = `${questionId}\u0000${answer}`;
    return checkLoading.run(
      () => api.call('story:checkAnswer', { questionId, answer }),
      (items) => (checks.value = { key, items }),
    );
  }

  /** At a session's end: stories told in three or more of its answers. */
  function loadOveruse(sessionId: number): Promise<void> {
    return overuseLoading.run(
      () => api.call('story:sessionOveruse', { sessionId }),
      (items) => (overuse.value = { sessionId, items }),
    );
  }

  return {
    forSet,
    setStatus: setLoading.status,
    setError: setLoading.error,
    hints,
    hintsStatus: hintLoading.status,
    checks,
    checkStatus: checkLoading.status,
    checkError: checkLoading.error,
    overuse,
    overuseStatus: overuseLoading.status,
    overuseError: overuseLoading.error,
    loadSet,
    loadHints,
    checkAnswer,
    loadOveruse,
  };
});
