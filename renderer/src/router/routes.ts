import type { RouteRecordRaw, RouteRecordSingleView } from 'vue-router';
import { NAV_ITEMS } from '../navigation/nav-items';

// Views are loaded on first visit so the first screen paints with as little script as possible.
const VIEWS: Record<string, RouteRecordSingleView['component']> = {
  journal: () => import('../views/JournalView.vue'),
  practice: () => import('../views/PracticeView.vue'),
  'follow-ups': () => import('../views/FollowUpsView.vue'),
  plan: () => import('../views/PlanView.vue'),
  settings: () => import('../views/SettingsView.vue'),
};

/** Every screen, one per sidebar item; unknown paths land on the journal, the app's home. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/journal' },
  ...NAV_ITEMS.map((item): RouteRecordRaw => ({
    path: item.path,
    name: item.name,
    component: VIEWS[item.name],
    meta: { title: item.label },
  })),
  { path: '/:pathMatch(.*)*', redirect: '/journal' },
];
