import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// 数据导入 (issue 12 §1): the budget section uploads a budget-system export with two bad rows, sees each
// named by sheet, row and column, cannot commit; uploads the corrected file and commits; opens the first
// import again from the history. The year is the one after the demo's newest (no other browser test uses it).

const HEAD = '项目编码,项目名称,单位编码,资金性质,预算金额（元）,项目类型,是否专项';
const rows = (bad: boolean) => [
  'E2E-IMP-01,浏览器导入测试项目一,jyj,一般公共预算,120000.00,新增,否',
  `E2E-IMP-02,浏览器导入测试项目二,jyj,一般公共预算,${bad ? '80000.125' : '80000.12'},延续,是`,
  `E2E-IMP-03,浏览器导入测试项目三,${bad ? 'NOPE' : 'wjw'},政府性基金预算,50000.50,新增,否`,
];
const sum = ['120000.00', '80000.12', '50000.50'];

async function upload(page: Page, dir: string, name: string, bad: boolean): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, `\ufeff${[HEAD, ...rows(bad)].join('\r\n')}\r\n`);
  await page.selectOption('[data-testid="import-kind"]', 'PROJECTS');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
}

async function previewed(page: Page): Promise<void> {
  await page
    .locator(
      '[data-testid="import-status"][data-status="PREVIEWED"], [data-testid="import-status"][data-status="COMMITTED"]',
    )
    .waitFor({ timeout: 60_000 });
}

describe('数据导入 in the browser', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let dir = '';
  let year = 0;

  beforeAll(async () => {
    browser = await launch();
    page = await newPage(browser, baseUrl, { width: 1366, height: 900 });
    page.on('dialog', (d) => void d.accept());
    dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-import-'));
    await loginAs(page, 'budget');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every bad row with its sheet, row, column and reason, and offers no commit', async () => {
    await page.click('a[href="/import"]');
    await page.locator('[data-testid="import-year"]').waitFor();
    year = Number(await page.inputValue('[data-testid="import-year"]'));
    await upload(page, dir, '2025年项目预算.csv', true);
    await previewed(page);
    await expect.poll(() => page.innerText('[data-testid="count-error"]')).toContain('2');
    // The rows in error load after the counts.
    await expect.poll(() => page.locator('[data-testid="import-error"]').count()).toBe(2);
    const errors = await page.locator('[data-testid="import-error"]').allInnerTexts();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/第 3 行 E 列（预算金额（元））[\s\S]*超过两位小数/);
    expect(errors[1]).toMatch(/第 4 行 C 列（单位编码）[\s\S]*NOPE/);
    await expect.poll(() => page.locator('[data-testid="import-blocked"]').count()).toBe(1);
    expect(await page.locator('[data-testid="import-commit"]').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'import-errors');
  });

  it('commits the corrected file; the year’s figures move by exactly its rows', async () => {
    const query = `query($y: Int!) { projectAggregate(groupBy: [YEAR], filter: { year: $y }) { projectCount budget } }`;
    const before = (
      await api<{ projectAggregate: { projectCount: number; budget: string }[] }>(page, baseUrl, query, { y: year })
    ).projectAggregate[0] ?? { projectCount: 0, budget: '0' };
    await upload(page, dir, '2025年项目预算（更正）.csv', false);
    await expect.poll(() => page.innerText('[data-testid="import-preview"]'), { timeout: 60_000 }).toContain('更正');
    await previewed(page);
    await expect.poll(() => page.innerText('[data-testid="count-new"]')).toContain('3');
    await page.click('[data-testid="import-commit"]');
    await page.locator('[data-testid="import-committed"]').waitFor({ timeout: 60_000 });
    const after = (
      await api<{ projectAggregate: { projectCount: number; budget: string }[] }>(page, baseUrl, query, { y: year })
    ).projectAggregate[0]!;
    const fen = (s: string) => BigInt(Math.round(Number(s) * 100));
    expect(after.projectCount).toBe(before.projectCount + 3);
    expect(fen(after.budget) - fen(before.budget)).toBe(sum.reduce((s, x) => s + fen(x), 0n));
    await screenshot(page, 'import-committed');
  });

  it('opens an earlier import again from the history, and reads in English', async () => {
    const history = page.locator('[data-testid="import-history"] tbody tr');
    await expect.poll(() => history.count()).toBeGreaterThanOrEqual(2);
    await history.filter({ hasText: '2025年项目预算.csv' }).locator('[data-testid="import-open"]').click();
    await page.locator('[data-testid="import-blocked"]').waitFor();
    expect(await page.locator('[data-testid="import-error"]').count()).toBe(2);
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => page.innerText('[data-testid="import-preview"]')).toMatch(/row 3, column E/);
    await screenshot(page, 'import-history-en');
    await page.click('[data-testid="lang-zh"]');
    expect(jsErrors(page)).toEqual([]);
  });
});
