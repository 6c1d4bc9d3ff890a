import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 15 §4: amount columns never truncate. Every table cell holding an amount (万元/亿元, ¥…K/M) is
// measured in the browser: its content is no wider than the cell, in Chinese and in English.

interface Cut {
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/** The widest amounts each language shows: below 1 亿元 the zh unit is 万元, below ¥1B the en unit is M. */
const WIDEST = { zh: ['-9,999.99 万元', '-123.45 亿元'], en: ['-¥999.99M', '-¥123.45B'] };

/**
 * The amount cells of a table whose content is wider than the cell (cut or hidden): the cells as they are,
 * then the first amount of each column written with the widest amount the language shows.
 */
function cutAmounts(page: Page, table: string, lang: 'zh' | 'en'): Promise<{ count: number; cut: Cut[] }> {
  return page.locator(`[data-testid="${table}"]`).evaluate((root, widest) => {
    const cells = [...root.querySelectorAll('td')].filter((td) => td.querySelector('.money'));
    const measure = (td: HTMLTableCellElement) =>
      td.scrollWidth > td.clientWidth
        ? [{ text: td.innerText, scrollWidth: td.scrollWidth, clientWidth: td.clientWidth }]
        : [];
    const cut = cells.flatMap(measure);
    const firstOfColumn = new Map<number, HTMLTableCellElement>();
    for (const td of cells) if (!firstOfColumn.has(td.cellIndex)) firstOfColumn.set(td.cellIndex, td);
    for (const td of firstOfColumn.values()) {
      const money = td.querySelector('.money')!;
      const shown = money.textContent;
      for (const text of widest) {
        money.textContent = text;
        cut.push(...measure(td));
      }
      money.textContent = shown;
    }
    return { count: cells.length, cut };
  }, WIDEST[lang]);
}

/**
 * The cockpit's figure tiles whose figure is wider than the tile: as they are, then each amount tile written
 * with the widest amounts the language shows (six tiles to a row at 1366 px).
 */
function cutTiles(page: Page, lang: 'zh' | 'en'): Promise<{ count: number; cut: Cut[] }> {
  return page.locator('main').evaluate((root, widest) => {
    const values = [...root.querySelectorAll<HTMLElement>('.jx-kpi__value')];
    const measure = (el: HTMLElement) =>
      el.scrollWidth > el.clientWidth + 1
        ? [{ text: el.innerText, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }]
        : [];
    const cut = values.flatMap(measure);
    for (const el of values.filter((v) => /万元|亿元|元|¥/.test(v.innerText))) {
      const shown = el.textContent;
      for (const text of widest) {
        el.textContent = text;
        cut.push(...measure(el));
      }
      el.textContent = shown;
    }
    return { count: values.length, cut };
  }, WIDEST[lang]);
}

async function setLanguage(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.locator(`[data-testid="lang-${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
}

async function ready(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"][data-status="ready"]`).first().waitFor({ timeout: 30_000 });
}

describe('amount columns', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`show every amount whole, unit included, in the project list, the cockpit's tiles and the cuts (${lang})`, async () => {
      const page = await newPage(browser, baseUrl);
      await loginAs(page, 'leader');
      await setLanguage(page, lang);

      // The project list, largest budgets first (the demo's largest are above 1,000 万元).
      await page.goto('/projects?year=2023&sort=budget&dir=desc');
      await ready(page, 'project-rows');
      const projects = await cutAmounts(page, 'project-rows', lang);
      expect(projects.count).toBeGreaterThan(10);
      const texts = await page.locator('[data-testid="project-rows"] td .money').allInnerTexts();
      expect(texts.some((t) => (lang === 'zh' ? /^\d,\d{3}\.\d\d 万元$/.test(t) : /^¥\d{2,3}\.\d\dM$/.test(t)))).toBe(
        true,
      );
      expect(projects.cut).toEqual([]);
      await screenshot(page, `amount-columns-projects-${lang}`);

      // The cockpit's cuts: the 中/差 projects with their proposed cuts.
      await page.goto('/overview');
      await ready(page, 'panel-cockpit-cuts');
      await page.locator('[data-testid="cuts-ranking"] tbody tr').first().waitFor({ timeout: 30_000 });
      const cuts = await cutAmounts(page, 'cuts-ranking', lang);
      expect(cuts.count).toBeGreaterThan(0);
      expect(cuts.cut).toEqual([]);
      // And the cockpit's tiles, the cuts' six in a row among them.
      await ready(page, 'panel-cockpit-cuts');
      const tiles = await cutTiles(page, lang);
      expect(tiles.count).toBeGreaterThan(10);
      expect(tiles.cut).toEqual([]);
      expect(jsErrors(page)).toEqual([]);
      await page.close();
    });

    it(`show the flag ledger's proposed reductions and the budget section's cut totals whole (${lang})`, async () => {
      const page = await newPage(browser, baseUrl);
      await loginAs(page, 'pes');
      await setLanguage(page, lang);
      await ready(page, 'flag-rows');
      const ledger = await cutAmounts(page, 'flag-rows', lang);
      expect(ledger.count).toBeGreaterThan(0);
      expect(ledger.cut).toEqual([]);
      await screenshot(page, `amount-columns-ledger-${lang}`);
      await page.close();

      const budget = await newPage(browser, baseUrl);
      await loginAs(budget, 'budget');
      await setLanguage(budget, lang);
      await ready(budget, 'panel-cut-totals');
      for (const kind of ['section', 'unit']) {
        await budget.locator(`[data-testid="cut-totals-${kind}"] tbody tr`).first().waitFor({ timeout: 30_000 });
        const totals = await cutAmounts(budget, `cut-totals-${kind}`, lang);
        expect(totals.count, kind).toBeGreaterThan(0);
        expect(totals.cut, kind).toEqual([]);
      }
      await screenshot(budget, `amount-columns-cuts-${lang}`);
      await budget.close();
    });
  }
});
