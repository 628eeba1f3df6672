import type { ImpressForm } from '../../shared/followups-schemas';
import { formatDay } from '../../shared/local-days';
import type { Salutation } from '../../shared/settings-schemas';
import { missedPointSentence, missedPointsText } from './missed-point-sentences';
import type { TemplateValues } from './template-engine';

/** How each form of a chance to impress reads in "My plan is to prepare ...". */
const IMPRESS_FORM_PHRASES: Record<ImpressForm, string> = {
  'work-sample': 'a short work sample',
  research: 'a short piece of research',
  analysis: 'a brief analysis',
  'trial-task': 'a small trial task',
};

// The words a plan uses when it already says what it is ("A two-page analysis of ..."), so the form is not said twice.
const FORM_WORDS: Record<ImpressForm, RegExp> = {
  'work-sample': /\b(?:samples?|examples?|drafts?|prototypes?|mock-?ups?|demos?|pieces?|portfolio)\b/i,
  research: /\b(?:research|study|studies|report|review|survey|look)\b/i,
  analysis: /\b(?:analys[ie]s|analysing|analyzing|breakdown|assessment|audit|model)\b/i,
  'trial-task': /\b(?:tasks?|exercises?|trials?|assignments?|challenges?)\b/i,
};
const ARTICLE = /^(?:a|an|one|two|three|my|the|some|short|brief|small)\b/i;

/**
 * What "My plan is to prepare ..." goes on with: the plan alone when it names its form within its first words
 * ("a two-page analysis of ..."), otherwise the form and then the plan ("a brief analysis: where the time goes").
 */
export function impressPlan(form: ImpressForm | null, plan: string): string {
  const text = asFragment(plan);
  if (!text) return '';
  const opening = text.split(/\s+/).slice(0, 6).join(' ');
  const lowered = ARTICLE.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  if (!form || (ARTICLE.test(text) && FORM_WORDS[form].test(opening))) return lowered;
  return `${IMPRESS_FORM_PHRASES[form]}: ${text}`;
}

/** Everything a draft can be filled from: the journal, the plan, the follow-up's own fields and Settings. */
export interface DraftFacts {
  company: string;
  role: string;
  heldAt: string;
  recipientName: string;
  recipientRole: string;
  specificMoment: string;
  missedPoints: string[];
  /** The sentence of the story cited for a missed point, by point key; points without one are not in it. */
  storySentences?: ReadonlyMap<string, string>;
  /** The missed points a proposal adds because a story backs them (a request carries its points anyway). */
  citedPoints?: string[];
  yourName: string;
  /** How "Dear ..." names the recipient (Settings): by first name, or by title and surname. */
  salutation: Salutation;
  decisionOn: string | null;
  doDifferently: string;
  whyFit: string;
  form: ImpressForm | null;
  plan: string;
  dueOn: string | null;
}

const TITLES = /^(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?$/i;

/** The name to greet someone by: "Dr. Ann Lee" -> "Ann"; a single name stays as it is. */
export function firstName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const rest = parts.length > 1 && TITLES.test(parts[0]) ? parts.slice(1) : parts;
  return rest[0] ?? '';
}

/** The title a name starts with ("Dr." in "Dr. Ann Lee"), or empty. */
function titleOf(name: string): string {
  const [first = ''] = name.trim().split(/\s+/);
  return TITLES.test(first) ? first : '';
}

/**
 * The name after "Dear": the first name, or the title and surname ("Dr. Lee"). A name without a title cannot be
 * guessed one, so it is greeted in full; the Settings hint says to write the title into the interviewer's name.
 */
export function greetingName(name: string, salutation: Salutation): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (salutation === 'first-name') return firstName(name);
  const title = titleOf(name);
  if (!title || parts.length < 3) return parts.join(' ');
  return `${title} ${parts[parts.length - 1]}`;
}

/** Templates end these fragments with their own full stop, so the person's trailing punctuation is dropped. */
export function asFragment(text: string): string {
  return text.trim().replace(/[\s.;:,]+$/, '');
}

/** The placeholder values for one draft; empty facts stay empty so the template flags them or drops their section. */
export function templateValues(f: DraftFacts): TemplateValues {
  return {
    interviewer_name: f.recipientName.trim(),
    interviewer_first_name: firstName(f.recipientName),
    greeting_name: greetingName(f.recipientName, f.salutation),
    interviewer_role: f.recipientRole.trim(),
    company: f.company.trim(),
    role: f.role.trim(),
    interview_date: formatDay(f.heldAt.slice(0, 10)),
    specific_moment: asFragment(f.specificMoment),
    // Whole sentences ("I should have mentioned ..."), so the draft reads like a letter, not pasted notes.
    missed_point_1: missedPointSentence(f.missedPoints[0], 0),
    missed_point_2: missedPointSentence(f.missedPoints[1], 1),
    // Every point, for a request that carries all the person ticked.
    missed_points: missedPointsText(f.missedPoints, f.storySentences),
    // A proposal's points backed by a story, each with the story's sentence.
    cited_stories: missedPointsText(f.citedPoints ?? [], f.storySentences),
    do_differently: asFragment(f.doDifferently),
    why_fit: asFragment(f.whyFit),
    impress_form: f.form ? IMPRESS_FORM_PHRASES[f.form] : '',
    impress_plan: impressPlan(f.form, f.plan),
    impress_due_date: f.dueOn ? formatDay(f.dueOn) : '',
    decision_date: f.decisionOn ? formatDay(f.decisionOn) : '',
    your_name: f.yourName.trim(),
  };
}
