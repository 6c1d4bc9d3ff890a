import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatRate, formatYuan } from '@jixiao/ui/format';
import { signedPoints } from '../src/modules/overview/rankings/ranking-state';
import { api } from './support/api.js';
import { address, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 15 §1: the county cockpit ranks the units and projects furthest behind the time progress, the units
// with the most overdue open flags, and shows the 中/差 projects with their cuts. Every figure on screen is
// the API's, and a ranking row leads to a project list counting exactly its rows.

interface LagRanking {
  elapsedShare: number;
  totalCount: number;
  rows: {
    id: string;
    name: string;
    code: string | null;
    unitCode: string;
    projectCount: number;
    executionRate: number;
    gap: number;
  }[];
}
interface Figures {
  units: LagRanking;
  projects: LagRanking;
  overdue: {
    totalCount: number;
    flagCount: number;
    rows: { unitName: string; unitCode: string; flagCount: number; projectCount: number; maxDaysOverdue: number }[];
  };
  resultApplicationSummary: {
    projectCount: number;
    decidedCount: number;
    proposedCut: string;
    acceptedCut: string;
    targetYear: number;
    targetYearBudget: string;
    acceptedShare: number;
    proposedShare: number;
  };
  cutProjectRanking: {
    mediumCount: number;
    poorCount: number;
    rows: { code: string; name: string; grade: string; proposedCut: string | null }[];
  };
}

const LAG = `elapsedShare totalCount rows { id name code unitCode projectCount executionRate gap }`;
const FIGURES = `{
  units: executionLagRanking(year: 2023, month: 8, by: UNIT, first: 5) { ${LAG} }
  projects: executionLagRanking(year: 2023, month: 8, by: PROJECT, first: 5) { ${LAG} }
  overdue: overdueFlagRanking(year: 2023, first: 5) { totalCount flagCount rows { unitName unitCode flagCount projectCount maxDaysOverdue } }
  resultApplicationSummary(year: 2022) { projectCount decidedCount proposedCut acceptedCut targetYear targetYearBudget acceptedShare proposedShare }
  cutProjectRanking(year: 2022, first: 8) { mediumCount poorCount rows { code name grade proposedCut } }
}`;

/** The number of projects the list says it holds, once it has answered. */
async function listCount(page: Page): Promise<number> {
  const panel = page.locator('[data-testid="project-list"]');
  await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/共\s*[\d,]+\s*个项目/);
  return Number(/共\s*([\d,]+)\s*个项目/.exec(await panel.innerText())![1]!.replace(/,/g, ''));
}

/** Clicks a ranking link, checks the list opened counts `expected`, and comes back to the cockpit. */
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

const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).innerText();

