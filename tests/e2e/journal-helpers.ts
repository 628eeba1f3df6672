// Helpers for the journal's end-to-end tests: seeding through the host's API (fast, and the UI is tested elsewhere),
// and locators for the parts of the editor the specs use.
import type { Locator, Page } from '@playwright/test';
import type { RouteInput, RouteName, RouteOutput } from '../../electron/shared/contract';
import type { QuestionCategory } from '../../electron/shared/journal-schemas';
import { expect, type BrowserHost } from './fixtures';

/** A route's input where baseRevision may be left out; see api. */
type SeedInput<N extends RouteName> =
  RouteInput<N> extends { baseRevision: number }
    ? Omit<RouteInput<N>, 'baseRevision'> & { baseRevision?: number }
    : RouteInput<N>;

/** The routes that save a record from a revision. */
const SAVE_ROUTES = new Set<RouteName>([
  'interview:update',
  'reflection:save',
  'interview-question:update',
  'followup:update',
  'followup:updatePlan',
  'plan:updateItem',
  'plan:saveNote',
  'settings:update',
  'missed-point:update',
]);

async function post(host: BrowserHost, route: RouteName, input: unknown) {
  const response = await fetch(`${host.origin}/api/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: input === undefined ? '' : JSON.stringify(input),
  });
  return (await response.json()) as
    { ok: true; data: unknown } | { ok: false; error: { code: string; details?: { path: string; revision?: number }[] } };
}

/**
 * Calls one route on the host like the app does (token, JSON), and fails the test loudly when it is refused. A save
 * route sent without a baseRevision goes as an editor that has just loaded the record would send it: if revision 1 is
 * not current, the CONFLICT names the current one and the save is sent again with it.
 */
export async function api<N extends RouteName>(host: BrowserHost, route: N, input?: SeedInput<N>): Promise<RouteOutput<N>> {
  const seeding = SAVE_ROUTES.has(route) && typeof input === 'object' && input !== null && !('baseRevision' in input);
  let body = await post(host, route, seeding ? { ...input, baseRevision: 1 } : input);
  if (seeding && !body.ok && body.error.code === 'CONFLICT') {
    const current = body.error.details?.find((d) => d.path === 'baseRevision')?.revision;
    if (current !== undefined) body = await post(host, route, { ...input, baseRevision: current });
  }
  if (!body.ok) throw new Error(`${route} was refused: ${JSON.stringify(body.error)}`);
  return body.data as RouteOutput<N>;
}

/** Creates an interview with the given fields (company and date default to something plain). */
export function createInterview(host: BrowserHost, fields: Partial<RouteInput<'interview:create'>> = {}) {
  return api(host, 'interview:create', { company: 'Northwind', heldAt: '2026-03-03', ...fields });
}

/** Journals a question as fumbled, with the key points the person missed; returns the asked question. */
export async function askFumbled(
  host: BrowserHost,
  interviewId: number,
  text: string,
  missedPoints: string[],
  category: QuestionCategory = 'behavioural',
): Promise<RouteOutput<'interview-question:add'>> {
  const asked = await api(host, 'interview-question:add', { interviewId, text, category });
  await api(host, 'interview-question:update', {
    id: asked.id,
    howItWent: 'fumbled',
    keyPoints: missedPoints.map((point) => ({ text: point, missed: true })),
  });
  return asked;
}

/** The journal list opened at the host, once its count is on screen. */
export async function openJournal(page: Page, host: BrowserHost): Promise<void> {
  await page.goto(`${host.url}#/journal`);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
}

/** Opens one interview in the editor and waits until it and its reality check are shown. */
export async function openInterview(page: Page, host: BrowserHost, id: number, company: string): Promise<void> {
  await page.goto(`${host.url}#/journal/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
  await expect(page.getByTestId('reality-headline')).toBeVisible();
}

/** The editor's one save status. */
export const saveStatus = (page: Page): Locator => page.getByTestId('save-status');

/** Waits until every change has been saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus(page)).toHaveText('Saved');
}

/** One "how each part went" area, by its label. */
export const area = (page: Page, label: string): Locator => page.getByRole('region', { name: label, exact: true });

/** One asked question in the editor, by its words. */
export const question = (page: Page, text: string): Locator => page.getByRole('article', { name: text });

/** The reality check panel. */
export const realityCheck = (page: Page): Locator => page.getByTestId('reality-check');
