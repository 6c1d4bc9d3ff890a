import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api, type ProjectBasics } from './support/api.js';

// Issue 6, parts 4 and 5 in the dashboard: a unit self-evaluates a 2024 project (the rules score and
// grade it), the performance section has the rules propose the cuts, the budget section decides one.

interface ProjectInfo extends ProjectBasics {
  targetStatus: string;
  evaluations: { kind: string }[];
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

/** 70% of a yuan amount, whole yuan. */
function seventyPercent(yuan: string): string {
  return String((BigInt(yuan.split('.')[0]!) * 7n) / 10n);
}

describe('evaluation and result application in the dashboard', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let project: ProjectInfo;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a unit self-evaluate a 2024 project and shows the score and grade the rules give', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-jyj');
    const data = await api<{ projects: { edges: { node: ProjectInfo }[] } }>(
      unit,
      baseUrl,
      'query { projects(first: 100, filter: { year: 2024 }) { edges { node { id code name budget targetStatus evaluations { kind } } } } }',
    );
    // The last one by code: the monitoring test works on the first ones.
    const candidates = data.projects.edges
      .map((e) => e.node)
      .filter((p) => p.targetStatus === 'APPROVED' && !p.evaluations.some((e) => e.kind === 'SELF'))
      .sort((a, b) => b.code.localeCompare(a.code));
    project = candidates[0]!;
    expect(project).toBeDefined();

