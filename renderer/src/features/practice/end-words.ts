// The words of "End now" and of a session ended early: how many were answered, that they are kept, and what was not
// reached. Pure, so every count reads as a sentence ("Both answers are kept", not "all 2").

/** Where a session stands when the person asks to end it. */
export interface EndCounts {
  /** Questions in the session. */
  total: number;
  /** Answers already saved, graded or not. */
  saved: number;
  /** An answer under way (typed or being recorded) that ending saves, without a grade. */
  inProgress: boolean;
  /** A saved answer still waiting for its grade: ending leaves its schedule as it was. */
  ungraded: boolean;
}

/** The lines of the "End the session now?" dialog, in order. */
export function endNowLines(c: EndCounts): string[] {
  const kept = c.saved + (c.inProgress ? 1 : 0);
  const lines = [`You have answered ${kept} of ${c.total} ${c.total === 1 ? 'question' : 'questions'}.`];
  if (c.inProgress) {
    const earlier =
      c.saved === 0 ? '' : c.saved === 1 ? ' So is your earlier answer.' : ` So are your ${c.saved} earlier answers.`;
    lines.push(`The answer you are giving now is kept, without a grade.${earlier}`);
  } else if (c.saved === 0) {
    lines.push('Nothing is answered yet, so nothing changes.');
  } else {
    lines.push(
      c.saved === 1 ? 'Your answer is kept.' : c.saved === 2 ? 'Both answers are kept.' : `All ${c.saved} answers are kept.`,
    );
  }
  if (c.ungraded) lines.push('The one without a grade keeps the schedule it had.');
  const left = c.total - kept;
  if (left === 1) lines.push('The question not reached stays as it was, and comes back when it is due.');
  else if (left > 1) lines.push(`The ${left} questions not reached stay as they were, and come back when they are due.`);
  return lines;
}

/** The summary's line for a session ended before its last question: how far it got, and that the answers are kept. */
export function endedEarlyLine(total: number, answered: number): string {
  const head = `You ended this session after ${answered} of ${total} ${total === 1 ? 'question' : 'questions'}.`;
  const left = total - answered;
  if (answered === 0) return `${head} Nothing was answered, so nothing changed.`;
  const kept = `What you answered is kept`;
  if (left <= 0) return `${head} ${kept}.`;
  return `${head} ${kept}; ${left === 1 ? 'the other one was' : `the other ${left} were`} not asked.`;
}
