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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, baseUrl: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { jsErrors: string[] }).jsErrors = errors;
  return page;
}

export async function loginAs(page: Page, username: string, password = 'jixiao-demo'): Promise<void> {
  await page.goto('/');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="viewer-name"], [data-testid^="viewer-"]', { timeout: 30_000 });
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
