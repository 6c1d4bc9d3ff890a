import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, kpi, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api, type ProjectBasics } from './support/api.js';

// Issue 6 "Done when": a monitoring report as a unit, its review as a business section, its
// confirmation and the flag's close-out as the performance section — all through the dashboard's forms.

interface ProjectInfo extends ProjectBasics {
  budgetedOn: string;
  indicators: { comparator: string; targetValue: string | null }[];
}

/** A unit's 2024 projects monitored at the end of May (budgeted by then), smallest code first. */
async function mayProjects(page: Page, baseUrl: string): Promise<ProjectInfo[]> {
  const data = await api<{ projects: { edges: { node: ProjectInfo }[] } }>(
    page,
    baseUrl,
    'query { projects(first: 100, filter: { year: 2024 }) { edges { node { id code name budget budgetedOn indicators { comparator targetValue } } } } }',
  );
  return data.projects.edges
    .map((e) => e.node)
    .filter((p) => p.budgetedOn <= '2024-05-31')
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** 10% of a yuan amount, exact to the fen. */
function tenthOf(yuan: string): string {
  const [whole, frac = ''] = yuan.split('.');
  const fen = BigInt(whole!) * 100n + BigInt((frac + '00').slice(0, 2));
  const tenth = fen / 10n;
  return `${tenth / 100n}.${String(tenth % 100n).padStart(2, '0')}`;
}

async function todoCount(page: Page, kind: string): Promise<number> {
  await page.waitForSelector(
    '[data-testid="panel-todos"][data-status="ready"], [data-testid="panel-todos"][data-status="empty"]',
    { timeout: 30_000 },
  );
  const item = page.locator(`[data-testid="todo-${kind}"]`);
  return (await item.count()) ? Number(await item.getAttribute('data-count')) : 0;
}

/** Waits until a to-do shows `count` (0: gone), as the refetch after a step lands. */
async function todoBecomes(page: Page, kind: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([k, n]) => Number(document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-count') ?? 0) === n,
    [kind, count] as const,
    { timeout: 30_000 },
  );
}

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid="toast"]', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** A screenshot from the top of the page (the sticky header would cover a scrolled full-page shot). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await save(page, name);
}

