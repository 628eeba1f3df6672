/**
 * Whisper writes what its prompt makes likely: without fillers in the prompt it tidies "um" and "uh" away. A short
 * prompt that itself hesitates keeps most of them (never all, so the count is "at least").
 */
export const FILLER_PROMPT = 'Um, so, uh, I was, like, you know, thinking. Hmm, er, basically, I mean, um, yes.';

/** The initial prompt for a transcription: the filler prompt for English, none for other languages (it would bias them). */
export function initialPrompt(language: string): string {
  return language === 'en' ? FILLER_PROMPT : '';
}
