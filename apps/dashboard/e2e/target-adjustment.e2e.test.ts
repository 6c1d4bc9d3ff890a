import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api } from './support/api.js';

// DOMAIN step 2 after approval: a unit asks to change approved targets at an open checkpoint, the
// performance section compares before → after and approves, the changed targets are published again;
// and a return with a comment on one indicator, which the unit sees beside that indicator.
// The projects are the test's own (the library, unit-tsg, which no other browser test touches), built
// through the API; the checkpoint opened is the unit-wide one, since the workflow test opens May and August
// through its own form.

const UNIT = 'unit-tsg';
const SECTION = 'sec-jkw';

interface Indicator {
  id: string;
  name: string;
  targetValue: string | null;
}

interface ProjectState {
  id: string;
  code: string;
  version: number;
  targetStatus: string;
  targetsPublishedOn: string | null;
  indicators: Indicator[];
  targetAdjustments: { status: string; decisionComment: string }[];
  targetReviews: { outcome: string; comment: string; indicatorComments: { indicatorId: string; comment: string }[] }[];
}

const PROJECT_FIELDS = `id code version targetStatus targetsPublishedOn indicators { id name targetValue }
  targetAdjustments { status decisionComment } targetReviews { outcome comment indicatorComments { indicatorId comment } }`;

const INDICATORS = [
  {
    level1: 'OUTPUT',
    level2: '数量指标',
    name: '数字阅读推广活动场次',
    comparator: 'GE',
    targetValue: '24',
    unitOfMeasure: '场',
    weight: 40,
    isKey: true,
  },
  {
    level1: 'BENEFIT',
    level2: '社会效益',
    name: '读者到馆人次增长率',
    comparator: 'GE',
    targetValue: '10',
    unitOfMeasure: '%',
    weight: 30,
    isKey: false,
  },
  {
    level1: 'SATISFACTION',
    level2: '服务对象满意度',
    name: '读者满意度',
    comparator: 'GE',
    targetValue: '90',
    unitOfMeasure: '%',
    weight: 30,
    isKey: false,
  },
];

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

async function project(page: Page, baseUrl: string, id: string): Promise<ProjectState> {
  const data = await api<{ node: ProjectState }>(
    page,
    baseUrl,
    `query($id: ID!) { node(id: $id) { ... on Project { ${PROJECT_FIELDS} } } }`,
    { id },
  );
  return data.node;
}

