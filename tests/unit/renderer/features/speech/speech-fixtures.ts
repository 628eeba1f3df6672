// A transcript shaped exactly like the contract's output, so a schema change breaks these tests first.
import { transcriptSchema, type Transcript, type TimedWord } from '@shared/speech-schemas';

/** "And so, um, my fellow Americans, ask not" with times, a long pause between 3.0 s and 5.8 s, and one filler. */
export const WORDS: TimedWord[] = [
  { word: ' And', start: 0.3, end: 0.6 },
  { word: ' so,', start: 0.7, end: 1.1 },
  { word: ' um,', start: 1.3, end: 1.6 },
  { word: ' my', start: 1.7, end: 1.9 },
  { word: ' fellow', start: 1.9, end: 2.4 },
  { word: ' Americans,', start: 2.4, end: 3.0 },
  { word: ' ask', start: 5.8, end: 6.2 },
  { word: ' not', start: 6.2, end: 6.6 },
];

/** A transcript of a 10 s recording; `overrides` replace whole fields, `figures` merges. */
export function transcript(
  overrides: Partial<Omit<Transcript, 'figures'>> & { figures?: Partial<Transcript['figures']> } = {},
): Transcript {
  const { figures, ...rest } = overrides;
  return transcriptSchema.parse({
    audioId: 3,
    recordingId: 9,
    modelId: 'tiny.en',
    language: 'en',
    text: WORDS.map((w) => w.word).join(''),
    words: WORDS,
    speech: [
      { start: 0.2, end: 3.0 },
      { start: 5.8, end: 6.7 },
    ],
    createdAt: '2026-11-26T09:00:00.000Z',
    editedText: null,
    revision: 1,
    ...rest,
    figures: {
      durationSeconds: 10,
      speakingSeconds: 3.7,
      wordCount: 8,
      wordsPerMinute: null,
      pace: null,
      pauses: [{ start: 3.0, end: 5.8 }],
      longPauses: [{ start: 3.0, end: 5.8 }],
      fillers: [{ word: 'um', count: 1 }],
      fillerCount: 1,
      fillerPositions: [{ word: 'um', start: 1.3, end: 1.6 }],
      noWordsRecognised: false,
      ...figures,
    },
  });
}
