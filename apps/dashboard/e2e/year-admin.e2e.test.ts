import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onDatabase } from '@jixiao/server/testing';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 11 §3: the performance section's 年度管理 — a year opened shows its checkpoints and calendar with
// their dates to move (the server checks them), a year not yet open offers to open it. The year after this
// one is opened through the panel and its dates moved out of order: the server's refusal names the field.
// The database is shared by the browser tests: the year opened here is removed again afterwards.

describe('年度管理 on the performance section’s home', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  const nextYear = new Date().getFullYear() + 1;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    // The browser tests share one database: the year opened here is closed again.
    await onDatabase(databaseUrl, async (db) => {
      for (const table of ['monitoring_checkpoint', 'calendar_deadline', 'rule_set']) {
        await db.query(`DELETE FROM ${table} WHERE year = $1`, [nextYear]);
      }
    });
  });

  it('opens a year, shows its checkpoints and calendar, names a refused date, in Chinese and English', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    await page.goto('/?tab=year');
    const panel = page.locator('[data-testid="panel-year-admin"]');
    await panel.waitFor();
    // A year already open shows its checkpoints (their dates fixed once a checkpoint opens).
    await page.selectOption('[data-testid="year-admin-year"]', '2024');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('2024 年度管理');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('信息公开检查');
    expect(await page.locator('[data-testid="open-year"]').innerText()).toBe('已开启');

    // The year after this one is not open: the button opens it, with its checkpoints and calendar.
    await page.selectOption('[data-testid="year-admin-year"]', String(nextYear));
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('尚未开启');
    expect(await page.locator('[data-testid="open-year"]').isEnabled()).toBe(true);
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('is not open yet');
    expect(await page.locator('[data-testid="open-year"]').innerText()).toBe('Open the year');
    await screenshot(page, 'year-admin-en');
    await page.click('[data-testid="lang-zh"]');
    await page.click('[data-testid="open-year"]');
    await expect.poll(() => page.locator('[data-testid="open-year"]').innerText(), { timeout: 20_000 }).toBe('已开启');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('信息公开检查');

    // May's period end moved past August's: the server refuses and names the field.
    const inputs = page.locator('input[data-testid^="date-"]');
    expect(await inputs.count()).toBeGreaterThan(4);
    expect(await inputs.nth(0).inputValue()).toBe(`${nextYear}-05-31`);
    await inputs.nth(0).fill(`${nextYear}-09-15`);
    await inputs.nth(1).fill(`${nextYear}-09-25`);
    await page.click('[data-testid="save-cp-5-PROJECT"]');
    await page.locator('[data-testid="field-error-periodEnd"]').waitFor();
    expect(await page.locator('[data-testid="field-error-periodEnd"]').innerText()).toContain('8月');
    await screenshot(page, 'year-admin');
    expect(jsErrors(page)).toEqual([]);
  });
});