describe('the cockpit rankings and cuts', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the API’s rankings and cut figures, and each ranking row opens as many projects', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    for (const panel of ['panel-execution-ranking', 'panel-overdue-ranking', 'panel-cockpit-cuts']) {
      await page.locator(`[data-testid="${panel}"][data-status="ready"]`).waitFor({ timeout: 30_000 });
    }
    const d = await api<Figures>(page, baseUrl, FIGURES);

    // Each panel says which year it shows.
    expect(await text(page, 'panel-execution-ranking')).toContain('2023 年度预算 · 截至8月底');
    expect(await text(page, 'panel-overdue-ranking')).toContain('2023 年度预算项目');
    expect(await text(page, 'panel-cockpit-cuts')).toContain('2022 年度预算（2023 年评价）· 压减计入 2024 年预算');

    // Execution: units and projects furthest behind, rate and gap as the API gives them.
    for (const kind of ['units', 'projects'] as const) {
      const rows = d[kind].rows;
      expect(rows.length).toBe(5);
      expect(rows[0]!.gap).toBeLessThan(0);
      for (const [i, r] of rows.entries()) {
        const link = page.locator(`[data-testid="ranking-${kind}-${i + 1}"]`);
        expect((await link.innerText()).trim()).toBe(r.code ? `${r.code} ${r.name}` : r.name);
        expect(await link.getAttribute('data-count')).toBe(String(r.projectCount));
        expect(await text(page, `ranking-${kind}-${i + 1}-rate`)).toBe(formatRate(r.executionRate));
        expect(await text(page, `ranking-${kind}-${i + 1}-gap`)).toBe(`${signedPoints(r.gap)} 个百分点`);
      }
      expect(await page.locator(`[data-testid="ranking-${kind}"]`).getAttribute('data-total')).toBe(
        String(d[kind].totalCount),
      );
    }

    // Overdue open flags by unit.
    expect(d.overdue.rows.length).toBeGreaterThan(0);
    for (const [i, r] of d.overdue.rows.entries()) {
      expect((await text(page, `ranking-overdue-${i + 1}`)).trim()).toBe(r.unitName);
      expect(await text(page, `ranking-overdue-${i + 1}-flags`)).toMatch(new RegExp(`^${r.flagCount}\\b`));
    }
    expect(await text(page, 'panel-overdue-ranking')).toContain(
      `共 ${d.overdue.flagCount} 条、${d.overdue.totalCount} 个单位`,
    );

    // Cuts: projects, amounts proposed and decided, share of the 2024 budget.
    const s = d.resultApplicationSummary;
    expect(s.targetYear).toBe(2024);
    expect(await text(page, 'cuts-projects')).toContain(`${s.projectCount} 个`);
    expect(await text(page, 'cuts-projects')).toContain(`已确定 ${s.decidedCount} 个`);
    expect(await text(page, 'cuts-proposed')).toContain(formatYuan(s.proposedCut, { locale: 'zh' }));
    expect(await text(page, 'cuts-accepted')).toContain(formatYuan(s.acceptedCut, { locale: 'zh' }));
    expect(await text(page, 'cuts-share')).toContain(formatRate(s.acceptedShare, 2));
    expect(await text(page, 'cuts-share')).toContain(formatYuan(s.targetYearBudget, { locale: 'zh' }));
    expect([d.cutProjectRanking.mediumCount, d.cutProjectRanking.poorCount]).toEqual([17, 10]);
    const listed = await page.locator('[data-testid="cuts-ranking"] tbody tr').count();
    expect(listed).toBe(d.cutProjectRanking.rows.length);
    expect(await text(page, `cuts-project-${d.cutProjectRanking.rows[0]!.code}`)).toContain(
      d.cutProjectRanking.rows[0]!.name,
    );

    await screenshot(page, 'cockpit-rankings');

    // Each ranking row leads to its rows: a unit to the projects it reported at August's checkpoint, a unit
    // with overdue flags to its projects with one, a grade to the projects so graded, a project to its page.
    const unitQuery = await follow(
      page,
      page.locator('[data-testid="ranking-units-1"]'),
      d.units.rows[0]!.projectCount,
      'unit furthest behind',
    );
    // The unit by its code: a readable, shareable address (issue 15).
    expect([unitQuery.get('year'), unitQuery.get('cp'), unitQuery.get('unit')]).toEqual([
      '2023',
      '8',
      d.units.rows[0]!.unitCode,
    ]);
    const overdueQuery = await follow(
      page,
      page.locator('[data-testid="ranking-overdue-1"]'),
      d.overdue.rows[0]!.projectCount,
      'unit with the most overdue flags',
    );
    expect(overdueQuery.get('overdue')).toBe('1');
    expect(overdueQuery.get('unit')).toBe(d.overdue.rows[0]!.unitCode);
    for (const grade of ['MEDIUM', 'POOR'] as const) {
      const count = grade === 'MEDIUM' ? 17 : 10;
      const q = await follow(page, page.locator(`[data-testid="cuts-grade-${grade}"]`), count, grade);
      expect([q.get('year'), q.get('grade')]).toEqual(['2022', grade]);
    }
    await page.locator('[data-testid="ranking-projects-1"]').click();
    await page.waitForURL(new RegExp(`/projects/${d.projects.rows[0]!.id}`), { timeout: 30_000 });
    await expect.poll(() => page.locator('main').innerText(), { timeout: 30_000 }).toContain(d.projects.rows[0]!.name);
    expect(jsErrors(page)).toEqual([]);
  });

  it('gives the budget section the cut totals by section and by unit, as the API sums them', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'budget');
    await page.locator('[data-testid="panel-cut-totals"][data-status="ready"]').waitFor({ timeout: 30_000 });
    const d = await api<{
      bySection: { label: string; projectCount: number; proposedCut: string; acceptedCut: string }[];
      byUnit: { label: string; projectCount: number; proposedCut: string }[];
    }>(
      page,
      baseUrl,
      `{ bySection: resultApplicationByGroup(year: 2022, groupBy: SECTION) { label projectCount proposedCut acceptedCut }
         byUnit: resultApplicationByGroup(year: 2022, groupBy: UNIT) { label projectCount proposedCut } }`,
    );
    expect(d.bySection.length).toBeGreaterThan(0);
    const sectionRows = page.locator('[data-testid="cut-totals-section"] tbody tr');
    expect(await sectionRows.count()).toBe(d.bySection.length);
    for (const [i, r] of d.bySection.entries()) {
      const cells = await sectionRows.nth(i).locator('td').allInnerTexts();
      expect(cells.map((c) => c.trim())).toEqual([
        r.label,
        String(r.projectCount),
        formatYuan(r.proposedCut, { locale: 'zh' }),
        formatYuan(r.acceptedCut, { locale: 'zh' }),
      ]);
    }
    expect(await page.locator('[data-testid="cut-totals-unit"] tbody tr').count()).toBe(d.byUnit.length);
    await page.locator('[data-testid="panel-cut-totals"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'budget-cut-totals');

    // In English too, each panel naming its year.
    await page.click('[data-testid="lang-en"]');
    await expect
      .poll(() => text(page, 'panel-cut-totals'), { timeout: 30_000 })
      .toContain('Cuts of budget year 2022 (evaluated in 2023) · landing in the 2024 budget');
    expect(await text(page, 'panel-execution-ranking')).toContain('Budget year 2023 · as of end of August');
    expect(await text(page, 'panel-cockpit-cuts')).toContain('Budget year 2022 (evaluated in 2023)');
    expect(await text(page, 'panel-overdue-ranking')).toContain('Projects of budget year 2023');
    await screenshot(page, 'budget-cut-totals-en');
    expect(jsErrors(page)).toEqual([]);
  });
});
