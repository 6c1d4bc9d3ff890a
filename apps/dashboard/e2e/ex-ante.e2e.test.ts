import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api, type ProjectBasics } from './support/api.js';

// 事前绩效评估 in the dashboard: a unit files the assessment of a new project, its business section gives
// the first opinion, the performance section sends it (≥ 500,000 yuan) to an agency, the agency answers,
// the performance section scores and concludes 支持, and the unit reads the conclusion.
// Its own project of 尉犁县残疾人联合会 (sec-shbz), re-assessed by 立信 — rows no other browser test touches.

interface Assessment {
  status: string;
  necessity: string;
  attachmentNames: string[];
  sectionOpinion: string | null;
  agency: { name: string } | null;
  agencyConclusion: string | null;
  agencyOpinion: string | null;
  pesScore: number | null;
  conclusion: string | null;
}

const ASSESSMENT = `{ status necessity attachmentNames sectionOpinion agency { name } agencyConclusion agencyOpinion pesScore conclusion }`;

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid="toast"]', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await save(page, name);
}

async function assessmentOf(page: Page, baseUrl: string, projectId: string): Promise<Assessment | null> {
  const data = await api<{ node: { exAnteAssessment: Assessment | null } }>(
    page,
    baseUrl,
    `query($id: ID!) { node(id: $id) { ... on Project { exAnteAssessment ${ASSESSMENT} } } }`,
    { id: projectId },
  );
  return data.node.exAnteAssessment;
}

async function todoCount(page: Page, kind: string): Promise<number> {
  const item = page.locator(`[data-testid="todo-${kind}"]`);
  await page
    .locator('[data-testid="panel-todos"][data-status="ready"], [data-testid="panel-todos"][data-status="empty"]')
    .waitFor({ timeout: 30_000 });
  return (await item.count()) ? Number(await item.getAttribute('data-count')) : 0;
}

