import { describe, expect, it } from 'vitest';
import { coachRoutes } from '../../../../electron/main/coach/coach-routes';
import { readAnswer } from '../../../../electron/main/coach/read-answer';
import { createRouter } from '../../../../electron/main/ipc/router';
import { coachInputSchema, coachReadingSchema, STAR_PARTS, type CoachReading } from '../../../../electron/shared/coach-schemas';

const read = (answer: string, question = '', durationMs: number | null = null) =>
  coachReadingSchema.parse(readAnswer({ question, answer, durationMs }));
const partTexts = (r: CoachReading) => Object.fromEntries(STAR_PARTS.map((p) => [p, r.parts[p].map((s) => s.text)]));
const hedgeTexts = (r: CoachReading) => r.hedges.map((h) => h.text);
/** Every span the reading holds, each checked against the answer at its offsets. */
function expectSpansMatch(answer: string, r: CoachReading) {
  const spans = [...STAR_PARTS.flatMap((p) => r.parts[p]), ...r.hedges, ...r.fillers, ...r.advice.flatMap((a) => a.quotes)];
  for (const s of spans) expect(answer.slice(s.start, s.end)).toBe(s.text);
}

const STORY =
  'Last winter I was a nurse on a busy ward and we had three falls a week. My manager asked me to bring that down. ' +
  'I audited every fall and set up hourly rounds on nights. Within two months falls dropped to one a month.';

describe('STAR parts', () => {
  it('finds each part of a plain story, in order, with a number in the result', () => {
    const r = read(STORY);
    expect(partTexts(r)).toEqual({
      situation: ['Last winter I was a nurse on a busy ward and we had three falls a week.'],
      task: ['My manager asked me to bring that down.'],
      action: ['I audited every fall and set up hourly rounds on nights.'],
      result: ['Within two months falls dropped to one a month.'],
    });
    expect(r.order).toBe('in-order');
    expect(r.resultHasNumber).toBe(true);
    expectSpansMatch(STORY, r);
  });

  it('finds no story in a list of qualities, and says so first', () => {
    const answer = 'I am a hard worker and a team player. I am organised and I always meet my deadlines.';
    const r = read(answer);
    expect(r.order).toBe('none');
    expect(STAR_PARTS.every((p) => r.parts[p].length === 0)).toBe(true);
    expect(r.advice[0]?.kind).toBe('no-story');
    expect(r.advice[0]?.message).toContain('I could not find the parts of a story here');
  });

  it('asks for one time it happened when a behavioural question gets no story, and says nothing of it to an opinion question', () => {
    const r = read('I am calm under pressure and I communicate well.', 'Tell me about a time you worked under pressure.');
    expect(r.advice[0]?.message).toBe(
      "I could not find the parts of a story here: 'I am calm under pressure and I communicate well' does not tell one time it happened. The question asks for one: say where you were, what you had to do, what you did, and what changed.",
    );
    expect(read('It is easy to use and the pricing is clear.', 'What do you think of our product?').advice).toEqual([]);
  });

  it('finds no story in what the person would do', () => {
    const r = read('I would talk to them first and try to understand their side. Then I would agree a plan with them.');
    expect(r.order).toBe('none');
  });

  it('says when the result comes first', () => {
    const answer =
      'We saved 30,000 dollars a year on printing. That happened because I noticed we posted every invoice. ' +
      'I moved our customers to email invoices over three months.';
    const r = read(answer);
    expect(r.parts.result[0]?.text).toBe('We saved 30,000 dollars a year on printing.');
    expect(r.order).toBe('out-of-order');
    expect(r.advice.find((a) => a.kind === 'order')?.message).toBe(
      "The result, 'We saved 30,000 dollars a year on printing', comes before what you did. Tell it in order: the situation, your task, what you did, then what changed.",
    );
  });
});

describe('hedges in context', () => {
  it('finds the usual hedges as spans', () => {
    const answer = 'I think I kind of fixed it, maybe. I guess it was probably a bit better, hopefully.';
    expect(hedgeTexts(read(answer))).toEqual(['I think', 'kind of', 'maybe', 'I guess', 'probably', 'a bit', 'hopefully']);
  });

  it('adds softeners the word list lacks ("pretty" only before a describing word, "I reckon", "not 100% sure")', () => {
    expect(hedgeTexts(read("It went pretty well, I reckon. She has a pretty garden. I'm not 100% sure."))).toEqual([
      'pretty',
      'I reckon',
      'not 100% sure',
    ]);
  });

  it('takes "just" as a hedge only where it minimises ("I just helped"), not in "just in time" or "just two days"', () => {
    expect(hedgeTexts(read('We finished just in time, with just two days to spare. I just helped out.'))).toEqual(['just']);
  });

  it('does not count "I think" when the question asks for an opinion, or "what kind of"', () => {
    const r = read('I think it is easy to use. I think the pricing page is confusing.', 'What do you think of our product?');
    expect(hedgeTexts(r)).toEqual([]);
    expect(hedgeTexts(read('I asked what kind of help they needed and I think about it often.'))).toEqual([]);
  });
});

