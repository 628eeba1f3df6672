import type { RouteParsedInput } from '../../shared/contract';
import { createFieldRevisionRepo, guardFields } from '../db/field-revisions';
import { AppError } from '../../shared/errors';
import { MAX_SUBJECT, TEMPLATE_KIND, type Followup, type FollowupKind, type TemplateId } from '../../shared/followups-schemas';
import type { Interviewer } from '../../shared/journal-schemas';
import { followupAccess, type FollowupContext } from './followup-context';
import type { InterviewFacts } from './followup-journal-repo';
import type { FollowupFields } from './followup-repo';
import { saveText } from './followup-text-store';
import { citationsOf, fieldsOf, toFollowup } from './followup-view';
import { pointKey } from '../journal/journal-domain';
import { chooseCitations, citedSentences, leftOutPoints, withoutSentence } from './story-citations';
import { dayOf, formatDay, isBefore } from '../../shared/local-days';
import { journalDraftText, type JournalDraftText } from './journal-draft-text';
import { fillTemplate } from './template-engine';
import { templateValues } from './template-values';

// The marker a draft keeps where the signature goes until "Your name" is set.
const YOUR_NAME = '{{your_name}}';
const NOBODY: Interviewer = { name: '', role: '', email: '' };
/** Names and addresses are the same person's whatever their case and surrounding spaces. */
export const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a second-chance request is drafted from, besides its interview. */
type SecondChanceDraft = Omit<RouteParsedInput<'followup:draftSecondChance'>, 'interviewId'>;
/** What a chance-to-impress proposal is drafted from, besides its interview. */
type ImpressDraft = Omit<RouteParsedInput<'followup:draftChanceToImpress'>, 'interviewId'>;

