import ExcelJS from 'exceljs';
import { formatRate } from '@jixiao/ui/format';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import {
  address,
  chartsRendered,
  csvRows,
  download,
  horizontalOverflow,
  jsErrors,
  kpi,
  launch,
  loginAs,
  newPage,
  screenshot,
} from './support/browser.js';

/** Asks the API as the signed-in viewer (the page's own token), to compare with what the page shows. */
async function api<T>(page: Page, baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await page.evaluate(() => localStorage.getItem('jixiao.token'));
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data: T };
  return json.data;
}

async function projectCodes(page: Page, baseUrl: string, year: number): Promise<string[]> {
  const codes: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      projects: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    } = await api(
      page,
      baseUrl,
      'query($after: String, $year: Int) { projects(first: 100, after: $after, filter: { year: $year }) { edges { node { code } } pageInfo { hasNextPage endCursor } } }',
      { after, year },
    );
    codes.push(...data.projects.edges.map((e) => e.node.code));
    if (!data.projects.pageInfo.hasNextPage) return codes.sort();
    after = data.projects.pageInfo.endCursor;
  }
}

describe('each role’s home view', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a business section its portfolio: 80 projects of 教科文科, a CSV of exactly its rows, its flag ledger', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'sec-jkw');
    expect(address(page).path).toBe('/portfolio');
    expect(await page.locator('[data-testid="viewer-role"]').innerText()).toBe('业务科室');
    expect(await page.locator('h1').innerText()).toContain('教科文科');
    expect(await kpi(page, 'projects')).toMatch(/80\s*个/);
    expect(await kpi(page, 'budget')).toMatch(/1\.49\s*亿元/);
    expect(await kpi(page, 'execution-rate')).toContain('70.7%');
    await chartsRendered(page, 5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portfolio-business-section');

    // The project table: the tab in the URL, sorting, search, cursor pages.
    await page.click('[data-testid="tab-projects"]');
    await page.waitForSelector('[data-testid="portfolio-projects"] [data-testid="project-rows"][data-status="ready"]');
    expect(address(page).query.get('tab')).toBe('projects');
    expect(await page.locator('[data-testid="portfolio-projects"]').innerText()).toContain('共 80 个项目');
    expect(await page.locator('[data-testid="pager"]').innerText()).toContain('第 1–20 条，共 80 条');
    await page.click('[data-testid="pager-next"]');
    await expect.poll(() => page.locator('[data-testid="pager"]').innerText()).toContain('第 21–40 条');
    await page.locator('button[data-sort-key="BUDGET"]').click();
    await expect.poll(() => address(page).query.get('sort')).toBe('budget');
    await expect.poll(() => page.locator('[data-testid="pager"]').innerText()).toContain('第 1–20 条');
    await page.fill('[data-testid="project-search"]', '教育');
    await expect.poll(() => address(page).query.get('q'), { timeout: 10_000 }).toBe('教育');
    await page.waitForSelector('[data-testid="project-rows"][data-status="ready"]');
    const names = await page.locator('[data-testid="project-rows"] tbody td:nth-child(2)').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('教育'))).toBe(true);
    await page.fill('[data-testid="project-search"]', '');
    await expect.poll(() => address(page).query.get('q'), { timeout: 10_000 }).toBeNull();

    // CSV of every row the server returns to this viewer, not just the page on screen.
    const csv = await download(page, '[data-testid="portfolio-projects"]', 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = csvRows(csv.body.toString('utf8'));
    expect(rows[0].slice(0, 4)).toEqual(['项目编码', '项目名称', '预算年度', '实施单位']);
    const codes = rows
      .slice(1)
      .map((r) => r[0])
      .sort();
    expect(codes).toHaveLength(80);
    expect(codes).toEqual(await projectCodes(page, baseUrl, 2023));
    expect(codes).not.toContain('2023-gxj-003'); // 经济建设科's unit
    expect(rows.slice(1).every((r) => r[2] === '2023')).toBe(true);
    const xlsx = await download(page, '[data-testid="portfolio-projects"]', 'export-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK'); // a zip, as XLSX files are
    // Read back as a spreadsheet program would: the same rows, amounts and rates as formatted numbers.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['项目编码', '项目名称', '预算年度', '实施单位', '资金类别', '预算金额（元）']);
    expect(sheet.rowCount).toBe(81);
    const col = (name: string) => header.indexOf(name) + 1;
    const byCode = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (let i = 2; i <= sheet.rowCount; i += 1) {
      const row = sheet.getRow(i);
      const csvRow = byCode.get(String(row.getCell(1).value))!;
      expect(row.getCell(col('预算年度'))).toMatchObject({ type: ExcelJS.ValueType.Number, value: 2023 });
      const budget = row.getCell(col('预算金额（元）'));
      expect(budget).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '#,##0.00' });
      expect((budget.value as number).toFixed(2)).toBe(csvRow[5]);
      const rate = row.getCell(col('8月底执行率'));
      if (rate.type !== ExcelJS.ValueType.Null) {
        expect(rate).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0.0%' });
        expect(formatRate(rate.value as number)).toBe(csvRow[header.indexOf('8月底执行率')]);
      }
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portfolio-projects');

    // The flag ledger: deadline, days overdue highlighted.
    await page.click('[data-testid="tab-flags"]');
    await page.waitForSelector('[data-testid="flag-rows"][data-status="ready"]');
    expect(await page.locator('[data-testid="flag-ledger"]').innerText()).toContain('共 20 条');
    const overdue = page.locator('[data-testid="flag-rows"] tr.row--overdue');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().innerText()).toMatch(/\d+ 天/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portfolio-flags');
    expect(jsErrors(page)).toEqual([]);
  });

  it('keeps a classified unit’s projects out of a section’s rows while its totals count them', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'sec-xzzf');
    expect(await kpi(page, 'projects')).toMatch(/57\s*个/);
    await page.goto('/portfolio?tab=projects');
    await page.waitForSelector('[data-testid="project-rows"][data-status="ready"]');
    const csv = csvRows(
      (await download(page, '[data-testid="portfolio-projects"]', 'export-csv')).body.toString('utf8'),
    );
    expect(csv.slice(1)).toHaveLength(36);
    expect(csv.slice(1).some((r) => r[3].includes('公安局') || r[3] === '涉密单位')).toBe(false);
    await screenshot(page, 'portfolio-classified');
  });

  it('shows a fund section the projects of its fund family only, whichever unit runs them', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'sec-xc');
    expect(address(page).path).toBe('/portfolio');
    expect(await page.locator('[data-testid="viewer-role"]').innerText()).toBe('资金主管科室');
    expect(await kpi(page, 'projects')).toMatch(/32\s*个/);
    expect(await kpi(page, 'budget')).toContain('6,334.67 万元');
    await chartsRendered(page, 5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'portfolio-fund-section');
    await page.click('[data-testid="tab-projects"]');
    await page.waitForSelector('[data-testid="project-rows"][data-status="ready"]');
    const csv = csvRows(
      (await download(page, '[data-testid="portfolio-projects"]', 'export-csv')).body.toString('utf8'),
    );
    expect(csv.slice(1)).toHaveLength(32);
    expect(new Set(csv.slice(1).map((r) => r[4]))).toEqual(new Set(['财政衔接推进乡村振兴补助资金']));
    // The county cockpit is not theirs.
    await page.goto('/overview');
    await page.waitForSelector('text=无权查看');
  });

  it('shows a unit its projects with targets, checkpoint results, flags and grades, and nothing of others', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'unit-jyj');
    expect(address(page).path).toBe('/unit');
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toBe('尉犁县教育局');
    expect(await kpi(page, 'projects')).toMatch(/6\s*个/);
    await page.waitForSelector('[data-testid="unit-projects"] [data-testid="project-rows"][data-status="ready"]');
    const table = await page.locator('[data-testid="unit-projects"]').innerText();
    expect(table).toContain('已批复');
    expect(table).toContain('72.4%'); // 2023-jyj-001 at the end of August
    const codes = await page.locator('[data-testid="unit-projects"] tbody td:first-child').allInnerTexts();
    expect(codes.every((c) => c.startsWith('2023-jyj-'))).toBe(true);
    expect(codes).toHaveLength(6);
    await page.waitForSelector('[data-testid="unit-flags"] [data-testid="flag-rows"][data-status="ready"]');
    expect(await page.locator('[data-testid="unit-flags"]').innerText()).toContain('2023-07-10');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'unit-home');
    // Another unit's project is as missing as one that does not exist.
    await page.goto('/projects/UHJvamVjdDozNjI');
    await page.waitForSelector('[data-testid="project-not-found"]');
    // Last year's grades.
    await page.goto('/unit?year=2022');
    await page.waitForSelector('[data-testid="unit-projects"] [data-testid="project-rows"][data-status="ready"]');
    expect(await page.locator('[data-testid="unit-projects"] tbody').innerText()).toMatch(/优|良|中|差/);
  });

  it('shows an agency its assigned evaluations and its own ratings only', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'agency-xinhe');
    expect(address(page).path).toBe('/agency');
    await page.waitForSelector('[data-testid="evaluation-table"] [data-status="ready"]');
    // Other browser tests may assign this agency more work or publish a later year's rating: the screen is
    // checked against what the API gives this agency, and the demo's own rows are checked by their year.
    const own = await api<{
      agencies: { ratings: { year: number; rating: string; score: number }[]; evaluations: { kind: string }[] }[];
    }>(page, baseUrl, '{ agencies { ratings { year rating score } evaluations { kind } } }');
    expect(own.agencies).toHaveLength(1);
    const latest = own.agencies[0]!.ratings.at(-1)!;
    expect(await page.locator('[data-testid="agency-latest-rating"]').innerText()).toContain(
      `${latest.rating} · ${latest.score.toFixed(1)}`,
    );
    expect(own.agencies[0]!.ratings.find((r) => r.year === 2023)).toMatchObject({ rating: 'A', score: 93.8 });
    const rows = await page.locator('[data-testid="evaluation-table"] tbody tr').allInnerTexts();
    expect(rows).toHaveLength(own.agencies[0]!.evaluations.length);
    expect(rows.join('\n')).toContain('2022年全民健康体检');
    expect(rows.every((r) => r.includes('财政重点评价'))).toBe(true);
    const ratings = await page.locator('[data-testid="panel-rating-table"] tbody tr').allInnerTexts();
    expect(ratings).toHaveLength(own.agencies[0]!.ratings.length);
    expect(ratings.join('\n')).toMatch(/2023/);
    await chartsRendered(page, 1);
    // Another agency's name appears nowhere.
    expect(await page.locator('main').innerText()).not.toContain('天正');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'agency-home');
  });

  it('shows the performance section the county’s open flags, overdue highlighted, and every agency’s rating', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    expect(address(page).path).toBe('/performance');
    await page.waitForSelector('[data-testid="county-ledger"] [data-testid="flag-rows"][data-status="ready"]');
    const ledger = await page.locator('[data-testid="county-ledger"] tbody').innerText();
    expect(ledger).toContain('未销号');
    expect(ledger).not.toContain('销号日期');
    expect(ledger).not.toMatch(/\d{4}-\d{2}-\d{2} 销号/);
    const rows = await page.locator('[data-testid="county-ledger"] tbody tr').count();
    // 2 red flags open county-wide: the demo's four 2022 red flags were closed on 2023-09-28, after the
    // self-evaluations they capped (no 2022 flag left open four years on: demo-credible.test.ts).
    expect(await kpi(page, 'open-red')).toMatch(/^[^\n]*\n\s*2\b/);
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="county-ledger"] tr.row--overdue').count()).toBe(rows);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'performance-ledger');
    await page.click('[data-testid="tab-agencies"]');
    await chartsRendered(page, 1);
    expect(await page.locator('[data-testid="panel-agency-table"] tbody tr').count()).toBe(6);
    expect(address(page).query.get('tab')).toBe('agencies');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'performance-agencies');
  });
});
