import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  address,
  chartsRendered,
  jsErrors,
  kpi,
  launch,
  loginAs,
  newPage,
  pressChartKey,
  screenshot,
} from './support/browser.js';

// The demo county: 204 of the 321 projects of 2023 are general public budget (2.84 亿元). A grade is of
// the 2022 budget's evaluations (done in 2023): it narrows the evaluation panels, never moves the 2023
// budget panels to 2022 (issue 15 §2).

describe('the cross-filter of the leadership overview', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters every other panel by the fund family and grade chosen, keeps them in the URL, and clears them', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);

    await pressChartKey(page, 'panel-execution-by-fund-family', '一般公共预算');
    await page.waitForSelector('[data-testid="chip-fund-family"]');
    expect(address(page).query.get('ff')).toBe('GENERAL_PUBLIC');
    expect(await page.locator('[data-testid="chip-fund-family"]').innerText()).toContain('一般公共预算');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/204\s*个/);
    expect(await kpi(page, 'budget')).toMatch(/2\.84\s*亿元/);

    // A grade keeps the budget-year panels on 2023, narrowed by the fund family only; the chip says so.
    await pressChartKey(page, 'panel-grade-distribution', '中');
    await page.waitForSelector('[data-testid="chip-grade"]');
    expect(address(page).query.get('grade')).toBe('MEDIUM');
    expect(await page.locator('[data-testid="chip-grade"]').innerText()).toContain('2023 年评价的 2022 年度预算');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/204\s*个/);
    await expect
      .poll(() => page.locator('[data-testid="panel-execution-checkpoints"]').innerText(), { timeout: 30_000 })
      .toContain('2023 年与上年');
    await chartsRendered(page, 6);
    await screenshot(page, 'overview-cross-filtered');

    // A shared link, or a reload, shows the same view.
    await page.reload();
    await page.waitForSelector('[data-testid="chip-grade"]');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/204\s*个/);
    expect(await page.locator('[data-testid="chip-fund-family"]').count()).toBe(1);

    // The chip clears its own filter; "clear all" the rest.
    await page.click('[data-testid="chip-grade"]');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/204\s*个/);
    expect(address(page).query.get('grade')).toBeNull();
    await page.click('[data-testid="chip-clear"]');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/321\s*个/);
    expect(address(page).query.get('ff')).toBeNull();
    await page.waitForSelector('[data-testid="filter-hint"]');
    expect(jsErrors(page)).toEqual([]);
  });

  it('filters by a section clicked with the mouse on its bar in the section chart', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    // Sections are sorted by execution rate, highest on top: 教科文科 (70.7 %) is the bottom bar.
    const chart = page.locator('[data-testid="panel-execution-by-section"] .jx-echart');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.8);
    await page.waitForSelector('[data-testid="chip-section"]');
    expect(await page.locator('[data-testid="chip-section"]').innerText()).toContain('教科文科');
    // A readable, shareable address (issue 15): the section's code, not its opaque id; no county for a county's leader.
    expect(address(page).query.get('section')).toBe('sec-jkw');
    expect(address(page).query.get('county')).toBeNull();
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);
    expect(await kpi(page, 'budget')).toMatch(/1\.49\s*亿元/);
    // Flags counted from the section's ledger agree with the API's summary for the section.
    expect(await kpi(page, 'yellow')).toMatch(/^[^\n]*\n\s*6\b/);
    expect(await kpi(page, 'red')).toMatch(/^[^\n]*\n\s*1\b/);
    await chartsRendered(page, 6);
    await screenshot(page, 'overview-section-filter');

    // A reload of that address restores the same filtered view: the chip, the bar pressed, the same figures.
    const figures = async () =>
      Promise.all(['projects', 'budget', 'executed', 'execution-rate', 'yellow', 'red'].map((k) => kpi(page, k)));
    const before = await figures();
    const chip = page.locator('[data-testid="chip-section"]');
    await page.reload();
    await expect.poll(() => chip.innerText(), { timeout: 30_000 }).toContain('教科文科');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);
    await expect.poll(figures, { timeout: 30_000 }).toEqual(before);
    expect(address(page).query.get('section')).toBe('sec-jkw');
    // The ranking rows link to the project list by unit code too.
    const unitLink = page.locator('[data-testid="ranking-units-1"]');
    await unitLink.waitFor({ timeout: 30_000 });
    const href = new URL((await unitLink.getAttribute('href'))!, baseUrl);
    expect(href.searchParams.get('section')).toBe('sec-jkw');
    const unit = href.searchParams.get('unit')!;
    expect(Buffer.from(unit, 'base64url').toString()).not.toMatch(/^Unit:\d+$/);
    // An older address with the section's id still filters the same way.
    await page.goto('/overview?section=U2VjdGlvbjo0');
    await expect.poll(() => chip.innerText(), { timeout: 30_000 }).toContain('教科文科');
    await expect.poll(figures, { timeout: 30_000 }).toEqual(before);
    expect(jsErrors(page)).toEqual([]);
  });
});
