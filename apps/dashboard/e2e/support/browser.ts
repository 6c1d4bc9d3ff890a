import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = resolve(import.meta.dirname, '../screenshots');

/** Debian's chromium, headless, with no network chatter (the machine has no internet). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The server's Content-Security-Policy: a violation (an inline script or style it blocks) is a console error.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  (page as Page & { jsErrors: string[] }).jsErrors = errors;
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  (page as Page & { consoleErrors: string[] }).consoleErrors = consoleErrors;
  return page;
}

export async function loginAs(page: Page, username: string, password = 'jixiao-demo'): Promise<void> {
  await page.goto('/');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="viewer-name"], [data-testid^="viewer-"]', { timeout: 30_000 });
  // The header shows the viewer before the page content (and the move to the role's home) has loaded.
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
}

/**
 * Saves a screenshot under e2e/screenshots and checks it is not blank: a rendered dashboard has
 * many distinct colours and no single colour covers almost all of it.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const buffer = await page.screenshot({ fullPage: true });
  const file = resolve(SHOTS, `${name}.png`);
  writeFileSync(file, buffer);
  const png = PNG.sync.read(buffer);
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const key = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const samples = [...counts.values()].reduce((a, b) => a + b, 0);
  const dominant = Math.max(...counts.values()) / samples;
  expect(counts.size, `${name}: distinct colours`).toBeGreaterThan(50);
  expect(dominant, `${name}: share of the most common colour`).toBeLessThan(0.97);
  return file;
}

export function jsErrors(page: Page): string[] {
  return (page as Page & { jsErrors: string[] }).jsErrors;
}

/** Every console error the page logged (CSP violations among them). */
export function consoleErrors(page: Page): string[] {
  return (page as Page & { consoleErrors: string[] }).consoleErrors;
}

/** The text of a KPI tile (label, figure and its line), once its query has answered. */
export async function kpi(page: Page, name: string): Promise<string> {
  const tile = page.locator(`[data-testid="kpi-${name}"]`);
  await tile.and(page.locator('[data-status="ready"], [data-status="empty"]')).waitFor({ timeout: 30_000 });
  return tile.innerText();
}

/** Waits until `count` charts are drawn; returns when the last one finished, in ms since navigation. */
export async function chartsRendered(page: Page, count: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('.jx-echart[data-state="rendered"]').length >= n, count, {
    timeout,
  });
  return page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll<HTMLElement>('.jx-echart[data-rendered-at]')].map((el) =>
        Number(el.dataset.renderedAt),
      ),
    ),
  );
}

/**
 * Presses a chart's keyboard button (what clicking the bar or segment does), by focus and Enter as a
 * keyboard user would: the buttons show only while focused.
 */
export async function pressChartKey(page: Page, panelTestId: string, label: string): Promise<void> {
  const button = page.locator(`[data-testid="${panelTestId}"] .chart-keys button`, { hasText: label }).first();
  await button.waitFor({ state: 'attached', timeout: 30_000 });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function download(
  page: Page,
  scope: string,
  button: 'export-csv' | 'export-xlsx' | 'export-png' | 'export-briefing-pdf' | 'export-briefing-png',
): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`${scope} [data-testid="${button}"]`).first().click(),
  ]);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** The rows of a CSV written by the dashboard: the exporter's own reader. */
export { parseCsv as csvRows } from '../../src/app/export/csv';

/** The page's address as path and query, for checks on URL state. */
export function address(page: Page): { path: string; query: URLSearchParams } {
  const url = new URL(page.url());
  return { path: url.pathname, query: url.searchParams };
}

/** Pixels the page scrolls sideways (0 when it fits the window's width). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