/** A project of the unit with its targets saved and submitted, and passed by the business section. */
async function firstReviewedProject(
  unit: Page,
  section: Page,
  baseUrl: string,
  year: number,
  name: string,
): Promise<ProjectState> {
  const created = await api<{ createProject: { id: string; version: number } }>(
    unit,
    baseUrl,
    'mutation($input: NewProjectInput!) { createProject(input: $input) { id version } }',
    { input: { year, name, budget: '800000', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' } },
  );
  const saved = await api<{ saveTargets: { version: number } }>(
    unit,
    baseUrl,
    'mutation($id: ID!, $v: Int!, $i: [IndicatorDraftInput!]!) { saveTargets(projectId: $id, version: $v, indicators: $i) { version } }',
    { id: created.createProject.id, v: created.createProject.version, i: INDICATORS },
  );
  const submitted = await api<{ submitTargets: { version: number } }>(
    unit,
    baseUrl,
    'mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { version } }',
    {
      id: created.createProject.id,
      v: saved.saveTargets.version,
    },
  );
  await api(
    section,
    baseUrl,
    'mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, version: $v, approve: true, comment: "初审通过") { id } }',
    {
      id: created.createProject.id,
      v: submitted.submitTargets.version,
    },
  );
  return project(unit, baseUrl, created.createProject.id);
}

describe('targets after approval: adjustments, publishing, per-indicator comments', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a unit request a change at an open checkpoint, the performance section approve it and publish the targets again', async () => {
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, UNIT);
    const sec = await newPage(browser, baseUrl);
    await loginAs(sec, SECTION);

    // The unit-wide checkpoint of 2024 opens (it may be open already).
    const { checkpoints } = await api<{
      checkpoints: { id: string; scope: string; status: string; version: number }[];
    }>(pes, baseUrl, 'query { checkpoints(year: 2024) { id scope status version } }');
    const cp = checkpoints.find((c) => c.scope === 'UNIT_WIDE')!;
    if (cp.status === 'PLANNED')
      await api(pes, baseUrl, 'mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }', {
        id: cp.id,
        v: cp.version,
      });

    // A 2024 project with approved and published targets.
    let p = await firstReviewedProject(unit, sec, baseUrl, 2024, '图书馆数字阅读推广项目（目标调整）');
    await api(
      pes,
      baseUrl,
      'mutation($id: ID!, $v: Int!) { reviewTargets(projectId: $id, version: $v, approve: true, score: 90, comment: "同意") { id } }',
      { id: p.id, v: p.version },
    );
    await api(pes, baseUrl, 'mutation($ids: [ID!]!) { publishTargets(projectIds: $ids) }', { ids: [p.id] });
    p = await project(unit, baseUrl, p.id);
    expect(p.targetStatus).toBe('APPROVED');
    const firstPublished = p.targetsPublishedOn;
    expect(firstPublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // 1. The unit edits a copy of the indicators: 24 activities become 18.
    await unit.goto('/work?tab=adjust-targets');
    await unit.locator('[data-testid="adjust-open-checkpoints"]', { hasText: '部门整体' }).waitFor({ timeout: 30_000 });
    expect(await unit.locator(`[data-testid="adjust-published-${p.code}"]`).innerText()).toBe(firstPublished);
    await unit.click(`[data-testid="adjust-request-${p.code}"]`);
    const form = unit.locator('[data-testid="adjust-form"]');
    await form.waitFor();
    expect(await form.locator('[data-testid="target-value-0"]').inputValue()).toBe('24');
    await form.locator('[data-testid="target-value-0"]').fill('18');
    // The form compares the copy with the approved targets as it is edited.
    expect(await form.locator('[data-testid="adjust-preview-kind-0"]').getAttribute('data-kind')).toBe('changed');
    expect(await form.locator('[data-testid="adjust-preview-summary"]').innerText()).toContain('修改 1 项');
    // Too short a reason: the server's message shows under the field.
    await form.locator('[data-testid="adjust-reason"]').fill('场地维修');
    await form.locator('[data-testid="adjust-send"]').click();
    const reasonError = form.locator('label:has([data-testid="adjust-reason"]) [data-testid="field-error-reason"]');
    await reasonError.waitFor();
    expect(await reasonError.innerText()).toContain('至少10个字');
    expect(await form.locator('[data-testid="adjust-reason"]').getAttribute('aria-invalid')).toBe('true');
    await form
      .locator('[data-testid="adjust-reason"]')
      .fill('馆舍维修改造，下半年闭馆三个月，活动场次相应调减为18场。');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-adjustment-form');
    await form.locator('[data-testid="adjust-send"]').click();
    await toast(unit, '目标调整申请已提交');
    await unit.locator(`[data-testid="adjust-status-${p.code}"][data-status="PENDING"]`).waitFor();
    expect(await unit.locator(`[data-testid="adjust-request-${p.code}"]`).isDisabled()).toBe(true);
    // Pending, the approved targets stay as they were.
    expect((await project(unit, baseUrl, p.id)).indicators.map((i) => i.targetValue)).toEqual(['24', '10', '90']);

    // 2. The performance section sees the request among its to-dos and the before → after comparison.
    await pes.goto('/performance');
    const todo = pes.locator('[data-testid="todo-ADJUSTMENTS_TO_DECIDE"]');
    await todo.waitFor({ timeout: 30_000 });
    expect(Number(await todo.getAttribute('data-count'))).toBeGreaterThan(0);
    await todo.locator('a').click();
    await pes.waitForURL(/\/work\?tab=adjustments/);
    const card = pes.locator(`[data-testid="adjust-decide-${p.code}"]`);
    await card.waitFor({ timeout: 30_000 });
    const compare = `adjust-compare-${p.code}`;
    expect(await card.locator(`[data-testid="${compare}-kind-0"]`).getAttribute('data-kind')).toBe('changed');
    expect(await card.locator(`[data-testid="${compare}-before-0"] mark[data-changed="targetValue"]`).innerText()).toBe(
      '24',
    );
    expect(await card.locator(`[data-testid="${compare}-after-0"] mark[data-changed="targetValue"]`).innerText()).toBe(
      '18',
    );
    expect(await card.locator(`[data-testid="${compare}-kind-1"]`).getAttribute('data-kind')).toBe('unchanged');
    expect(await card.locator(`[data-testid="${compare}-summary"]`).innerText()).toContain('修改 1 项');
    expect(await card.locator(`[data-testid="adjust-reason-${p.code}"]`).innerText()).toContain('闭馆三个月');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'targets-pes-adjustment-compare');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await pes.reload();
    await card.locator(`[data-testid="${compare}-summary"]`, { hasText: '1 changed' }).waitFor({ timeout: 30_000 });
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'targets-pes-adjustment-compare-en');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    await pes.reload();
    // Rejecting needs a reason: the server's message shows under the comment.
    await card.locator(`[data-testid="adjust-reject-${p.code}"]`).click();
    await card.locator('label:has(textarea) [data-testid="field-error-comment"]').waitFor();
    expect(await card.locator('[data-testid="field-error-comment"]').innerText()).toContain('驳回须说明理由');
    expect((await project(pes, baseUrl, p.id)).targetAdjustments[0]!.status).toBe('PENDING');
    await card.locator(`[data-testid="adjust-comment-${p.code}"]`).fill('同意按实际闭馆时间调减');
    await card.locator(`[data-testid="adjust-approve-${p.code}"]`).click();
    await toast(pes, '目标调整已批准');
    await card.waitFor({ state: 'detached', timeout: 30_000 });

    // The approved change replaced the targets and sent them back to be published.
    p = await project(pes, baseUrl, p.id);
    expect(p.indicators.filter((i) => i.name === '数字阅读推广活动场次').map((i) => i.targetValue)).toEqual(['18']);
    expect(p.targetsPublishedOn).toBeNull();
    expect(p.targetAdjustments[0]).toEqual({ status: 'APPROVED', decisionComment: '同意按实际闭馆时间调减' });

    // 3. The unit sees the decision in the project's history.
    await unit.reload();
    await unit.click(`[data-testid="adjust-show-history-${p.code}"]`);
    const history = unit.locator(`[data-testid="adjust-history-${p.code}"]`);
    await history.waitFor();
    expect(await history.locator('[data-testid="adjust-history-status-0"]').getAttribute('data-status')).toBe(
      'APPROVED',
    );
    expect(await history.locator('[data-testid="adjust-history-comment-0"]').innerText()).toContain(
      '同意按实际闭馆时间调减',
    );
    expect(await unit.locator(`[data-testid="adjust-published-${p.code}"]`).innerText()).toBe('待公开');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-adjustment-history');

    // 4. The performance section publishes it again: found by its code, picked with "select all on the page".
    await pes.goto('/work?tab=publish-targets');
    await pes.fill('[data-testid="publish-search"]', p.code);
    const again = pes.locator(`[data-testid="publish-again-${p.code}"]`);
    await again.waitFor({ timeout: 30_000 });
    expect(await again.innerText()).toContain('调整后待重新公开');
    expect(await pes.locator('[data-testid="publish-queue"] tbody tr').count()).toBe(1);
    await pes.check('[data-testid="publish-select-page"]');
    expect(await pes.locator(`[data-testid="publish-select-${p.code}"]`).isChecked()).toBe(true);
    expect(await pes.locator('[data-testid="publish-selected"]').innerText()).toContain('1');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'targets-pes-publish-queue');
    await pes.click('[data-testid="publish-submit"]');
    await toast(pes, '已公开 1 个项目的绩效目标');
    await pes.locator('[data-testid="publish-queue"][data-status="empty"]').waitFor({ timeout: 30_000 });
    p = await project(pes, baseUrl, p.id);
    expect(p.targetsPublishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The published view shows the date.
    await pes.selectOption('[data-testid="publish-view"]', 'published');
    const date = pes.locator(`[data-testid="publish-date-${p.code}"]`);
    await date.waitFor({ timeout: 30_000 });
    expect(await date.innerText()).toBe(p.targetsPublishedOn);
    await screenshot(pes, 'targets-pes-published');

    // The unit's list in English fits the window too.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await unit
      .locator(`[data-testid="adjust-published-${p.code}"]`, { hasText: p.targetsPublishedOn! })
      .waitFor({ timeout: 30_000 });
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-adjustments-en');
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));

    for (const page of [pes, unit, sec]) expect(jsErrors(page)).toEqual([]);
  });

  it('returns targets with a comment on one indicator, which the unit sees beside that indicator', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, UNIT);
    const sec = await newPage(browser, baseUrl);
    await loginAs(sec, SECTION);
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const p = await firstReviewedProject(unit, sec, baseUrl, 2025, '图书馆古籍保护修复项目（逐条意见）');
    const rate = p.indicators.find((i) => i.name === '读者到馆人次增长率')!;

    await pes.goto('/work?tab=approve-targets');
    await pes.click(`[data-testid="targets-return-${p.code}"]`);
    const decision = pes.locator('[data-testid="targets-decision-form"]');
    await decision.waitFor();
    await decision
      .locator(`[data-testid="targets-indicator-comment-${rate.id}"]`)
      .fill('增长率应以上年实际到馆人次为基数测算，请补充基数');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'targets-pes-return-per-indicator');
    // No overall comment: the comment on the indicator is enough to return.
    await decision.locator('[data-testid="targets-decide"]').click();
    await toast(pes, '绩效目标已退回');
    await decision.waitFor({ state: 'detached', timeout: 30_000 });

    const returned = await project(unit, baseUrl, p.id);
    expect(returned.targetStatus).toBe('RETURNED');
    expect(returned.targetReviews.at(-1)).toEqual({
      outcome: 'RETURNED',
      comment: '',
      indicatorComments: [{ indicatorId: rate.id, comment: '增长率应以上年实际到馆人次为基数测算，请补充基数' }],
    });

    await unit.goto('/work?tab=targets');
    await unit.click(`[data-testid="targets-edit-${p.code}"]`);
    const form = unit.locator('[data-testid="targets-form"]');
    await form.waitFor();
    const row = form.locator('[data-testid^="target-row-"]', { hasText: '读者到馆人次增长率' });
    expect(await row.locator('[data-testid^="target-comment-"]').innerText()).toContain('请补充基数');
    // Only that indicator carries it.
    expect(await form.locator('[data-testid^="target-comment-"]').count()).toBe(1);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-returned-per-indicator');

    // In English too.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await unit.click(`[data-testid="targets-edit-${p.code}"]`);
    expect(await unit.locator('[data-testid^="target-comment-"]').innerText()).toContain('Reviewer:');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'targets-unit-returned-per-indicator-en');
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));

    for (const page of [pes, unit, sec]) expect(jsErrors(page)).toEqual([]);
  });
});
