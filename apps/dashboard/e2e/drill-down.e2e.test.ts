import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  address,
  chartsRendered,
  horizontalOverflow,
  jsErrors,
  kpi,
  launch,
  loginAs,
  newPage,
  pressChartKey,
  screenshot,
} from './support/browser.js';

describe('drilling down from the county to a project', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes section → unit → project list → project detail, with a breadcrumb back, surviving a reload', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);

    // Section: filter by it, then drill into it from the chip.
    await pressChartKey(page, 'panel-execution-by-section', '教科文科');
    await page.click('[data-testid="drill-section"]');
    await page.waitForSelector('[data-testid="panel-execution-by-unit"]');
    // Readable addresses (issue 15): the section and unit by their codes.
    expect(address(page).path).toBe('/overview/section/sec-jkw');
    // Polled: the crumb shows … until the section's name has loaded.
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"]').innerText(), { timeout: 30_000 })
      .toMatch(/全县\s*›?\s*教科文科/);
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);

    // Unit: its projects.
    await pressChartKey(page, 'panel-execution-by-unit', '尉犁县教育局');
    await page.waitForSelector('[data-testid="drill-project-table"] [data-testid="project-rows"][data-status="ready"]');
    expect(address(page).path).toBe('/overview/unit/jyj');
    expect(await page.locator('[data-testid="breadcrumb"]').innerText()).toMatch(
      /全县[\s›]*教科文科[\s›]*尉犁县教育局/,
    );
    const codes = await page.locator('[data-testid="drill-project-table"] tbody td:first-child').allInnerTexts();
    expect(codes).toEqual([
      '2023-jyj-001',
      '2023-jyj-002',
      '2023-jyj-003',
      '2023-jyj-004',
      '2023-jyj-005',
      '2023-jyj-006',
    ]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'drill-unit');

    // A reload at the unit level shows the same list.
    await page.reload();
    await page.waitForSelector('[data-testid="drill-project-table"] [data-testid="project-rows"][data-status="ready"]');
    expect(await page.locator('[data-testid="drill-project-table"] tbody tr').count()).toBe(6);

    // Project detail.
    await page.click('text=2023年普通高中助学金');
    await page.waitForSelector('[data-testid="project-detail"]');
    expect(address(page).path).toMatch(/^\/projects\//);
    // Polled: the crumbs show … until the project has loaded.
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"]').innerText(), { timeout: 30_000 })
      .toMatch(/全县[\s›]*教科文科[\s›]*尉犁县教育局[\s›]*2023年普通高中助学金/);
    expect(await page.locator('[data-testid="detail-budget"]').innerText()).toContain('875.45 万元');
    await chartsRendered(page, 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'project-detail');

    // Back up the breadcrumb to the section.
    await page.locator('[data-testid="breadcrumb"] a', { hasText: '教科文科' }).click();
    await page.waitForSelector('[data-testid="panel-execution-by-unit"]');
    expect(address(page).path).toBe('/overview/section/sec-jkw');

    // Bookmarks of the older, opaque addresses still open the same levels.
    await page.goto('/overview/section/U2VjdGlvbjo0');
    await page.waitForSelector('[data-testid="panel-execution-by-unit"]');
    // Polled: the crumb shows … until the section's name has loaded.
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"]').innerText(), { timeout: 30_000 })
      .toMatch(/全县\s*›?\s*教科文科/);
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);
    await page.goto('/overview/unit/VW5pdDoxNw');
    await page.waitForSelector('[data-testid="drill-project-table"] [data-testid="project-rows"][data-status="ready"]');
    expect(await page.locator('[data-testid="drill-project-table"] tbody tr').count()).toBe(6);
    expect(await page.locator('[data-testid="breadcrumb"]').innerText()).toMatch(/教科文科[\s›]*尉犁县教育局/);
    expect(jsErrors(page)).toEqual([]);
  });

  it('shows a project’s evaluations with score, grade and cap, and its proposed cut', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    // 2022年普通高中助学金: self-evaluated 差 (53.29), cut 20 % of its 2024 budget.
    await page.goto('/projects/UHJvamVjdDo5Nw');
    await page.waitForSelector('[data-testid="project-detail"]');
    const evaluations = await page.locator('[data-testid="panel-evaluations"]').innerText();
    expect(evaluations).toContain('53.29');
    expect(evaluations).toContain('差');
    expect(await page.locator('[data-testid="detail-cut"]').innerText()).toContain('90.64 万元');
    expect(await page.locator('[data-testid="panel-result-applications"]').innerText()).toContain('20%');
    const indicators = await page.locator('[data-testid="panel-indicators"]').innerText();
    expect(indicators).toContain('≥ 1200 人次');
    expect(indicators).toContain('843 / 800');
    await screenshot(page, 'project-detail-cut');
  });
});
