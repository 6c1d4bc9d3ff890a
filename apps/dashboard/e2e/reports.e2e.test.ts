import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';

const SHOTS = resolve(import.meta.dirname, 'screenshots');

// Issue 12 §2–3 in the browser: the performance section downloads a project's target form and the year's
// report from the dashboard (the browser's own download), and the files open with what they must hold.

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await save(page, name);
}

/** Clicks a download button and returns the bytes the browser saved, with the name it saved them under. */
async function downloadBy(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${testId}"]`),
  ])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path) };
}

describe('the official tables and the annual report, downloaded from the dashboard', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads a project’s 项目支出绩效目标申报表 that opens and names the project', async () => {
    const { projects } = await api<{ projects: { edges: { node: { id: string; code: string; name: string } }[] } }>(
      page,
      baseUrl,
      `{ projects(first: 1, filter: { year: 2023 }) { edges { node { id code name } } } }`,
    );
    const project = projects.edges[0]!.node;
    await page.goto(`/projects/${project.id}`);
    await page.waitForSelector('[data-testid="project-forms"]');
    await screenshot(page, 'project-forms');
    const { name, body } = await downloadBy(page, 'download-targets-form');
    expect(name).toBe(`${project.code}-项目支出绩效目标申报表.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('项目支出绩效目标申报表');
    let code: unknown = null;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '项目编码') code = row.getCell(2).value;
    });
    expect(code).toBe(project.code);
    expect(jsErrors(page)).toEqual([]);
  });

  it('downloads the 2023 annual report, which states the county’s 321 projects', async () => {
    await page.goto('/reports');
    await page.waitForSelector('[data-testid="panel-report-template"] textarea');
    await page.locator('[data-testid="panel-unit-exports"] tbody tr').first().waitFor();
    await screenshot(page, 'reports-page');
    expect(await horizontalOverflow(page)).toBe(0);
    const { name, body } = await downloadBy(page, 'download-annual-report');
    expect(name).toBe('尉犁县2023年度预算绩效管理工作情况.docx');
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(body))['word/document.xml']);
    expect(xml).toContain('321');
    expect(xml).toContain('全县共编制绩效目标项目321个，涉及资金达6.45亿元');
  });

  it('shows the server’s reason at the field when a template has an unknown placeholder', async () => {
    const body = page.locator('[data-testid="template-body-monitoring"]');
    await body.fill('监控项目{{checkpoint1.projects}}个');
    await page.click('[data-testid="save-report-template"]');
    const error = page.locator('[data-testid="template-error-sections[4].body"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('未知占位符 {{checkpoint1.projects}}');
    // The field and its message, as the reader sees them (a full-page shot would cut through the sticky header).
    await body.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, 'reports-template-error.png') });
    await page.reload();
  });

  it('reads in English, and downloads a unit’s tables as a zip', async () => {
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await page.goto('/reports?year=2022');
    await page.locator('[data-testid="panel-unit-exports"] tbody tr').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Annual report and official tables');
    await screenshot(page, 'reports-page-en');
    // A unit with 2022 projects (other browser tests add units with none, listed too).
    const { projects } = await api<{ projects: { edges: { node: { unit: { code: string } } }[] } }>(
      page,
      baseUrl,
      'query { projects(first: 1, filter: { year: 2022 }) { edges { node { unit { code } } } } }',
    );
    const { name, body } = await downloadBy(page, `download-unit-zip-${projects.edges[0]!.node.unit.code}`);
    expect(name).toMatch(/-2022年度绩效表\.zip$/);
    const files = Object.keys(unzipSync(new Uint8Array(body)));
    expect(files.some((f) => f.endsWith('-项目支出绩效自评表.xlsx'))).toBe(true);
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(jsErrors(page)).toEqual([]);
  });
});
