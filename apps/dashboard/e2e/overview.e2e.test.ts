import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chartsRendered,
  consoleErrors,
  download,
  jsErrors,
  kpi,
  launch,
  loginAs,
  newPage,
  screenshot,
} from './support/browser.js';

describe('the leadership overview in chromium', () => {
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
    // The server's CSP is in force: an inline script does not run, and the refusal is a console error.
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
    });
    expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
    await expect.poll(() => consoleErrors(page).some((e) => /Content Security Policy/.test(e))).toBe(true);
  });

  it('shows the leader the demo figures of 2023: 321 projects, 6.45 亿元, 72.2%, 18 yellow, 3 red', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    expect(new URL(page.url()).pathname).toBe('/overview');
    expect(await page.locator('[data-testid="viewer-role"]').innerText()).toBe('领导');
    expect(await page.locator('[data-testid="viewer-scope"]').innerText()).toContain('尉犁县全部数据');
    expect(await kpi(page, 'projects')).toMatch(/321\s*个/);
    expect(await kpi(page, 'budget')).toMatch(/6\.45\s*亿元/);
    expect(await kpi(page, 'executed')).toMatch(/4\.66\s*亿元/);
    expect(await kpi(page, 'execution-rate')).toContain('72.2%');
    expect(await kpi(page, 'yellow')).toMatch(/^[^\n]*\n\s*18\b/);
    expect(await kpi(page, 'red')).toMatch(/^[^\n]*\n\s*3\b/);
    expect(await kpi(page, 'excellent-share')).toContain('257');
    expect(await kpi(page, 'agencies')).toMatch(/6\s*家/);
    // Checkpoints, fund families, sections, flags, grades, agencies.
    await chartsRendered(page, 6);
    expect(await page.locator('[data-testid="panel-calendar"]').innerText()).toContain('2023-05-31');
    await screenshot(page, 'overview-leader');
    // Each chart exports what it draws as a PNG.
    const png = await download(page, '[data-testid="panel-execution-checkpoints"]', 'export-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5_000);
    expect(jsErrors(page)).toEqual([]);
    // A chart's tooltip (HTML with style attributes) shows, and the server's CSP blocked nothing the page
    // needs (a violation is a console error).
    const chart = (await page.locator('[data-testid="panel-execution-checkpoints"] canvas').first().boundingBox())!;
    const tooltip = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('div')].some(
          (d) => d.style.pointerEvents === 'none' && d.style.display !== 'none' && d.innerText.includes('执行率'),
        ),
      );
    await expect
      .poll(async () => {
        for (const x of [0.3, 0.5, 0.6]) await page.mouse.move(chart.x + chart.width * x, chart.y + chart.height * 0.5);
        return tooltip();
      })
      .toBe(true);
    await screenshot(page, 'overview-tooltip');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('draws the last chart soon after navigation (printed, not asserted)', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto('/overview?year=2023');
      times.push(await chartsRendered(page, 6));
    }
    times.sort((a, b) => a - b);
    console.log(
      `[timing] navigation → last leadership overview chart rendered: ${times.join(' ms, ')} ms (median ${times[1]} ms)`,
    );
    expect(times[1]).toBeGreaterThan(0);
  });

  it('has no horizontal scroll at 1366×768, in either language', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.click('[data-testid="lang-en"]');
    await page.waitForSelector('text=Leadership overview');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('can be used by keyboard: tabbing reaches a chart’s buttons, shows them with a focus ring, and Space filters', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    await page.locator('[data-testid="year-picker"]').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.closest('[data-testid="panel-execution-by-fund-family"] .chart-keys') !== null,
      );
    }
    expect(reached).toBe(true);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, width: box.width, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.width).toBeGreaterThan(10);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-testid="chip-fund-family"]');
    expect(await page.locator('[data-testid="chip-fund-family"]').innerText()).toContain(focused.text ?? '');
    await kpi(page, 'yellow');
    await chartsRendered(page, 6);
    await screenshot(page, 'overview-keyboard');
  });

  it('switches language and theme, ECharts included, and keeps them across a reload', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    await page.click('[data-testid="lang-en"]');
    await page.click('[data-testid="theme-switch"]');
    expect(await kpi(page, 'budget')).toContain('¥645.04M');
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await kpi(page, 'execution-rate')).toContain('Execution rate');
    await chartsRendered(page, 6);
    await screenshot(page, 'overview-leader-en-dark');
  });
});
