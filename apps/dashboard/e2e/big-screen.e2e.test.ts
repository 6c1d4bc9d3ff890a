import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chartsRendered, consoleErrors, kpi, launch, loginAs, newPage, screenshot } from './support/browser.js';
import { api } from './support/api.js';

/**
 * What of the big screen does not fit: every element shown must lie inside the window, and an element that
 * hides its overflow (or scrolls it) must not be holding back text or content (issue 15 §4).
 */
function misfits(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.querySelector('[data-testid="big-screen"]')!;
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const r = el.getBoundingClientRect();
      // Nothing to see: empty boxes, and text for screen readers only (a 1×1 clipped box).
      if (r.width <= 1 || r.height <= 1) continue;
      // ECharts' own layers and hidden tooltips are sized by the chart's canvas, checked as its box.
      if (el.closest('.jx-echart') && el.tagName !== 'CANVAS') continue;
      const name = `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}[${(el.textContent ?? '').trim().slice(0, 24)}]`;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
        out.push(
          `${name} outside ${vw}×${vh}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      const clips = (v: string) => v !== 'visible';
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name} clips horizontally: ${el.scrollWidth} > ${el.clientWidth}`);
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        out.push(`${name} clips vertically: ${el.scrollHeight} > ${el.clientHeight}`);
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > vw || doc.scrollHeight > vh) out.push(`page scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`);
    return out;
  });
}

// `UPDATE_DOCS_SCREENSHOTS=1` also writes the first page at each size to docs/screenshots (shown in the README).
const DOCS =
  process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? resolve(import.meta.dirname, '../../../docs/screenshots') : null;

const rotationIndex = (page: Page) =>
  page.locator('[data-testid="big-screen"]').getAttribute('data-rotation-index').then(Number);

describe('the big screen (大屏)', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits ${size.width}×${size.height} on every page without clipping a word`, async () => {
      const page = await newPage(browser, baseUrl, size);
      await loginAs(page, 'leader');
      await page.goto('/screen?year=2023&refresh=0&rotate=0');
      await page.waitForSelector('[data-testid="big-screen"]');
      expect(await page.locator('[data-testid="screen-title"]').innerText()).toBe('尉犁县预算绩效管理大屏');
      expect(await page.locator('[data-testid="screen-clock"]').innerText()).toMatch(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
      );
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await kpi(page, 'budget')).toMatch(/6\.45\s*亿元/);
      // Centre ranking, checkpoints, fund families, flags, grades.
      await chartsRendered(page, 5);
      expect(await misfits(page)).toEqual([]);
      const first = await screenshot(page, `big-screen-${size.width}-page1`);
      if (DOCS) copyFileSync(first, resolve(DOCS, `big-screen-${size.width}x${size.height}.png`));

      await page.click('[data-testid="rotation-page-1"]');
      await page.waitForSelector(
        '[data-testid="screen-right"] [data-testid="panel-agency-ratings"] .jx-echart[data-state="rendered"]',
      );
      await page.waitForSelector(
        '[data-testid="panel-overdue-ranking"][data-status="ready"], [data-testid="panel-overdue-ranking"][data-status="empty"]',
      );
      expect(await misfits(page)).toEqual([]);
      await screenshot(page, `big-screen-${size.width}-page2`);
      expect(consoleErrors(page)).toEqual([]);
    });
  }

  it('turns its side panels over, holds them while pointed at, and says so', async () => {
    const page = await newPage(browser, baseUrl, { width: 1366, height: 768 });
    await loginAs(page, 'leader');
    await page.goto('/screen?year=2023&refresh=0&rotate=5');
    await page.waitForSelector('[data-testid="screen-left"][data-page="execution"]');
    expect(await rotationIndex(page)).toBe(0);
    // The timer turns the page on its own.
    await page.waitForSelector('[data-testid="screen-left"][data-page="results"]', { timeout: 20_000 });
    expect(await rotationIndex(page)).toBe(1);
    expect(await page.getAttribute('[data-testid="rotation-page-1"]', 'aria-pressed')).toBe('true');
    // Pointing at a side panel holds it; leaving lets it turn again.
    await page.hover('[data-testid="screen-right"]');
    await expect.poll(() => page.getAttribute('[data-testid="big-screen"]', 'data-rotation-paused')).toBe('true');
    await page.mouse.move(683, 5);
    await expect.poll(() => page.getAttribute('[data-testid="big-screen"]', 'data-rotation-paused')).toBe('false');
    // The hold button does the same for a touch screen or a keyboard.
    await page.click('[data-testid="rotation-pause"]');
    expect(await page.getAttribute('[data-testid="rotation-pause"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-testid="big-screen"]', 'data-rotation-paused')).toBe('true');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('has its own year picker, which moves the figures and the address to the year', async () => {
    const page = await newPage(browser, baseUrl, { width: 1920, height: 1080 });
    await loginAs(page, 'leader');
    await page.goto('/screen?year=2023&refresh=0&rotate=0');
    expect(await kpi(page, 'budget')).toMatch(/6\.45\s*亿元/);
    await page.selectOption('[data-testid="year-picker"]', '2022');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2022');
    expect(await page.locator('[data-testid="screen-year"]').innerText()).toContain('2022');
    // The figure is the server's for 2022, as its contract query gives it.
    const { targetSummary } = await api<{ targetSummary: { budget: string } }>(
      page,
      baseUrl,
      'query ($year: Int!) { targetSummary(year: $year) { budget } }',
      { year: 2022 },
    );
    const yi = (Number(targetSummary.budget) / 1e8).toFixed(2);
    expect(yi).not.toBe('6.45');
    await expect.poll(() => kpi(page, 'budget')).toContain(yi);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('speaks English by the switch', async () => {
    const page = await newPage(browser, baseUrl, { width: 1366, height: 768 });
    await loginAs(page, 'leader');
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await page.goto('/screen?year=2023&refresh=0&rotate=0');
    await expect.poll(() => page.locator('[data-testid="screen-title"]').innerText()).toContain('budget performance');
    await chartsRendered(page, 5);
    expect(await misfits(page)).toEqual([]);
    await screenshot(page, 'big-screen-1366-en');
  });
});
