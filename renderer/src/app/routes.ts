import type { RouteRecordRaw, RouteRecordSingleView } from 'vue-router';
import { QuestionBankView } from '@renderer/features/bank';
import { FollowupsView, InterviewFollowupsView } from '@renderer/features/followups';
import { InterviewEditorView, JournalView, NewInterviewView, TrashView } from '@renderer/features/journal';
import { PlanPrintView, PlanView } from '@renderer/features/plan';
import { PracticeSessionView, PracticeSummaryView, PracticeView } from '@renderer/features/practice';
import { SettingsView } from '@renderer/features/settings';
import { StoriesTrashView, StoriesView, StoryEditorView } from '@renderer/features/stories';
import { NAV_ITEMS } from './nav-items';

/** The sidebar's screens that are lists or overviews; Settings stays at the reading width. */
const LIST_SCREENS = new Set(['journal', 'practice', 'stories', 'follow-ups', 'plan']);

// Views are loaded on first visit so the first screen paints with as little script as possible.
const VIEWS: Record<string, RouteRecordSingleView['component']> = {
  journal: JournalView,
  practice: PracticeView,
  'follow-ups': FollowupsView,
  plan: PlanView,
  stories: StoriesView,
  settings: SettingsView,
};

/**
 * The journal's own screens sit under /journal, so the sidebar's Journal link stays marked as the section the person
 * is in. The list keeps the route name 'journal'.
 */
const JOURNAL_CHILDREN: RouteRecordRaw[] = [
  { path: 'new', name: 'interview-new', component: NewInterviewView, meta: { title: 'New interview' } },
  { path: 'trash', name: 'journal-trash', component: TrashView, meta: { title: 'Trash', list: true } },
  { path: 'bank', name: 'question-bank', component: QuestionBankView, meta: { title: 'Question bank', list: true } },
  {
    path: ':id(\\d+)',
    name: 'interview',
    component: InterviewEditorView,
    meta: { title: 'Interview', wide: true },
  },
];

/** Practice's session and its summary sit under /practice for the same reason. */
const PRACTICE_CHILDREN: RouteRecordRaw[] = [
  {
    path: 'session/:id(\\d+)',
    name: 'practice-session',
    component: PracticeSessionView,
    meta: { title: 'Practice session' },
  },
  {
    path: 'session/:id(\\d+)/summary',
    name: 'practice-summary',
    component: PracticeSummaryView,
    meta: { title: 'Session summary' },
  },
];

/** An interview's follow-up page sits under /follow-ups, so the sidebar keeps Follow-ups marked. */
const FOLLOWUP_CHILDREN: RouteRecordRaw[] = [
  {
    path: 'interview/:id(\\d+)',
    name: 'interview-follow-ups',
    component: InterviewFollowupsView,
    meta: { title: 'Follow up', wide: true },
  },
];

/** The plan's print view (the source of the PDF) sits under /plan, so the sidebar keeps Plan marked. */
const PLAN_CHILDREN: RouteRecordRaw[] = [
  { path: 'print', name: 'plan-print', component: PlanPrintView, meta: { title: 'Plan for printing' } },
];

/** A story's editor and the stories' trash sit under /stories, so the sidebar keeps Stories marked. */
const STORY_CHILDREN: RouteRecordRaw[] = [
  { path: 'trash', name: 'stories-trash', component: StoriesTrashView, meta: { title: 'Stories in the trash', list: true } },
  { path: ':id(\\d+)', name: 'story', component: StoryEditorView, meta: { title: 'Story', wide: true } },
];

/** The sidebar items with screens of their own beneath them. */
const CHILDREN: Record<string, RouteRecordRaw[]> = {
  journal: JOURNAL_CHILDREN,
  practice: PRACTICE_CHILDREN,
  'follow-ups': FOLLOWUP_CHILDREN,
  plan: PLAN_CHILDREN,
  stories: STORY_CHILDREN,
};

/** Every screen, one per sidebar item; unknown paths land on the journal, the app's home. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/journal' },
  ...NAV_ITEMS.map((item): RouteRecordRaw => {
    const screen = { component: VIEWS[item.name], meta: { title: item.label, list: LIST_SCREENS.has(item.name) } };
    const children = CHILDREN[item.name];
    if (!children) return { path: item.path, name: item.name, ...screen };
    return { path: item.path, children: [{ path: '', name: item.name, ...screen }, ...children] };
  }),
  { path: '/:pathMatch(.*)*', redirect: '/journal' },
];