describe('ex-ante assessment in the dashboard', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let project: ProjectBasics;
  const necessity = '全县持证残疾人 4,100 余人，现有辅具适配点仅 1 处，群众往返州府适配负担重，急需就近服务。';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells a unit without a new project how to create one', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-kx');
    const own = await api<{ a: { edges: { node: { kind: string } }[] }; b: { edges: { node: { kind: string } }[] } }>(
      unit,
      baseUrl,
      'query { a: projects(first: 100, filter: { year: 2024 }) { edges { node { kind } } } b: projects(first: 100, filter: { year: 2025 }) { edges { node { kind } } } }',
    );
    expect([...own.a.edges, ...own.b.edges].filter((e) => e.node.kind === 'NEW')).toEqual([]);
    await unit.goto('/work?tab=ex-ante');
    const empty = unit.locator('[data-testid="exante-empty"]');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.innerText()).toContain('新增项目');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'exante-unit-empty');
    await unit.click('[data-testid="exante-to-targets"]');
    await unit.locator('[data-testid="new-project-form"]').waitFor({ timeout: 30_000 });
    expect(await unit.locator('#work-tab-targets').getAttribute('aria-selected')).toBe('true');
    expect(jsErrors(unit)).toEqual([]);
  });

  it('lets a unit file the assessment of a new project, with the field the server refuses named at its place', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-clh');
    const created = await api<{ createProject: ProjectBasics }>(
      unit,
      baseUrl,
      'mutation($input: NewProjectInput!) { createProject(input: $input) { id code name budget } }',
      {
        input: {
          year: 2025,
          name: '残疾人康复辅具适配服务中心建设',
          budget: '680000.00',
          fundFamily: 'GENERAL_PUBLIC',
          kind: 'NEW',
        },
      },
    );
    project = created.createProject;

    await unit.goto('/work?tab=ex-ante');
    expect(await unit.locator('#work-tab-ex-ante').getAttribute('aria-selected')).toBe('true');
    const status = unit.locator(`[data-testid="exante-status-${project.code}"]`);
    await status.waitFor({ timeout: 30_000 });
    expect(await status.getAttribute('data-status')).toBe('NONE');
    const toFile = await todoCount(unit, 'EX_ANTE_TO_FILE');
    expect(toFile).toBeGreaterThanOrEqual(1);

    await unit.click(`[data-testid="exante-file-${project.code}"]`);
    await unit.fill('[data-testid="exante-necessity"]', '很有必要');
    await unit.fill(
      '[data-testid="exante-feasibility"]',
      '县残联已有场地和专业康复人员，实施方案经党组研究通过，年内可建成运营。',
    );
    await unit.fill(
      '[data-testid="exante-targetReasonableness"]',
      '年度适配服务不少于 600 人次、满意度不低于 90%，与投入和需求相匹配。',
    );
    await unit.fill(
      '[data-testid="exante-fundingPlan"]',
      '设备购置 52 万元、场地改造 16 万元，按询价测算，县本级一次性安排。',
    );
    // Attachments are added by keyboard (Enter in the name adds it, it does not submit) and removed by button.
    await unit.fill('[data-testid="exante-attachment-name"]', '可行性研究报告.pdf');
    await unit.press('[data-testid="exante-attachment-name"]', 'Enter');
    await unit.fill('[data-testid="exante-attachment-name"]', '草稿-作废.docx');
    await unit.press('[data-testid="exante-attachment-name"]', 'Enter');
    await unit.fill('[data-testid="exante-attachment-name"]', '资金测算表.xlsx');
    await unit.click('[data-testid="exante-attachment-add"]');
    expect(await unit.locator('[data-testid^="exante-attachment-remove-"]').count()).toBe(3);
    await unit.click('[data-testid="exante-attachment-remove-1"]');
    expect(await unit.locator('[data-testid="exante-attachments"] li').allInnerTexts()).toEqual([
      expect.stringContaining('可行性研究报告.pdf'),
      expect.stringContaining('资金测算表.xlsx'),
    ]);

    // The necessity is too short: the server refuses and names the field, and nothing is filed.
    await unit.click('[data-testid="exante-submit"]');
    const necessityError = unit.locator('[data-testid="field-error-necessity"]');
    await necessityError.waitFor({ timeout: 30_000 });
    expect(await necessityError.innerText()).toContain('至少10个字');
    expect(await unit.locator('[data-testid="exante-necessity"]').getAttribute('aria-invalid')).toBe('true');
    expect(await unit.locator('[data-testid="exante-necessity"]').getAttribute('aria-describedby')).toBe(
      await necessityError.getAttribute('id'),
    );
    expect(await unit.locator('[data-testid="field-error-feasibility"]').count()).toBe(0);
    expect(await assessmentOf(unit, baseUrl, project.id)).toBeNull();
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'exante-unit-field-error');

    await unit.fill('[data-testid="exante-necessity"]', necessity);
    await unit.click('[data-testid="exante-submit"]');
    await toast(unit, '事前评估已提交');
    await unit
      .locator(`[data-testid="exante-status-${project.code}"][data-status="SUBMITTED"]`)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await unit.locator(`[data-testid="exante-file-${project.code}"]`).count()).toBe(0);
    // The filing is shown back, with what the missing conclusion means for the money.
    expect(await unit.locator('[data-testid="exante-consequence"]').getAttribute('data-consequence')).toBe('pending');
    expect(await unit.locator('[data-testid="exante-filed-necessity"]').innerText()).toBe(necessity);
    await expect.poll(() => todoCount(unit, 'EX_ANTE_TO_FILE'), { timeout: 15_000 }).toBe(toFile - 1);
    await screenshot(unit, 'exante-unit-submitted');

    const filed = await assessmentOf(unit, baseUrl, project.id);
    expect(filed).toMatchObject({
      status: 'SUBMITTED',
      necessity,
      attachmentNames: ['可行性研究报告.pdf', '资金测算表.xlsx'],
      conclusion: null,
    });
    expect(jsErrors(unit)).toEqual([]);
  });

  it('lets the business section read the filing and give its first opinion', async () => {
    const section = await newPage(browser, baseUrl);
    await loginAs(section, 'sec-shbz');
    await section.goto('/work?tab=review-ex-ante');
    const open = section.locator(`[data-testid="exante-open-${project.code}"]`);
    await open.waitFor({ timeout: 30_000 });
    expect(await todoCount(section, 'EX_ANTE_TO_REVIEW')).toBeGreaterThanOrEqual(1);
    await open.click();
    expect(await section.locator('[data-testid="exante-filed-necessity"]').innerText()).toBe(necessity);
    expect(await section.locator('[data-testid="exante-filed-attachments"]').innerText()).toContain('资金测算表.xlsx');
    const opinion = '需求测算依据充分，建议压缩场地改造费用后予以支持。';
    await section.fill('[data-testid="exante-opinion"]', opinion);
    expect(await horizontalOverflow(section)).toBeLessThanOrEqual(0);
    await screenshot(section, 'exante-section-review');
    await section.click('[data-testid="exante-opinion-submit"]');
    await toast(section, '初审意见已提交');
    await section
      .locator(`[data-testid="exante-open-${project.code}"]`)
      .waitFor({ state: 'detached', timeout: 30_000 });

    expect(await assessmentOf(section, baseUrl, project.id)).toMatchObject({
      status: 'FIRST_REVIEWED',
      sectionOpinion: opinion,
    });
    expect(jsErrors(section)).toEqual([]);
  });

  it('lets the performance section send it to an agency, which answers', async () => {
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const { agencies } = await api<{ agencies: { id: string; code: string; name: string }[] }>(
      pes,
      baseUrl,
      'query { agencies { id code name } }',
    );
    const lixin = agencies.find((a) => a.code === 'lixin')!;
    expect(lixin).toBeDefined();

    await pes.goto('/work?tab=conclude-ex-ante');
    const open = pes.locator(`[data-testid="exante-open-${project.code}"]`);
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    expect(await pes.locator('[data-testid="exante-section-opinion"]').innerText()).toContain('建议压缩场地改造费用');
    // 680,000 yuan reaches the 500,000 threshold: the agency form is offered, and focused.
    expect(await pes.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('exante-agency-select');
    // In English the long queue fits the window too.
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await pes.reload();
    await pes.click(`[data-testid="exante-open-${project.code}"]`);
    expect(await pes.locator('[data-testid="exante-send-form"]').innerText()).toContain('Send to an agency');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'exante-pes-send-en');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    await pes.reload();
    await pes.click(`[data-testid="exante-open-${project.code}"]`);
    await pes.selectOption('[data-testid="exante-agency-select"]', lixin.id);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'exante-pes-send');
    await pes.click('[data-testid="exante-send"]');
    await toast(pes, lixin.name);
    const waiting = pes.locator('[data-testid="exante-at-agency"]', { hasText: project.code });
    await waiting.waitFor({ timeout: 30_000 });
    expect(await waiting.innerText()).toContain(lixin.name);
    expect(await assessmentOf(pes, baseUrl, project.id)).toMatchObject({
      status: 'AGENCY_REVIEW',
      agency: { name: lixin.name },
    });

    const agency = await newPage(browser, baseUrl);
    await loginAs(agency, 'agency-lixin');
    // The agency reaches its tabs from the header and the to-do.
    await agency.locator('a[href="/work"]').first().click();
    await agency.locator('#work-tab-reassess-ex-ante').waitFor({ timeout: 30_000 });
    expect(await agency.locator('[role="tab"]').allInnerTexts()).toEqual([
      expect.any(String),
      expect.stringContaining('事前评估复评'),
    ]);
    expect(await todoCount(agency, 'EX_ANTE_TO_REASSESS')).toBe(1);
    await agency.click('[data-testid="todo-EX_ANTE_TO_REASSESS"] a');
    const agencyOpen = agency.locator(`[data-testid="exante-open-${project.code}"]`);
    await agencyOpen.waitFor({ timeout: 30_000 });
    expect(await agency.locator('#work-tab-reassess-ex-ante').getAttribute('aria-selected')).toBe('true');
    await agencyOpen.click();
    expect(await agency.locator('[data-testid="exante-filed-fundingPlan"]').innerText()).toContain('52 万元');
    await agency.check('[data-testid="exagency-conclusion-SUPPORT"]');
    const agencyOpinion = '设备选型合理，测算偏高约 3 万元，总体支持立项。';
    await agency.fill('[data-testid="exante-agency-opinion-input"]', agencyOpinion);
    expect(await horizontalOverflow(agency)).toBeLessThanOrEqual(0);
    await screenshot(agency, 'exante-agency-reassess');
    await agency.click('[data-testid="exante-agency-submit"]');
    await toast(agency, '复评已提交');
    await agency.locator('[data-testid="exante-answered"]', { hasText: project.code }).waitFor({ timeout: 30_000 });
    await expect.poll(() => todoCount(agency, 'EX_ANTE_TO_REASSESS'), { timeout: 15_000 }).toBe(0);

    expect(await assessmentOf(agency, baseUrl, project.id)).toMatchObject({
      status: 'AGENCY_REVIEWED',
      agencyConclusion: 'SUPPORT',
      agencyOpinion,
    });
    for (const p of [pes, agency]) expect(jsErrors(p)).toEqual([]);
  });

  it('lets the performance section score and conclude 支持, and the unit sees the conclusion', async () => {
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work?tab=conclude-ex-ante');
    const open = pes.locator(`[data-testid="exante-open-${project.code}"]`);
    await open.waitFor({ timeout: 30_000 });
    expect(await pes.locator(`[data-testid="exante-status-${project.code}"]`).first().getAttribute('data-status')).toBe(
      'AGENCY_REVIEWED',
    );
    await open.click();
    expect(await pes.locator('[data-testid="exante-agency-conclusion"]').getAttribute('data-conclusion')).toBe(
      'SUPPORT',
    );
    expect(await pes.locator('[data-testid="exante-send-form"]').count()).toBe(0);
    // A score out of range is refused by the server at the score field.
    await pes.fill('[data-testid="exante-score-input"]', '120');
    await pes.check('[data-testid="exconclude-conclusion-SUPPORT"]');
    await pes.click('[data-testid="exante-conclude"]');
    const scoreError = pes.locator('[data-testid="field-error-score"]');
    await scoreError.waitFor({ timeout: 30_000 });
    expect(await scoreError.innerText()).toContain('0–100');
    expect((await assessmentOf(pes, baseUrl, project.id))?.status).toBe('AGENCY_REVIEWED');
    await pes.fill('[data-testid="exante-score-input"]', '91.5');
    await screenshot(pes, 'exante-pes-conclude');
    await pes.focus('[data-testid="exante-score-input"]');
    await pes.keyboard.press('Enter');
    await toast(pes, '支持');
    await pes.locator(`[data-testid="exante-open-${project.code}"]`).waitFor({ state: 'detached', timeout: 30_000 });

    expect(await assessmentOf(pes, baseUrl, project.id)).toMatchObject({
      status: 'CONCLUDED',
      conclusion: 'SUPPORT',
      pesScore: 91.5,
    });

    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-clh');
    await unit.goto('/work?tab=ex-ante');
    const conclusion = unit.locator(`[data-testid="exante-conclusion-${project.code}"]`);
    await conclusion.waitFor({ timeout: 30_000 });
    expect(await conclusion.getAttribute('data-conclusion')).toBe('SUPPORT');
    await unit.click(`[data-testid="exante-view-${project.code}"]`);
    expect(await unit.locator('[data-testid="exante-consequence"]').getAttribute('data-consequence')).toBe('SUPPORT');
    expect(await unit.locator('[data-testid="exante-score"]').innerText()).toBe('91.50');
    expect(await unit.locator('[data-testid="exante-agency-opinion"]').innerText()).toContain('总体支持立项');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'exante-unit-concluded');
    expect((await assessmentOf(unit, baseUrl, project.id))?.conclusion).toBe('SUPPORT');

    // In English too.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await unit.locator(`[data-testid="exante-conclusion-${project.code}"]`).waitFor({ timeout: 30_000 });
    expect(await unit.locator('#work-tab-ex-ante').innerText()).toContain('Ex-ante assessment');
    expect(await unit.locator(`[data-testid="exante-conclusion-${project.code}"]`).innerText()).toBe('Support');
    await unit.click(`[data-testid="exante-view-${project.code}"]`);
    expect(await unit.locator('[data-testid="exante-consequence"]').innerText()).toContain('support');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'exante-unit-concluded-en');
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    for (const p of [pes, unit]) expect(jsErrors(p)).toEqual([]);
  });
});
