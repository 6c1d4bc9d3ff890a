import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

describe('the built dashboard in chromium', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is served at / by the server, in Simplified Chinese', async () => {
    const page = await newPage(browser, baseUrl);
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    await page.waitForSelector('input[name="username"]');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    await screenshot(page, 'login');
  });

  it('shows the leader the figures fetched from the API: 321 projects, 6.45 亿元, 72.2%', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    // Each tile has its own query: wait for each figure to arrive.
    const tile = (name: string) => () => page.locator(`[data-testid="kpi-${name}"]`).innerText();
    await expect.poll(tile('projects'), { timeout: 30_000 }).toMatch(/321\s*个/);
    await expect.poll(tile('budget'), { timeout: 30_000 }).toMatch(/6\.45\s*亿元/);
    await expect.poll(tile('execution-rate'), { timeout: 30_000 }).toContain('72.2%');
    await expect.poll(tile('red'), { timeout: 30_000 }).toMatch(/^[^\n]*\n\s*3\b/);
    await expect.poll(tile('yellow'), { timeout: 30_000 }).toMatch(/^[^\n]*\n\s*18\b/);
    await page.waitForSelector('canvas', { timeout: 30_000 });
    await page.waitForTimeout(800); // ECharts animates its first frame
    await screenshot(page, 'overview-leader');
    expect(jsErrors(page)).toEqual([]);
  });

  it('has no horizontal scroll at 1366×768', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await page.waitForSelector('canvas', { timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
