import { describe, expect, it } from 'vitest';
import { countSpokenFillers, findFillers } from '../../../../../electron/main/speech/analysis/spoken-fillers';
import { FILLER_PROMPT, initialPrompt } from '../../../../../electron/main/speech/analysis/filler-prompt';
import { countFillers } from '../../../../../electron/main/practice/answer-analysis';

const timed = (text: string) => text.split(' ').map((word, i) => ({ word, start: i, end: i + 0.5 }));

describe('fillers in a spoken transcript', () => {
  it('finds each filler with where it fell; a two-word filler spans both words', () => {
    const found = findFillers(timed('Um, so I, you know, led the team. Uh, basically we shipped.'));
    expect(found).toEqual([
      { word: 'um', start: 0, end: 0.5 },
      { word: 'you know', start: 3, end: 4.5 },
      { word: 'uh', start: 8, end: 8.5 },
      { word: 'basically', start: 9, end: 9.5 },
    ]);
    expect(countSpokenFillers(found)).toEqual([
      { word: 'um', count: 1 },
      { word: 'uh', count: 1 },
      { word: 'you know', count: 1 },
      { word: 'basically', count: 1 },
    ]);
  });

  it('uses the typed rules for "like": a verb or a comparison is not a filler', () => {
    expect(findFillers(timed('I like Go. It was like, hard. Like a rock.')).map((f) => f.word)).toEqual(['like']);
  });

  it('hears the hesitations typing never has, spelt as whisper spells them', () => {
    expect(findFillers(timed('Umm, er, erm, hmm, Hmmm. Uhh.')).map((f) => f.word)).toEqual([
      'um',
      'er',
      'er',
      'hmm',
      'hmm',
      'uh',
    ]);
  });

  it('finds none in a clean answer, and typed counting is unchanged', () => {
    expect(findFillers(timed('I led the migration and cut costs by a third.'))).toEqual([]);
    expect(countFillers('um, you know, like, sort of')).toEqual([
      { word: 'um', count: 1 },
      { word: 'like', count: 1 },
      { word: 'you know', count: 1 },
      { word: 'sort of', count: 1 },
    ]);
  });
});

describe('the initial prompt', () => {
  it('hesitates itself for English, so whisper keeps "um" and "uh"', () => {
    expect(initialPrompt('en')).toBe(FILLER_PROMPT);
    expect(FILLER_PROMPT).toMatch(/\bUm\b/);
    expect(FILLER_PROMPT).toMatch(/\buh\b/);
    // Short: a long prompt takes from the 224 tokens whisper gives prompt and text together.
    expect(FILLER_PROMPT.length).toBeLessThan(120);
  });

  it('is empty for other languages and auto-detection, where English fillers would bias the model', () => {
    expect(initialPrompt('de')).toBe('');
    expect(initialPrompt('auto')).toBe('');
  });
});