/** Writing new follow-ups from the templates and the journal, and writing them again ("regenerate"). */
export function createFollowupDrafting(ctx: FollowupContext) {
  const { repo, plans, journal, templates } = ctx;
  const access = followupAccess(ctx);
  const fieldRevisions = createFieldRevisionRepo(ctx.db);

  /** What the journal says the person would do differently and why they fit; empty where it says nothing. */
  const fromJournal = (interviewId: number): JournalDraftText =>
    journalDraftText(ctx.reader.detail(interviewId), ctx.reader.realityCheck(interviewId));

  /** Points first from the person's list, then the fumbled questions' missed key points: the one or two a draft can carry. */
  const offeredPoints = (interviewId: number) => journal.missedPoints(interviewId).slice(0, 2);

  /**
   * The story cited for each missed point a request or proposal adds (a request its own points, a proposal the
   * journal's first two), keeping the points the person left a story out of as left out.
   */
  function citationsFor(kind: FollowupKind, facts: InterviewFacts, f: FollowupFields, leftOut: ReadonlySet<string>) {
    if (kind !== 'second-chance' && kind !== 'chance-to-impress') return [];
    const points = kind === 'second-chance' ? f.missedPoints : offeredPoints(facts.id);
    const questions = journal.questionsOfPoints(facts.id);
    const cited = points.map((text) => ({ text, questionId: questions.get(pointKey(text)) ?? null }));
    return chooseCitations(cited, ctx.stories, leftOut);
  }

  /**
   * Fills a template for one follow-up from the journal as it is now, the plan, Settings, its own fields and the story
   * bank; returns the stories it cited with the text.
   */
  function compose(templateId: TemplateId, facts: InterviewFacts, f: FollowupFields, leftOut: ReadonlySet<string> = new Set()) {
    const template = templates.get(templateId)!;
    const plan = plans.get(facts.id);
    const recipient = journal.interviewers(facts.id).find((p) => same(p.name, f.recipientName));
    // A request or proposal the person left a field of empty says what the journal can; what it cannot stays flagged.
    const kind = TEMPLATE_KIND[templateId];
    const settings = ctx.settings.get();
    const journalText =
      (kind === 'second-chance' && !(f.doDifferently && f.whyFit)) || (kind === 'chance-to-impress' && !f.whyFit)
        ? fromJournal(facts.id)
        : { doDifferently: '', whyFit: '' };
    const citations = citationsFor(kind, facts, f, leftOut);
    const values = templateValues({
      company: facts.company,
      role: facts.role,
      heldAt: facts.heldAt,
      recipientName: f.recipientName,
      recipientRole: recipient?.role ?? '',
      specificMoment: plan.specificMoment,
      // A request quotes its own list (the person may have reworded it); other kinds quote the journal.
      missedPoints: kind === 'second-chance' ? f.missedPoints : offeredPoints(facts.id),
      storySentences: citedSentences(citations),
      citedPoints: kind === 'chance-to-impress' ? citations.filter((c) => !c.leftOut).map((c) => c.point) : [],
      yourName: settings.yourName,
      salutation: settings.salutation,
      decisionOn: plan.decisionOn,
      doDifferently: f.doDifferently || journalText.doDifferently,
      whyFit: f.whyFit || journalText.whyFit,
      form: f.form,
      plan: f.plan,
      dueOn: f.dueOn,
    });
    const subject = fillTemplate(template.subject, values).text.replace(/\s+/g, ' ').slice(0, MAX_SUBJECT);
    return { subject, body: fillTemplate(template.body, values).text, citations };
  }

  /** Inserts a follow-up with its first, generated version. */
  function create(facts: InterviewFacts, kind: FollowupKind, fields: FollowupFields): number {
    const now = ctx.now();
    const id = repo.insert(facts.id, kind, fields, now.toISOString());
    const composed = compose(fields.templateId, facts, fields);
    saveText(repo, id, composed, 'generated', now);
    repo.setStoryCitations(id, composed.citations);
    return id;
  }

  function recipient(facts: InterviewFacts, index: number | undefined, path = 'interviewerIndex'): Interviewer {
    const all = journal.interviewers(facts.id);
    if (index === undefined) return all[0] ?? NOBODY;
    if (index >= all.length) {
      const has = all.length
        ? `has ${all.length} interviewer${all.length === 1 ? '' : 's'} (0 to ${all.length - 1})`
        : 'names no interviewers';
      throw new AppError('VALIDATION', `This interview ${has}.`, [{ path, message: 'No interviewer at that position.' }]);
    }
    return all[index];
  }

  const blank = (templateId: TemplateId, to: Interviewer): FollowupFields => ({
    templateId,
    recipientName: to.name,
    recipientEmail: to.email,
    doDifferently: '',
    missedPoints: [],
    whyFit: '',
    form: null,
    plan: '',
    dueOn: null,
  });

  /** Runs the writes in one transaction (all drafts or none) and returns what was written. */
  const written = (write: () => number[]): Followup[] =>
    ctx.db
      .transaction(write)()
      .map((id) => toFollowup(repo, repo.get(id)!));

  return {
    compose,
    fromJournal,

    /** One thank-you per interviewer (those without one, or the chosen ones); one unaddressed draft when nobody is named. */
    thankYous: (interviewId: number, templateId: TemplateId, indexes?: number[], specificMoment?: string): Followup[] =>
      written(() => {
        const facts = access.writableInterview(interviewId);
        if (specificMoment !== undefined) {
          plans.save(interviewId, { ...plans.get(interviewId), specificMoment }, access.stamp());
          fieldRevisions.mark('followupPlan', { interviewId }, ['specificMoment']);
        }
        const people = journal.interviewers(interviewId);
        const existing = repo.forInterview(interviewId).filter((f) => f.kind === 'thank-you');
        const hasOne = (p: Interviewer) =>
          existing.some((f) => same(f.recipient_name, p.name) && same(f.recipient_email, p.email));
        let targets: Interviewer[];
        if (indexes) {
          targets = [...new Set(indexes)].map((i) => {
            const path = `interviewers.${indexes.indexOf(i)}`;
            const p = recipient(facts, i, path);
            if (hasOne(p)) {
              const who = p.name || 'This interviewer';
              throw new AppError('CONFLICT', `${who} already has a thank-you. Open it from the list.`, [
                { path, message: 'Already has a thank-you.' },
              ]);
            }
            return p;
          });
        } else if (people.length) {
          targets = people.filter((p) => !hasOne(p));
        } else {
          // Nobody named in the journal: one unaddressed draft, whose greeting is flagged for the person to fill.
          targets = existing.length ? [] : [NOBODY];
        }
        if (!targets.length) {
          throw new AppError(
            'CONFLICT',
            'Every interviewer already has a thank-you. Open one from the list, or delete it to start again.',
            [{ path: 'interviewers', message: 'All have one.' }],
          );
        }
        return targets.map((p) => create(facts, 'thank-you', blank(templateId, p)));
      }),

    checkIn: (interviewId: number, interviewerIndex?: number): Followup =>
      written(() => {
        const facts = access.writableInterview(interviewId);
        return [create(facts, 'check-in', blank('check-in', recipient(facts, interviewerIndex)))];
      })[0],

    secondChance: (interviewId: number, input: SecondChanceDraft): Followup =>
      written(() => {
        const facts = access.writableInterview(interviewId);
        const missedPoints = input.missedPoints ?? offeredPoints(interviewId);
        const suggested = fromJournal(interviewId);
        // What the journal can say is kept on the request, so the person sees and edits it like their own words.
        const fields = {
          ...blank('second-chance', recipient(facts, input.interviewerIndex)),
          doDifferently: input.doDifferently || suggested.doDifferently,
          whyFit: input.whyFit || suggested.whyFit,
          missedPoints,
        };
        return [create(facts, 'second-chance', fields)];
      })[0],

    chanceToImpress: (interviewId: number, input: ImpressDraft): Followup =>
      written(() => {
        const facts = access.writableInterview(interviewId);
        assertNotBeforeInterview(facts, input.dueOn, 'dueOn', 'The due date');
        const to = recipient(facts, input.interviewerIndex);
        const fields = {
          ...blank('chance-to-impress', to),
          form: input.form,
          plan: input.plan,
          dueOn: input.dueOn,
          whyFit: input.whyFit || fromJournal(interviewId).whyFit,
        };
        const id = create(facts, 'chance-to-impress', fields);
        for (const text of input.checklist) repo.addChecklistItem(id, text);
        return [id];
      })[0],

    /**
     * Signs every draft still waiting for "Your name" once it is set: each {{your_name}} left in a draft's newest
     * text becomes the name (a new version). A draft whose signature the person typed over has no marker and stays.
     */
    fillYourName(name: string): void {
      const signed = name.trim();
      if (!signed) return;
      const now = ctx.now();
      for (const row of repo.forLiveInterviews()) {
        if (row.status !== 'draft') continue;
        const text = repo.latestVersion(row.id);
        if (!text || !(text.body.includes(YOUR_NAME) || text.subject.includes(YOUR_NAME))) continue;
        const fill = (t: string) => t.split(YOUR_NAME).join(signed);
        if (saveText(repo, row.id, { subject: fill(text.subject), body: fill(text.body) }, 'generated', now))
          repo.touch(row.id, now.toISOString());
      }
    },

    /**
     * Leaves the story cited for a point out of a draft, or puts it back. Leaving out takes the story's sentence out of
     * the text and keeps the rest as the person wrote it; putting back writes the draft again (the old text stays in
     * Versions). Refused (CONFLICT, nothing written) from a stale revision of the text.
     */
    leaveOutStory(id: number, baseRevision: number, point: string, leftOut: boolean): Followup {
      ctx.db.transaction(() => {
        const { row, facts } = access.writable(id);
        access.assertDraft(row, 'leftOut');
        const citations = citationsOf(row);
        const key = pointKey(point);
        const cited = citations.find((c) => pointKey(c.point) === key);
        if (!cited) {
          throw new AppError('NOT_FOUND', 'This draft cites no story for that point. Write the draft again to cite one.', [
            { path: 'point', message: 'No story is cited for it.' },
          ]);
        }
        const fields = ['body', 'storyCitations'];
        const done = guardFields(fieldRevisions, 'followup', { id }, 'message', baseRevision, fields, () =>
          toFollowup(repo, row),
        );
        if (cited.leftOut === leftOut) return;
        const now = ctx.now();
        if (leftOut) {
          const current = repo.latestVersion(id);
          if (current) {
            const body = withoutSentence(current.body, cited.sentence);
            saveText(repo, id, { subject: current.subject, body }, 'edited', now, { extend: false });
          }
          repo.setStoryCitations(
            id,
            citations.map((c) => (c === cited ? { ...c, leftOut: true } : c)),
          );
        } else {
          const rest = leftOutPoints(citations);
          rest.delete(key);
          const composed = compose(row.template_id, facts, fieldsOf(row), rest);
          saveText(repo, id, composed, 'generated', now);
          repo.setStoryCitations(id, composed.citations);
        }
        repo.touch(id, now.toISOString());
        done();
      })();
      return toFollowup(repo, repo.get(id)!);
    },

    /** Fills the template again (another one of the same kind if given) as a new version; drafts only. */
    regenerate(id: number, templateId?: TemplateId): Followup {
      ctx.db.transaction(() => {
        const { row, facts } = access.writable(id);
        access.assertDraft(row, 'templateId');
        const chosen = templateId ?? row.template_id;
        if (TEMPLATE_KIND[chosen] !== row.kind) {
          throw new AppError('VALIDATION', `The template "${chosen}" writes a ${TEMPLATE_KIND[chosen]}, not a ${row.kind}.`, [
            { path: 'templateId', message: `Pick a ${row.kind} template.` },
          ]);
        }
        const now = ctx.now();
        repo.update(id, { templateId: chosen }, now.toISOString());
        const composed = compose(chosen, facts, fieldsOf(row), leftOutPoints(citationsOf(row)));
        saveText(repo, id, composed, 'generated', now);
        repo.setStoryCitations(id, composed.citations);
        fieldRevisions.mark('followup', { id }, ['templateId', 'subject', 'body', 'storyCitations']);
      })();
      return toFollowup(repo, repo.get(id)!);
    },
  };
}

/** A date the person gives about an interview cannot come before it. */
export function assertNotBeforeInterview(facts: InterviewFacts, when: string, path: string, label: string): void {
  if (isBefore(when, facts.heldAt)) {
    throw new AppError('VALIDATION', `${label} cannot be before the interview (${formatDay(dayOf(facts.heldAt))}).`, [
      { path, message: `Pick ${formatDay(dayOf(facts.heldAt))} or later.` },
    ]);
  }
}

export type FollowupDrafting = ReturnType<typeof createFollowupDrafting>;