const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('the year’s work in the dashboard', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let project: ProjectInfo;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays a monitoring report from the unit through review and confirmation to the flag’s close-out', async () => {
    // 1. The performance section opens the May 2024 checkpoint.
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const yellowBefore = digits(await kpi(pes, 'open-yellow'));
    await pes.goto('/work?tab=checkpoints');
    await pes.click('[data-testid="cp-open-5-PROJECT"]');
    await toast(pes, '监控已开启');
    await pes.locator('[data-testid="cp-status-5-PROJECT"]', { hasText: '报送中' }).waitFor();
    // Its due date (2024-06-10) has passed: every project still to report is listed to chase, days late shown.
    const missing = await api<{
      checkpoints: { month: number; scope: string; daysOverdue: number; missingReports: { totalCount: number } }[];
    }>(
      pes,
      baseUrl,
      'query { checkpoints(year: 2024) { month scope daysOverdue missingReports(first: 1) { totalCount } } }',
    );
    const may = missing.checkpoints.find((c) => c.month === 5 && c.scope === 'PROJECT')!;
    expect(may.missingReports.totalCount).toBeGreaterThan(0);
    expect(may.daysOverdue).toBeGreaterThan(0);
    await pes.locator('[data-testid="missing-reports-5"]').waitFor({ timeout: 30_000 });
    expect(Number(await pes.locator('[data-testid="cp-missing-5-PROJECT"]').getAttribute('data-count'))).toBe(
      may.missingReports.totalCount,
    );
    expect(await pes.locator('[data-testid="missing-reports-5"] h3').innerText()).toContain(
      `已逾期 ${may.daysOverdue} 天`,
    );
    expect(await pes.locator('[data-testid="missing-table-5"] tbody tr').count()).toBe(
      Math.min(20, may.missingReports.totalCount),
    );
    expect(await todoCount(pes, 'REPORTS_OVERDUE')).toBe(may.missingReports.totalCount);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'work-pes-checkpoints');

    // 2. The unit sees the report to submit among its to-dos and reports 10% execution through the form.
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-jyj');
    expect(await todoCount(unit, 'REPORTS_TO_SUBMIT')).toBeGreaterThan(0);
    await screenshot(unit, 'work-unit-home-todos');
    await unit.click('[data-testid="todo-REPORTS_TO_SUBMIT"] a');
    await unit.waitForURL(/\/work\?tab=report/);
    [project] = await mayProjects(unit, baseUrl);
    expect(project).toBeDefined();
    const before = await todoCount(unit, 'REPORTS_TO_SUBMIT');
    await unit.click(`[data-testid="report-fill-${project.code}"]`);
    await unit.fill('[data-testid="report-executed"]', tenthOf(project.budget));
    for (const [i, ind] of project.indicators.entries()) {
      if (ind.comparator !== 'QUALITATIVE' && ind.targetValue !== null)
        await unit.fill(`[data-testid="report-actual-${i}"]`, ind.targetValue);
      await unit.fill(`[data-testid="report-explanation-${i}"]`, '按计划推进');
    }
    expect(await unit.locator('[data-testid="report-budget"]').innerText()).toContain('10.0%');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'work-unit-report-form');
    await unit.click('[data-testid="report-submit"]');
    await toast(unit, '监控报告已报送');
    await unit.locator('[data-testid="report-projects"]').waitFor();
    await todoBecomes(unit, 'REPORTS_TO_SUBMIT', before - 1);

    // 3. The business section passes it in its review queue.
    const sec = await newPage(browser, baseUrl);
    await loginAs(sec, 'sec-jkw');
    expect(await todoCount(sec, 'REPORTS_TO_REVIEW')).toBe(1);
    await sec.click('[data-testid="todo-REPORTS_TO_REVIEW"] a');
    await sec.waitForURL(/\/work\?tab=review/);
    await sec.locator(`[data-testid="review-approve-${project.code}"]`).waitFor();
    expect(await horizontalOverflow(sec)).toBeLessThanOrEqual(0);
    await screenshot(sec, 'work-section-review-queue');
    await sec.click(`[data-testid="review-approve-${project.code}"]`);
    await toast(sec, '已通过初审');
    await sec.locator('[data-testid="review-queue"][data-status="empty"]').waitFor();
    await todoBecomes(sec, 'REPORTS_TO_REVIEW', 0);

    // 4. The performance section confirms it: the rules fail it on execution and raise a yellow flag.
    await pes.goto('/performance');
    expect(await todoCount(pes, 'REPORTS_TO_CONFIRM')).toBe(1);
    await pes.click('[data-testid="todo-REPORTS_TO_CONFIRM"] a');
    await pes.waitForURL(/\/work\?tab=confirm/);
    await pes.click(`[data-testid="confirm-${project.code}"]`);
    await toast(pes, /未达标，标记黄标/);
    const verdict = pes.locator(`[data-testid="verdict-${project.code}"]`);
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/未达标[\s\S]*执行率低于时间进度[\s\S]*标记黄标/);
    await screenshot(pes, 'work-pes-confirmed');
    await pes.click('[data-testid="nav-performance"]');
    await pes.waitForURL(/\/performance$/);
    expect(digits(await kpi(pes, 'open-yellow'))).toBe(yellowBefore + 1);

    // 5. The unit enters the rectification plan and the evidence.
    await unit.goto('/unit');
    expect(await todoCount(unit, 'FLAGS_TO_RECTIFY')).toBeGreaterThan(0);
    await unit.goto('/work?tab=rectify');
    const card = unit.locator(`[data-testid="rectify-${project.code}"]`);
    await card.waitFor();
    await card.locator('[data-testid="flag-owner"]').fill('张伟');
    await card.locator('[data-testid="flag-plan"]').fill('6月底前完成设备采购合同签订，加快支付进度。');
    await card.locator('[data-testid="flag-save-plan"]').click();
    await toast(unit, '整改方案已保存');
    // The card comes back with the new version; the evidence goes against it.
    await unit
      .locator(`[data-testid="rectify-${project.code}"] [data-testid="flag-plan"]`)
      .and(unit.locator('textarea:not(:empty)'))
      .waitFor();
    await unit
      .locator(`[data-testid="rectify-${project.code}"] [data-testid="flag-evidence"]`)
      .fill('采购合同及支付凭证（2024-06-28）');
    await unit.locator(`[data-testid="rectify-${project.code}"] [data-testid="flag-add-evidence"]`).click();
    await toast(unit, '佐证已提交');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'work-unit-rectification');

    // 6. The performance section closes the flag (销号): it shows 已销号 and leaves the open flags.
    await pes.goto('/work?tab=close-flags');
    expect(await todoCount(pes, 'FLAGS_TO_CLOSE')).toBeGreaterThan(0);
    const closeCard = pes.locator(`[data-testid="close-${project.code}"][data-ready="true"]`);
    await closeCard.waitFor();
    await screenshot(pes, 'work-pes-close-flag');
    await closeCard.locator('[data-testid="flag-close-note"]').fill('整改到位');
    await closeCard.locator('[data-testid="flag-close"]').click();
    await toast(pes, '预警已销号');
    expect(await pes.locator(`[data-testid="closed-${project.code}"]`).innerText()).toContain('已销号');
    await pes.locator(`[data-testid="close-${project.code}"]`).waitFor({ state: 'detached' });
    await screenshot(pes, 'work-pes-flag-closed');
    const open = await api<{ flags: { totalCount: number } }>(
      pes,
      baseUrl,
      'query { flags(first: 1, filter: { status: OPEN, year: 2024 }) { totalCount } }',
    );
    expect(open.flags.totalCount).toBe(0);
    await pes.goto('/performance');
    expect(digits(await kpi(pes, 'open-yellow'))).toBe(yellowBefore);
    expect(await pes.locator(`[data-testid="county-ledger"]`).innerText()).not.toContain(project.code);

    for (const p of [pes, unit, sec]) expect(jsErrors(p)).toEqual([]);
  });

  it('shows the conflict message and a reload when someone changed the row meanwhile (two tabs)', async () => {
    const first = await newPage(browser, baseUrl);
    await loginAs(first, 'pes');
    const second = await first.context().newPage();
    await first.goto('/work?tab=checkpoints');
    await second.goto('/work?tab=checkpoints');
    await first.locator('[data-testid="cp-open-8-PROJECT"]').waitFor();
    await second.locator('[data-testid="cp-open-8-PROJECT"]').waitFor();
    await first.click('[data-testid="cp-open-8-PROJECT"]');
    await first.locator('[data-testid="cp-status-8-PROJECT"]', { hasText: '报送中' }).waitFor();
    // The second tab still shows the checkpoint as planned, with the version it read.
    await second.click('[data-testid="cp-open-8-PROJECT"]');
    const alert = second.locator('[data-testid="failure-conflict"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('已被他人修改');
    await screenshot(second, 'work-conflict');
    await second.click('[data-testid="conflict-reload"]');
    await second.locator('[data-testid="cp-status-8-PROJECT"]', { hasText: '报送中' }).waitFor();
    expect(await second.locator('[data-testid="failure-conflict"]').count()).toBe(0);
  });

  it('shows a bad input’s message next to its field', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-jyj');
    await unit.goto('/work?tab=report');
    const projects = await mayProjects(unit, baseUrl);
    const other = projects.find((p) => p.code !== project.code)!;
    await unit.click(`[data-testid="report-fill-${other.code}"]`);
    // More than the budget: the server names the field `executed`.
    await unit.fill('[data-testid="report-executed"]', `${BigInt(other.budget.split('.')[0]!) + 1n}`);
    await unit.click('[data-testid="report-submit"]');
    const error = unit.locator('[data-testid="field-error-executed"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('执行数不能超过预算');
    expect(await unit.locator('[data-testid="report-executed"]').getAttribute('aria-invalid')).toBe('true');
    // It sits right under its field, in the same label.
    expect(
      await unit.locator('label:has([data-testid="report-executed"]) [data-testid="field-error-executed"]').count(),
    ).toBe(1);
    await screenshot(unit, 'work-field-error');
  });
});
