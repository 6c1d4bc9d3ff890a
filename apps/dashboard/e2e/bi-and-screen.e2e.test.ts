import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chartsRendered, jsErrors, kpi, launch, loginAs, newPage, screenshot } from './support/browser.js';

describe('BI tokens and the big screen', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a token shown once with copy-ready instructions, which reads the API until revoked', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'budget');
    await page.click('[data-testid="nav-bi"]');
    await page.waitForSelector('[data-testid="panel-tokens"]');
    await page.fill('[data-testid="token-name"]', '帆软报表（e2e）');
    await page.click('[data-testid="token-create"]');
    const token = (await page.locator('[data-testid="token-value"]').innerText({ timeout: 30_000 })).trim();
    expect(token.length).toBeGreaterThan(20);
    expect(await page.locator('[data-testid="bi-endpoint"]').innerText()).toBe(`${baseUrl}/graphql`);
    expect(await page.locator('[data-testid="bi-header"]').innerText()).toBe(`Authorization: Bearer ${token}`);
    expect(await page.locator('[data-testid="bi-curl"]').innerText()).toContain(token);
    await page.waitForSelector('text=帆软报表（e2e）');
    await screenshot(page, 'bi-token-created');

    const ask = () =>
      fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ targetSummary(year: 2023) { projectCount } }' }),
      });
    const ok = (await (await ask()).json()) as { data: { targetSummary: { projectCount: number } } };
    expect(ok.data.targetSummary.projectCount).toBe(321);

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-testid="revoke-帆软报表（e2e）"]');
    await page.waitForSelector('text=已吊销');
    const refused = await ask();
    const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refused.status === 401 || body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').toBe(true);
    expect(jsErrors(page)).toEqual([]);
  });

  it('fills a 1920×1080 wall with the cockpit, in dark theme and English, without scrolling', async () => {
    const page = await newPage(browser, baseUrl, { width: 1920, height: 1080 });
    await loginAs(page, 'leader');
    await page.evaluate(() => {
      localStorage.setItem('jixiao.theme', 'dark');
      localStorage.setItem('jixiao.lang', 'en');
    });
    await page.goto('/screen?year=2023&refresh=30');
    await page.waitForSelector('[data-testid="big-screen"]');
    expect(await page.locator('[data-testid="app-header"], .app-header').count()).toBe(0);
    expect(await kpi(page, 'budget')).toContain('¥645.04M');
    // The centre ranking and the first page of side panels (checkpoints, fund families, flags, grades).
    await chartsRendered(page, 5);
    const fits = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - window.innerHeight,
      wide: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(fits.scroll).toBeLessThanOrEqual(0);
    expect(fits.wide).toBeLessThanOrEqual(0);
    expect(await page.locator('[data-testid="refresh-interval"]').inputValue()).toBe('30');
    await page.waitForTimeout(500);
    await screenshot(page, 'big-screen-dark-en');
  });
});