    await unit.goto('/work?tab=self-evaluation');
    const tab = unit.locator('#work-tab-self-evaluation');
    expect(await tab.innerText()).toContain('单位自评');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await unit.click(`[data-testid="self-eval-fill-${project.code}"]`);
    // A completion out of range is named at its field before anything is sent.
    await unit.fill('[data-testid="self-eval-executed"]', seventyPercent(project.budget));
    await unit.fill('[data-testid="self-eval-outputCompletion"]', '165');
    await unit.fill('[data-testid="self-eval-benefitCompletion"]', '60');
    await unit.fill('[data-testid="self-eval-satisfactionCompletion"]', '70');
    await unit.fill('[data-testid="self-eval-explanation"]', '设备采购延期，部分产出未完成。');
    await unit.click('[data-testid="self-eval-submit"]');
    await unit.locator('[data-testid="field-error-outputCompletion"]').waitFor();
    expect(await unit.locator('[data-testid="self-eval-outputCompletion"]').getAttribute('aria-invalid')).toBe('true');
    // Then by keyboard: fix the field and press Enter in it.
    await unit.fill('[data-testid="self-eval-outputCompletion"]', '65');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'eval-unit-self-evaluation-form');
    await unit.focus('[data-testid="self-eval-satisfactionCompletion"]');
    await unit.keyboard.press('Enter');
    await toast(unit, '自评已提交');
    const result = unit.locator('[data-testid="self-eval-result"]');
    await result.waitFor();
    const grade = unit.locator('[data-testid="self-eval-grade"]');
    expect(await grade.innerText()).toBe('中');
    expect(await grade.getAttribute('data-grade')).toBe('MEDIUM');
    expect(Number(await unit.locator('[data-testid="self-eval-score"]').innerText())).toBeGreaterThanOrEqual(60);
    expect(await unit.locator('[data-testid="self-eval-caps"]').innerText()).toBeTruthy();
    // The list follows: the project now shows its grade and no longer offers the form.
    await unit.locator(`[data-testid="self-eval-grade-${project.code}"]`).waitFor();
    expect(await unit.locator(`[data-testid="self-eval-fill-${project.code}"]`).count()).toBe(0);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'eval-unit-self-evaluation-result');

    // In English too.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await unit.locator(`[data-testid="self-eval-grade-${project.code}"]`).waitFor();
    expect(await unit.locator('#work-tab-self-evaluation').innerText()).toContain('Self-evaluation');
    expect(await unit.locator(`[data-testid="self-eval-grade-${project.code}"]`).innerText()).toMatch(/medium/i);
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(jsErrors(unit)).toEqual([]);
  });

  it('lets the performance section propose the cuts and the budget section adjust one with a reason', async () => {
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work?tab=cuts');
    await pes.locator('[data-testid="propose-cuts"]').waitFor();
    await pes.click('[data-testid="propose-cuts"]');
    await toast(pes, /已生成 \d+ 条压减建议/);
    await pes.locator(`[data-testid="cut-status-${project.code}"]`, { hasText: '待决定' }).waitFor();
    expect(await pes.locator(`[data-testid="notify-grade-${project.code}"]`).getAttribute('data-grade')).toBe('MEDIUM');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'eval-pes-cuts-proposed');

    const budget = await newPage(browser, baseUrl);
    await loginAs(budget, 'budget');
    await budget.goto('/work');
    // The budget section's only tab is the decision on the cuts; the to-do leads there.
    await budget.locator(`[data-testid="cut-adjust-${project.code}"]`).waitFor();
    expect(await budget.locator('[data-testid="panel-notification-list"]').innerText()).toContain(project.code);
    // An adjustment without a reason is refused at the reason field.
    await budget.click(`[data-testid="cut-adjust-${project.code}"]`);
    await budget.fill('[data-testid="cut-amount"]', '1000');
    await budget.click('[data-testid="cut-adjust-submit"]');
    const reasonError = budget.locator('[data-testid="field-error-reason"]');
    await reasonError.waitFor();
    expect(await reasonError.innerText()).toContain('理由');
    await budget.fill('[data-testid="cut-reason"]', '该项目涉及民生保障，压减额酌减。');
    expect(await horizontalOverflow(budget)).toBeLessThanOrEqual(0);
    await screenshot(budget, 'eval-budget-adjust-cut');
    await budget.click('[data-testid="cut-adjust-submit"]');
    await toast(budget, '压减额');
    await budget.locator(`[data-testid="cut-status-${project.code}"]`, { hasText: '已调整' }).waitFor();
    expect(await budget.locator(`[data-testid="cut-adjust-${project.code}"]`).count()).toBe(0);
    await screenshot(budget, 'eval-budget-cut-decided');

    const after = await api<{
      node: { resultApplications: { status: string; acceptedCut: string; reason: string }[] };
    }>(
      budget,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { resultApplications { status acceptedCut reason } } } }',
      { id: project.id },
    );
    expect(after.node.resultApplications).toEqual([
      { status: 'ADJUSTED', acceptedCut: '1000.00', reason: '该项目涉及民生保障，压减额酌减。' },
    ]);
    for (const p of [pes, budget]) expect(jsErrors(p)).toEqual([]);
  });

  it('lets a unit build next year’s targets from the library, and the sections review and approve them', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-jyj');
    const library = await api<{
      indicatorTemplates: { edges: { node: { code: string; name: string; level1: string; quantitative: boolean } }[] };
    }>(unit, baseUrl, 'query { indicatorTemplates(first: 100) { edges { node { code name level1 quantitative } } } }');
    const templates = library.indicatorTemplates.edges.map((e) => e.node).filter((x) => x.quantitative);
    const output = templates.find((x) => x.level1 === 'OUTPUT')!;
    const benefit = templates.find((x) => x.level1 === 'BENEFIT')!;
    expect(output && benefit).toBeTruthy();

    await unit.goto('/work?tab=targets');
    await unit.fill('[data-testid="new-project-name"]', '2025年教师信息化能力提升培训');
    await unit.fill('[data-testid="new-project-budget"]', '800,000');
    await unit.selectOption('[data-testid="new-project-kind"]', 'RECURRING');
    await unit.click('[data-testid="new-project-create"]');
    await toast(unit, /项目 2025-jyj-\d+ 已新建/);
    await unit.locator('[data-testid="targets-form"]').waitFor();
    const code = (await unit.locator('[data-testid="targets-form"] h3').innerText()).split(' ')[0]!;
    for (const tpl of [output, benefit]) {
      await unit.fill('[data-testid="library-search"]', tpl.name);
      await unit.click(`[data-testid="library-add-${tpl.code}"]`);
    }
    await unit.fill('[data-testid="target-value-0"]', '500');
    await unit.fill('[data-testid="target-unit-0"]', '');
    await unit.fill('[data-testid="target-weight-0"]', '60');
    await unit.fill('[data-testid="target-value-1"]', '95');
    await unit.fill('[data-testid="target-unit-1"]', '%');
    await unit.fill('[data-testid="target-weight-1"]', '20');
    // An indicator of the unit's own (the library has none that fits): named fields first, then marked as own.
    await unit.click('[data-testid="own-add"]');
    await unit.locator('[data-testid="own-error-name"]').waitFor();
    expect(await unit.locator('[data-testid="own-name"]').getAttribute('aria-invalid')).toBe('true');
    await unit.selectOption('[data-testid="own-level1"]', 'SATISFACTION');
    await unit.fill('[data-testid="own-level2"]', '服务对象满意度指标');
    await unit.fill('[data-testid="own-name"]', '参训教师对培训内容满意度');
    await unit.click('[data-testid="own-add"]');
    await unit.locator('[data-testid="target-own-2"]').waitFor();
    expect(await unit.locator('[data-testid="target-own-0"]').count()).toBe(0);
    await unit.fill('[data-testid="target-value-2"]', '90');
    await unit.fill('[data-testid="target-unit-2"]', '%');
    await unit.fill('[data-testid="target-weight-2"]', '10');
    expect(await unit.locator('[data-testid="targets-weight-total"]').innerText()).toContain('90');
    // Each problem at its field: the missing unit at its row.
    await unit.click('[data-testid="targets-submit"]');
    await unit.locator('[data-testid="field-error-indicators[0].unitOfMeasure"]').waitFor();
    expect(await unit.locator('[data-testid="target-unit-0"]').getAttribute('aria-invalid')).toBe('true');
    await unit.fill('[data-testid="target-unit-0"]', '人次');
    await unit.click('[data-testid="targets-submit"]');
    // Then the weights, for the whole set.
    await unit.locator('[data-testid="field-error-indicators"]').waitFor();
    expect(await unit.locator('[data-testid="field-error-indicators"]').innerText()).toContain('权重合计须为100');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-quality-problems');
    await unit.fill('[data-testid="target-weight-1"]', '30');
    await unit.click('[data-testid="targets-submit"]');
    await toast(unit, '绩效目标已提交');
    // The library's indicators keep their template, the own one is marked custom.
    const saved = await api<{
      projects: {
        edges: { node: { code: string; indicators: { name: string; custom: boolean; templateId: string | null }[] } }[];
      };
    }>(
      unit,
      baseUrl,
      'query { projects(first: 100, filter: { year: 2025 }) { edges { node { code indicators { name custom templateId } } } } }',
    );
    const built = saved.projects.edges.find((e) => e.node.code === code)!.node.indicators;
    expect(built.map((i) => i.custom)).toEqual([false, false, true]);
    expect(built[2]).toMatchObject({ name: '参训教师对培训内容满意度', templateId: null });
    await unit.locator(`[data-testid="target-status-${code}"][data-status="SUBMITTED"]`).waitFor();
    await screenshot(unit, 'targets-unit-submitted');

    const sec = await newPage(browser, baseUrl);
    await loginAs(sec, 'sec-jkw');
    await sec.goto('/work?tab=review-targets');
    await sec.click(`[data-testid="targets-approve-${code}"]`);
    await sec.fill('[data-testid="targets-comment"]', '指标设置合理');
    await sec.click('[data-testid="targets-decide"]');
    await toast(sec, '绩效目标已审核通过');
    await sec.locator(`[data-testid="targets-approve-${code}"]`).waitFor({ state: 'detached' });

    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work?tab=approve-targets');
    await pes.click(`[data-testid="targets-approve-${code}"]`);
    await pes.fill('[data-testid="targets-score"]', '92');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'targets-pes-approve');
    await pes.click('[data-testid="targets-decide"]');
    await toast(pes, '绩效目标已审核通过');
    await unit.reload();
    await unit.locator(`[data-testid="target-status-${code}"][data-status="APPROVED"]`).waitFor();
    for (const p of [unit, sec, pes]) expect(jsErrors(p)).toEqual([]);
  });

  it('sends a central transfer payment’s self-evaluation under 90 back for rectification, and takes the corrected one', async () => {
    // A unit no other browser test works with, and its first transfer-payment project of 2024 not yet self-evaluated.
    const used = new Set(['jyj', 'tsg', 'rmt', 'clh', 'lcj', 'gaj', 'kx']);
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const listed = await api<{
      projects: { edges: { node: ProjectInfo & { unit: { code: string; classified: boolean } } }[] };
    }>(
      pes,
      baseUrl,
      'query { projects(first: 100, filter: { year: 2024, fundFamily: TRANSFER_PAYMENT, targetStatus: APPROVED }) { edges { node { id code name budget targetStatus evaluations { kind } unit { code classified } } } } }',
    );
    const target = listed.projects.edges
      .map((e) => e.node)
      .find((p) => !p.unit.classified && !used.has(p.unit.code) && !p.evaluations.some((e) => e.kind === 'SELF'))!;
    expect(target).toBeDefined();
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, `unit-${target.unit.code}`);
    await unit.goto('/work?tab=self-evaluation');
    const fill = async (completions: [string, string, string]) => {
      await unit.click(`[data-testid="self-eval-fill-${target.code}"]`);
      await unit.fill('[data-testid="self-eval-executed"]', target.budget);
      await unit.fill('[data-testid="self-eval-outputCompletion"]', completions[0]);
      await unit.fill('[data-testid="self-eval-benefitCompletion"]', completions[1]);
      await unit.fill('[data-testid="self-eval-satisfactionCompletion"]', completions[2]);
      await unit.click('[data-testid="self-eval-submit"]');
      await unit.locator('[data-testid="self-eval-result"]').waitFor({ timeout: 30_000 });
    };
    await fill(['80', '80', '80']);
    await unit.locator('[data-testid="self-eval-rectify"]').waitFor();
    await unit.locator(`[data-testid="self-eval-rectify-${target.code}"]`).waitFor({ timeout: 30_000 });
    await unit.locator('[data-testid="todo-SELF_EVALUATIONS_TO_RECTIFY"]').waitFor({ timeout: 30_000 });
    const sent = await api<{
      node: { evaluations: { kind: string; status: string; score: number; rectificationRequired: boolean }[] };
    }>(
      unit,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { evaluations { kind status score rectificationRequired } } } }',
      { id: target.id },
    );
    const self = sent.node.evaluations.find((e) => e.kind === 'SELF')!;
    expect(self).toMatchObject({ status: 'DRAFT', rectificationRequired: true });
    expect(self.score).toBeLessThan(90);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'self-eval-rectify');
    // Rectified and submitted again at 90 or more: final, graded, gone from the to-dos.
    await fill(['100', '98', '95']);
    await unit.locator(`[data-testid="self-eval-grade-${target.code}"]`).waitFor({ timeout: 30_000 });
    const again = await api<{ node: { evaluations: { kind: string; status: string; score: number }[] } }>(
      unit,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { evaluations { kind status score } } } }',
      { id: target.id },
    );
    const final = again.node.evaluations.find((e) => e.kind === 'SELF')!;
    expect(final.status).toBe('FINAL');
    expect(final.score).toBeGreaterThanOrEqual(90);
    await unit
      .locator('[data-testid="todo-SELF_EVALUATIONS_TO_RECTIFY"]')
      .waitFor({ state: 'detached', timeout: 30_000 });
    expect(jsErrors(unit)).toEqual([]);
  });
});