describe('advice', () => {
  it('quotes where the answer ends when there is no result, with one next step', () => {
    const answer = 'Our app was slow and customers were leaving. I was asked to speed it up. We rolled it out to the whole team.';
    const r = read(answer);
    const missing = r.advice.find((a) => a.kind === 'missing-part');
    expect(missing?.message).toBe(
      "Your answer ends at 'We rolled it out to the whole team'. Say what changed because of what you did, with a number: how much time, money or trouble did it save?",
    );
    expectSpansMatch(answer, r);
  });

  it('says the interviewer cannot tell what the person did when the actions are told in "we"', () => {
    const answer =
      'Last year our team had to launch a new app in six months. We planned the features, we built the backend and we tested it. We launched on time.';
    const r = read(answer);
    const we = r.advice.find((a) => a.kind === 'we-not-i');
    expect(we?.message).toMatch(/^You say "we" \d+ times and "I" 0 times, so the interviewer cannot tell what you did/);
  });

  it('gives at most three remarks and never a score', () => {
    const answer = 'So I guess I kind of maybe helped a bit with something. We sort of did it, I think. It was probably fine.';
    const r = read(answer);
    expect(r.advice.length).toBeLessThanOrEqual(3);
    for (const a of r.advice) expect(a.message).not.toMatch(/score|\/10|\bgrade\b|out of (5|10|100)/i);
    expectSpansMatch(answer, r);
  });
});

describe('bad input', () => {
  it('reads an empty or emoji-only answer as nothing to read yet, with no remarks', () => {
    for (const answer of ['', '   \n ', '🙂🚀']) {
      const r = read(answer);
      expect(r.skipped).toBe('empty');
      expect(r.advice).toEqual([]);
    }
  });

  it('makes no remarks on French or Nyanja', () => {
    for (const answer of [
      "L'année dernière, je travaillais dans une boulangerie et le four est tombé en panne un samedi matin.",
      'Ndalemba ntchito yanga kusukulu chaka chatha. Ndinali mphunzitsi ndipo ana ambiri sankabwera kusukulu.',
    ]) {
      const r = read(answer);
      expect(r.skipped).toBe('not-english');
      expect(r.advice).toEqual([]);
      expect(r.hedges).toEqual([]);
    }
  });

  it('reads all capitals, emoji and one giant sentence into parts', () => {
    const caps =
      'LAST MONTH A NEW COLLEAGUE WAS STRUGGLING WITH THE TILL. I SHOWED HER THE SHORTCUTS. NOW SHE TRAINS THE NEW STARTERS.';
    expect(read(caps).parts.action.map((s) => s.text)).toEqual(['I SHOWED HER THE SHORTCUTS.']);
    const emoji =
      'Our team had a hackathon 🚀 and 24 hours to build something. I built the front end 💻. We won second place 🏆 out of 30 teams!';
    const e = read(emoji);
    expect(e.parts.action.length).toBeGreaterThan(0);
    expect(e.resultHasNumber).toBe(true);
    expectSpansMatch(emoji, e);
    const giant =
      'so basically the billing code was really old and every change broke something and my lead asked me to make it safe so i wrote tests around the main flows and then i refactored it in small steps and after that we went from five billing bugs a month to one';
    const g = read(giant);
    expect(g.parts.action.length).toBeGreaterThan(0);
    expect(g.parts.result.map((s) => s.text)).toEqual(['after that we went from five billing bugs a month to one']);
  });

  it('reads 100,000 characters and refuses one more, with the same message in the app and the command', async () => {
    const long = STORY.repeat(Math.ceil(100_000 / STORY.length)).slice(0, 100_000);
    expect(read(long).parts.action.length).toBeGreaterThan(0);
    const router = createRouter({ validateOutput: true });
    router.register(coachRoutes());
    const refused = await router.dispatch('coach:read', { answer: `${long}x` });
    expect(refused.ok).toBe(false);
    const message = coachInputSchema.safeParse({ answer: `${long}x` }).error?.issues[0]?.message;
    expect(message).toBe('The coach reads answers of up to 100,000 characters.');
    expect(JSON.stringify(refused)).toContain(message);
    const ok = await router.dispatch('coach:read', { question: 'Tell me about a time.', answer: STORY, durationMs: 70_000 });
    expect(ok.ok && (ok.data as CoachReading).length).toEqual({ seconds: 70, source: 'speech', verdict: 'good' });
  });
});
