import { STAR_PARTS } from '../../shared/coach-schemas';
import { GRADE_LABELS } from '../../shared/insights-labels';
import { STAR_PART_LABELS } from '../../shared/model-answers-schemas';
import { partList } from '../../shared/story-part-list';
import { PLAN_SECTIONS, PLAN_SECTION_TITLES, type Plan, type PlanItem, type PlanSection } from '../../shared/plan-schemas';

const STATUS_WORDS: Record<PlanItem['status'], string> = { todo: 'to do', doing: 'doing', done: 'done' };

/**
 * Text the person wrote, made safe to sit inside a Markdown line: one line, and the characters that would start
 * emphasis, links, code or HTML escaped, so a note cannot turn the rest of the document into something else.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|])/g, '\\$1');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (when: string | null) => (when ? when.slice(0, 10) : '');

function rangeLine(plan: Plan): string {
  const { from, to } = plan.range;
  const span = from && to ? `from ${from} to ${to}` : from ? `from ${from}` : to ? `up to ${to}` : 'all interviews';
  return `Made on ${plan.today} · ${span} · ${plural(plan.interviewsInRange, 'interview')}`;
}

function weakestAreas(plan: Plan): string[] {
  if (!plan.weakestAreas.length)
    return ['No rated areas yet. Rate each area of an interview in the journal and they will show here.'];
  return plan.weakestAreas.flatMap((a) => [
    `### ${inline(a.label)}: ${a.average} out of 5 on average (${plural(a.count, 'interview')})`,
    '',
    ...a.lowest.map((e) => {
      const said = e.excerpt ? ` “${inline(e.excerpt)}”` : '';
      return `- ${inline(e.company)}, ${day(e.heldAt)}: rated ${e.rating}.${said}`;
    }),
    '',
  ]);
}

function actionItems(plan: Plan): string[] {
  if (!plan.items.length) return ['No action items yet. Write your own, or accept one of the suggestions.'];
  return plan.items.map((i) => {
    const details = [
      i.targetOn ? `by ${i.targetOn}` : '',
      i.status === 'doing' ? STATUS_WORDS.doing : '',
      i.areaLabel ? `area: ${inline(i.areaLabel)}` : '',
      i.overdue ? 'past its date' : '',
    ].filter(Boolean);
    return `- [${i.status === 'done' ? 'x' : ' '}] ${inline(i.text)}${details.length ? ` (${details.join('; ')})` : ''}`;
  });
}

function fumbledQuestions(plan: Plan): string[] {
  if (!plan.fumbledQuestions.length) return ['No fumbled questions in this period.'];
  const lines = plan.fumbledQuestions.flatMap((q) => {
    const practice = q.latestGrade ? `last practice: ${GRADE_LABELS[q.latestGrade]}` : 'not practised yet';
    const due = q.dueState === 'new' ? '' : q.dueState === 'due' ? ' · due today' : ` · next due ${day(q.nextDue)}`;
    const times = q.timesFumbled === 1 ? 'once' : `${q.timesFumbled} times`;
    return [
      `### ${inline(q.text)}`,
      '',
      `${q.categoryLabel} · fumbled ${times}, most recently at ${inline(q.lastFumbled.company)} (${day(q.lastFumbled.heldAt)}) · ${practice}${due}`,
      '',
      ...(q.keyPoints.length
        ? [
            'Key points to make:',
            '',
            ...q.keyPoints.map(
              (p) =>
                `- ${inline(p.text)}${p.missed ? (p.coveredInPractice ? ' (covered in your latest practice)' : '') : ' (made at the interview)'}`,
            ),
          ]
        : ['No key points written down yet.']),
      '',
    ];
  });
  const more = plan.fumbledTotal - plan.fumbledQuestions.length;
  return more > 0 ? [...lines, `And ${plural(more, 'more fumbled question')}, in Practice.`] : lines;
}

function modelAnswers(plan: Plan): string[] {
  if (!plan.modelAnswers.length) return ['No model answers yet. Rebuild an answer from Practice or the journal to make one.'];
  return plan.modelAnswers.flatMap((m) => [
    `### ${inline(m.questionText)}`,
    '',
    ...STAR_PARTS.filter((p) => m.parts[p].trim()).map((p) => `- **${STAR_PART_LABELS[p]}:** ${inline(m.parts[p])}`),
    '',
  ]);
}

function stories(plan: Plan): string[] {
  if (!plan.stories.length)
    return ['No stories yet. Five or six true stories, each told well, answer most questions: write one in Stories.'];
  return plan.stories.flatMap((s) => [
    `### ${inline(s.title)}${s.draft ? ' (draft)' : ''}`,
    '',
    ...(s.tags.length ? [`- Shows: ${s.tags.map(inline).join(', ')}`] : []),
    ...(s.questions.length
      ? [`- Answers: ${s.questions.map((q) => `“${inline(q)}”`).join('; ')}`]
      : ['- Answers: no question linked yet']),
    ...(s.draft ? [`- Still missing: ${partList(s.missing)}`] : []),
    '',
  ]);
}

function uncoveredTerms(plan: Plan): string[] {
  if (!plan.uncoveredTerms.length) return ['No job description pasted on an interview in this period.'];
  const open = plan.uncoveredTerms.filter((u) => u.terms.length);
  if (!open.length) return ['Every key term of your job descriptions is covered by a story.'];
  return open.flatMap((u) => [
    `### ${inline(u.company)}${u.role ? `, ${inline(u.role)}` : ''} (${day(u.heldAt)})`,
    '',
    ...u.terms.map((t) => `- ${inline(t)}`),
    '',
  ]);
}

function schedule(plan: Plan): string[] {
  const s = plan.schedule;
  return [
    `- Due today: ${s.dueToday}${s.overdue ? ` (${s.overdue} overdue)` : ''}`,
    `- New from your journal, not practised yet: ${s.newFromJournal}`,
    `- Due in the next 7 days: ${s.next7Days}`,
    '',
    '| Day | Due |',
    '| --- | ---: |',
    ...s.forecast.map((d) => `| ${d.day} | ${d.due} |`),
  ];
}

function followups(plan: Plan): string[] {
  const f = plan.followups;
  if (!f.available) return ['Follow-ups are not set up in this data folder yet.'];
  const line = (p: (typeof f.followUps)[number]) => {
    const what = `${p.kindLabel} to ${inline(p.company)} (interview ${day(p.heldAt)})`;
    if (p.state === 'awaiting-reply') return `- ${what}: sent ${day(p.sentOn)}, waiting for an answer`;
    return `- ${what}: not sent yet${p.dueOn ? `, due ${p.dueOn}` : ''}`;
  };
  const out: string[] = [];
  out.push('### Follow-ups', '', ...(f.followUps.length ? f.followUps.map(line) : ['Nothing waiting to be sent.']), '');
  out.push('### Second chances', '', ...(f.secondChances.length ? f.secondChances.map(line) : ['No requests waiting.']));
  return out;
}

function note(plan: Plan): string[] {
  // The note is the person's own writing, perhaps Markdown already; it goes in as written.
  return plan.note.body.trim() ? [plan.note.body.trim()] : ['No notes.'];
}

const RENDER: Record<PlanSection, (plan: Plan) => string[]> = {
  'weakest-areas': weakestAreas,
  'action-items': actionItems,
  'fumbled-questions': fumbledQuestions,
  'model-answers': modelAnswers,
  stories,
  'uncovered-terms': uncoveredTerms,
  schedule,
  followups,
  note,
};

/** The plan as a readable Markdown document: a title, then the chosen sections in the plan's order. Pure. */
export function renderPlanMarkdown(plan: Plan, sections: readonly PlanSection[]): string {
  const chosen = PLAN_SECTIONS.filter((s) => sections.includes(s));
  const lines = ['# Improvement plan', '', rangeLine(plan), ''];
  for (const section of chosen) {
    lines.push(`## ${PLAN_SECTION_TITLES[section]}`, '', ...RENDER[section](plan), '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The file name the export suggests: the day it was made. */
export function planFileName(plan: Plan): string {
  return `debrief-plan-${plan.today}.md`;
}
