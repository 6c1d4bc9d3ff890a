import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 11 §3: the performance section's 年度管理 — a year opened shows its checkpoints and calendar with
// their dates to move (the server checks them), a year not yet open offers to open it. Nothing is changed
// here (the database is shared by the browser tests): the server's refusal of a date out of order shows.

describe('年度管理 on the performance section’s home', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a year’s checkpoints and calendar, names a refused date, and offers to open a year, in Chinese and English', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    await page.goto('/?tab=year');
    const panel = page.locator('[data-testid="panel-year-admin"]');
    await panel.waitFor();
    await page.selectOption('[data-testid="year-admin-year"]', '2024');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('2024 年度管理');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('信息公开检查');
    expect(await page.locator('[data-testid="open-year"]').innerText()).toBe('已开启');
    // May's period end moved past August's: the server refuses and names the field.
    const inputs = page.locator('input[data-testid^="date-"]');
    expect(await inputs.count()).toBeGreaterThan(4);
    await inputs.nth(0).fill('2024-09-15');
    await inputs.nth(1).fill('2024-09-25');
    await page.click('[data-testid="save-cp-5-PROJECT"]');
    await page.locator('[data-testid="field-error-periodEnd"]').waitFor();
    expect(await page.locator('[data-testid="field-error-periodEnd"]').innerText()).toContain('8月');
    await screenshot(page, 'year-admin');

    await page.selectOption('[data-testid="year-admin-year"]', String(new Date().getFullYear() + 1));
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('尚未开启');
    expect(await page.locator('[data-testid="open-year"]').isEnabled()).toBe(true);
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('is not open yet');
    expect(await page.locator('[data-testid="open-year"]').innerText()).toBe('Open the year');
    await screenshot(page, 'year-admin-en');
    expect(jsErrors(page)).toEqual([]);
  });
});
