import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { address, chartsRendered, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 15 §1: every number of the cockpit leads to its rows. Each link is clicked as a person would, and
// the project list it opens counts exactly the number clicked (the list's count is the server's totalCount
// under the filter in the URL).

/** The number of projects the list says it holds, once it has answered. */
async function listCount(page: Page): Promise<number> {
  const panel = page.locator('[data-testid="project-list"]');
  await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/共\s*[\d,]+\s*个项目|[\d,]+ projects of/);
  const text = await panel.innerText();
  return Number(/共\s*([\d,]+)\s*个项目/.exec(text)![1]!.replace(/,/g, ''));
}

/** Clicks a link, checks the list opened counts `expected`, and comes back to the cockpit. */
async function follow(page: Page, link: Locator, expected: number, what: string): Promise<URLSearchParams> {
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(/\/projects\?/, { timeout: 30_000 });
  const query = address(page).query;
  expect(await listCount(page), `${what}: ${page.url()}`).toBe(expected);
  await page.goBack();
  await page.waitForURL(/\/overview/, { timeout: 30_000 });
  return query;
}

/** The links under a panel's chart with their counts. */
async function links(page: Page, panel: string): Promise<{ testId: string; count: number }[]> {
  const all = page.locator(`[data-testid="${panel}"] .chart-links a`);
  await all.first().waitFor({ timeout: 30_000 });
  return all.evaluateAll((els) =>
    els.map((el) => ({ testId: el.getAttribute('data-testid')!, count: Number(el.getAttribute('data-count')) })),
  );
}

describe('from a number of the cockpit to the projects behind it', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the flag tiles and every figure of the flag chart open a list of as many projects', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);

    for (const tile of ['yellow', 'red']) {
      const link = page.locator(`[data-testid="kpi-link-${tile}"]`);
      await link.waitFor({ timeout: 30_000 });
      const shown = Number((await link.innerText()).replace(/[^\d]/g, ''));
      const query = await follow(page, link, shown, `tile ${tile}`);
      expect(query.get('measure')).toBe(tile === 'yellow' ? 'OPEN_YELLOW' : 'OPEN_RED');
      expect(query.get('year')).toBe('2023');
    }

    const flagLinks = await links(page, 'panel-flags');
    expect(flagLinks.length).toBe(10); // five figures at each of the two checkpoints
    expect(flagLinks.some((l) => l.count > 0)).toBe(true);
    for (const l of flagLinks.filter((x) => x.count > 0)) {
      await follow(page, page.locator(`[data-testid="${l.testId}"]`), l.count, l.testId);
    }
    expect(jsErrors(page)).toEqual([]);
  });

  it('the grade counts are on the bars, and each opens the projects so graded in the year evaluated', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    const gradeLinks = await links(page, 'panel-grade-distribution');
    // The county report's figures: of the 2022 self-evaluations, 17 中 and 10 差.
    expect(gradeLinks.find((l) => l.testId === 'chart-link-SELF-MEDIUM')?.count).toBe(17);
    expect(gradeLinks.find((l) => l.testId === 'chart-link-SELF-POOR')?.count).toBe(10);
    for (const l of gradeLinks.filter((x) => x.count > 0)) {
      const query = await follow(page, page.locator(`[data-testid="${l.testId}"]`), l.count, l.testId);
      expect(query.get('year')).toBe('2022');
    }
    expect(jsErrors(page)).toEqual([]);
  });

  it('each checkpoint bar and each agency opens its projects', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    const checkpointLinks = await links(page, 'panel-execution-checkpoints');
    expect(checkpointLinks.map((l) => l.testId)).toEqual(['chart-link-checkpoint-5', 'chart-link-checkpoint-8']);
    for (const l of checkpointLinks) {
      expect(l.count).toBeGreaterThan(0);
      await follow(page, page.locator(`[data-testid="${l.testId}"]`), l.count, l.testId);
    }

    const agencyLinks = await links(page, 'panel-agency-ratings');
    expect(agencyLinks.length).toBeGreaterThan(0);
    let evaluated = 0;
    for (const l of agencyLinks) {
      const agencyId = l.testId.replace('chart-link-agency-', '');
      // The 2022 projects this agency evaluated (in 2023, the year rated), asked of the API directly.
      const data = await api<{
        evaluations: { pageInfo: { hasNextPage: boolean }; edges: { node: { project: { id: string } | null } }[] };
      }>(
        page,
        baseUrl,
        `query($a: ID!) { evaluations(first: 100, filter: { year: 2022, agencyId: $a }) { pageInfo { hasNextPage } edges { node { project { id } } } } }`,
        { a: agencyId },
      );
      expect(data.evaluations.pageInfo.hasNextPage).toBe(false);
      const projects = new Set(data.evaluations.edges.map((e) => e.node.project?.id).filter(Boolean));
      evaluated += projects.size;
      await follow(page, page.locator(`[data-testid="${l.testId}"]`), projects.size, l.testId);
    }
    expect(evaluated).toBeGreaterThan(0);
    expect(jsErrors(page)).toEqual([]);
  });

  it('the list keeps its filters in the address: a reload shows the same rows', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await page.goto(`${baseUrl}/projects?year=2023&measure=OPEN&fm=8`);
    const before = await listCount(page);
    await expect.poll(() => page.locator('[data-testid="list-conditions"]').innerText()).toContain('8月底未销号预警');
    await screenshot(page, 'project-list-open-flags');
    await page.reload();
    expect(await listCount(page)).toBe(before);
    await page.goto(`${baseUrl}/overview`);
    await chartsRendered(page, 6);
    await screenshot(page, 'overview-number-links');
    expect(jsErrors(page)).toEqual([]);
  });
});
