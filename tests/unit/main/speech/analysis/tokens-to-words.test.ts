import { describe, expect, it } from 'vitest';
import { tokensToWords, wordsToText } from '../../../../../electron/main/speech/analysis/tokens-to-words';

const t = (text: string, start: number, end: number) => ({ text, start, end });
/** Whisper's tokens written compactly: "text@start-end" pieces joined by "|" (a piece's text keeps its spaces). */
const tokens = (spec: string) =>
  spec.split('|').map((piece) => {
    const at = piece.lastIndexOf('@');
    const [start, end] = piece
      .slice(at + 1)
      .split('-')
      .map(Number);
    return t(piece.slice(0, at), start, end);
  });

describe('tokensToWords', () => {
  it('joins sub-word pieces into words that span from the first piece to the last', () => {
    const words = tokensToWords(
      tokens(' And@0.3-0.5| so@0.5-0.8| my@0.8-1.0| fellow@1.0-1.4| Amer@1.4-1.7|icans@1.7-2.1|,@2.1-2.2'),
    );
    expect(words).toEqual([
      { word: 'And', start: 0.3, end: 0.5 },
      { word: 'so', start: 0.5, end: 0.8 },
      { word: 'my', start: 0.8, end: 1.0 },
      { word: 'fellow', start: 1.0, end: 1.4 },
      { word: 'Americans,', start: 1.4, end: 2.2 },
    ]);
    expect(wordsToText(words)).toBe('And so my fellow Americans,');
  });

  it('starts a word at the first token even without a leading space', () => {
    expect(tokensToWords([t('Um', 0, 0.4), t(',', 0.4, 0.5), t(' yes', 0.6, 0.9)])).toEqual([
      { word: 'Um,', start: 0, end: 0.5 },
      { word: 'yes', start: 0.6, end: 0.9 },
    ]);
  });

  it('drops bracketed sounds, even when whisper splits them into several tokens', () => {
    const words = tokensToWords(
      tokens(
        ' [@0-0.1|BL@0.1-0.2|ANK@0.2-0.3|_AUDIO@0.3-0.4|]@0.4-0.5| Hello@1-1.3| (laughs)@1.3-1.6| there@1.6-2| *cough*@2-2.2',
      ),
    );
    expect(words.map((w) => w.word)).toEqual(['Hello', 'there']);
  });

  it('keeps punctuation-only pieces on the word before, and splits a token holding two words', () => {
    expect(tokensToWords([t(' well', 0, 0.3), t(' -', 0.3, 0.4), t(' I mean', 0.4, 0.9)])).toEqual([
      { word: 'well-', start: 0, end: 0.4 },
      { word: 'I', start: 0.4, end: 0.9 },
      { word: 'mean', start: 0.4, end: 0.9 },
    ]);
  });

  it('returns no words for no tokens, or tokens that are only space', () => {
    expect(tokensToWords([])).toEqual([]);
    expect(tokensToWords([t(' ', 0, 1)])).toEqual([]);
  });
});
