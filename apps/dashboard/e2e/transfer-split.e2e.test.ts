import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api } from './support/api.js';

// Transfer-payment target splits (转移支付目标分解): a unit's TRANSFER_PAYMENT project takes a share of an
// upper-level target; over-allocating is refused at the row's value with what is left; the performance
// section sees the split and confirms it only once it adds up.
// The data is the test's own: unit-lcj (林草局, which no other browser test touches) first lowers its demo
// project's share of 2024年林业草原生态保护恢复资金 from 120 to 90 through an approved adjustment at the
// unit-wide checkpoint (opened if need be, as the adjustment test does), so 30 is left to split; then a new
// project of its own takes it. The 2024 budget year's targets are edited from the 2023 work bench (?year=2023).

const UNIT = 'unit-lcj';
const PAYMENT = '2024年林业草原生态保护恢复资金';

interface IndicatorState {
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  targetValue: string | null;
  targetText: string | null;
  unitOfMeasure: string;
  weight: number;
  isKey: boolean;
  transferIndicator: { id: string } | null;
}

interface Payment {
  id: string;
  name: string;
  splitConfirmedOn: string | null;
  indicators: {
    id: string;
    upperValue: string;
    splitSum: string;
    difference: string;
    splits: { projectCode: string; value: string }[];
  }[];
}

const PAYMENTS = `query { transferPayments(year: 2024) { id name splitConfirmedOn indicators { id upperValue splitSum difference splits { projectCode value } } } }`;

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

async function payment(page: Page, baseUrl: string): Promise<Payment> {
  const { transferPayments } = await api<{ transferPayments: Payment[] }>(page, baseUrl, PAYMENTS);
  return transferPayments.find((p) => p.name === PAYMENT)!;
}

describe('transfer-payment target splits', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses an over-allocation at the row, and confirms the split only once it adds up', async () => {
    const unit = await newPage(browser, baseUrl);
    const pes = await newPage(browser, baseUrl);
    await loginAs(unit, UNIT);
    await loginAs(pes, 'pes');

    // --- Setup through the API: 30 left to split on the forestry payment's target. ---
    const { checkpoints } = await api<{
      checkpoints: { id: string; scope: string; status: string; version: number }[];
    }>(pes, baseUrl, 'query { checkpoints(year: 2024) { id scope status version } }');
    const cp = checkpoints.find((c) => c.scope === 'UNIT_WIDE')!;
    if (cp.status === 'PLANNED')
      await api(pes, baseUrl, 'mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }', {
        id: cp.id,
        v: cp.version,
      });
    const before = await payment(unit, baseUrl);
    const target = before.indicators[0]!;
    expect(target).toMatchObject({ upperValue: '120', splitSum: '120', difference: '0' });
    const demoCode = target.splits[0]!.projectCode;
    const { projects } = await api<{
      projects: { edges: { node: { id: string; code: string; version: number; indicators: IndicatorState[] } }[] };
    }>(
      unit,
      baseUrl,
      `query { projects(first: 50, filter: { year: 2024 }) { edges { node { id code version indicators {
        level1 level2 name comparator targetValue targetText unitOfMeasure weight isKey transferIndicator { id } } } } } }`,
    );
    const demo = projects.edges.map((e) => e.node).find((p) => p.code === demoCode)!;
    const proposed = demo.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      comparator: i.comparator,
      targetValue: i.transferIndicator ? '90' : i.targetValue,
      targetText: i.targetText,
      unitOfMeasure: i.unitOfMeasure,
      weight: i.weight,
      isKey: i.isKey,
      transferIndicatorId: i.transferIndicator?.id ?? null,
    }));
    const { requestTargetAdjustment: adjId } = await api<{ requestTargetAdjustment: string }>(
      unit,
      baseUrl,
      'mutation($p: ID!, $c: ID!, $i: [IndicatorDraftInput!]!, $v: Int!) { requestTargetAdjustment(projectId: $p, checkpointId: $c, indicators: $i, reason: "受灾林地面积减少，受益人次相应下调", version: $v) }',
      { p: demo.id, c: cp.id, i: proposed, v: demo.version },
    );
    const { node: asked } = await api<{ node: { targetAdjustments: { id: string; version: number }[] } }>(
      pes,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { targetAdjustments { id version } } } }',
      { id: demo.id },
    );
    const adj = asked.targetAdjustments.find((a) => a.id === adjId)!;
    await api(
      pes,
      baseUrl,
      'mutation($id: ID!, $v: Int!) { decideTargetAdjustment(id: $id, approve: true, comment: "同意", version: $v) { id } }',
      { id: adjId, v: adj.version },
    );
    expect((await payment(unit, baseUrl)).indicators[0]).toMatchObject({
      splitSum: '90',
      difference: '30',
      splits: [{ projectCode: demoCode, value: '90' }],
    });

    const { createProject: created } = await api<{ createProject: { id: string; code: string; version: number } }>(
      unit,
      baseUrl,
      'mutation($input: NewProjectInput!) { createProject(input: $input) { id code version } }',
      {
        input: {
          year: 2024,
          name: '2024年林下经济技术推广培训',
          budget: '260000',
          fundFamily: 'TRANSFER_PAYMENT',
          kind: 'ONE_OFF',
        },
      },
    );
    await api(
      unit,
      baseUrl,
      'mutation($id: ID!, $v: Int!, $i: [IndicatorDraftInput!]!) { saveTargets(projectId: $id, version: $v, indicators: $i) { version } }',
      {
        id: created.id,
        v: created.version,
        i: [
          {
            level1: 'OUTPUT',
            level2: '数量指标',
            name: '资金覆盖项目受益对象数',
            comparator: 'GE',
            targetValue: '40',
            unitOfMeasure: '人次',
            weight: 50,
            isKey: true,
          },
          {
            level1: 'BENEFIT',
            level2: '社会效益指标',
            name: '林农增收带动率',
            comparator: 'GE',
            targetValue: '80',
            unitOfMeasure: '%',
            weight: 30,
          },
          {
            level1: 'SATISFACTION',
            level2: '服务对象满意度指标',
            name: '参训林农满意度',
            comparator: 'GE',
            targetValue: '90',
            unitOfMeasure: '%',
            weight: 20,
          },
        ],
      },
    );

    // --- The performance section: 90 of 120, shown short in red; confirming is refused naming the gap. ---
    await pes.goto('/work?tab=transfer-splits&year=2023');
    const card = pes.locator('[data-testid^="transfer-payment-"]', { hasText: PAYMENT }).first();
    await card.waitFor({ timeout: 30_000 });
    // Cards are ordered by whether they add up: find this one's place each time the page loads.
    let index = (await card.getAttribute('data-testid'))!.replace('transfer-payment-', '');
    await expect
      .poll(() => pes.locator(`[data-testid="transfer-target-${index}-0-difference"]`).textContent())
      .toContain('30 人次');
    expect(await pes.locator(`[data-testid="transfer-target-${index}-0"]`).getAttribute('data-tone')).toBe('short');
    expect(await pes.locator(`[data-testid="transfer-target-${index}-0-rows"]`).textContent()).toContain(demoCode);
    await pes.click(`[data-testid="transfer-confirm-${index}"]`);
    const refusal = card.locator('[data-testid="failure-invalid_transition"]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('差额 30');
    expect((await payment(pes, baseUrl)).splitConfirmedOn).toBeNull();
    await screenshot(pes, 'transfer-splits-refused');

    // --- The unit links its row to the upper target; 40 is over, the row says what is left; 30 is taken. ---
    await unit.goto('/work?tab=targets&year=2023');
    await unit.click(`[data-testid="targets-edit-${created.code}"]`);
    const link = unit.locator('[data-testid="target-transfer-0"]');
    await link.waitFor({ timeout: 30_000 });
    await expect.poll(() => link.locator(`option[value="${target.id}"]`).textContent()).toContain('剩余可分解 30');
    await link.selectOption(target.id);
    expect(await unit.locator('[data-testid="target-transfer-0-left"]').textContent()).toContain('本项目可承接 30');
    await unit.click('[data-testid="targets-save"]');
    const fieldError = unit.locator('[data-testid="field-error-indicators[0].targetValue"]');
    await fieldError.waitFor({ timeout: 30_000 });
    expect(await fieldError.textContent()).toContain('其他项目已分解 90，剩余可分解 30');
    expect(await unit.locator('[data-testid="target-value-0"]').getAttribute('aria-invalid')).toBe('true');
    await screenshot(unit, 'transfer-unit-over-allocated');
    expect((await payment(unit, baseUrl)).indicators[0]!.splitSum).toBe('90');
    await unit.fill('[data-testid="target-value-0"]', '30');
    await unit.click('[data-testid="targets-save"]');
    await toast(unit, '2024年林下经济技术推广培训');
    const linked = await payment(unit, baseUrl);
    expect(linked.indicators[0]).toMatchObject({ splitSum: '120', difference: '0' });
    expect(linked.indicators[0]!.splits.map((s) => [s.projectCode, s.value]).sort()).toEqual(
      [
        [created.code, '30'],
        [demoCode, '90'],
      ].sort(),
    );
    // The unit's editor in English fits the window.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await unit.click(`[data-testid="targets-edit-${created.code}"]`);
    await expect
      .poll(() => unit.locator('[data-testid="target-transfer-0"] option:checked').textContent())
      .toContain('0 left to split');
    expect(await horizontalOverflow(unit)).toBe(0);
    await screenshot(unit, 'transfer-unit-linked-en');
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));

    // --- It adds up now: the performance section confirms. ---
    await pes.reload();
    await card.waitFor({ timeout: 30_000 });
    index = (await card.getAttribute('data-testid'))!.replace('transfer-payment-', '');
    await expect
      .poll(() => pes.locator(`[data-testid="transfer-target-${index}-0"]`).getAttribute('data-tone'))
      .toBe('ok');
    expect(await pes.locator(`[data-testid="transfer-target-${index}-0-rows"]`).textContent()).toContain(created.code);
    await pes.click(`[data-testid="transfer-confirm-${index}"]`);
    await toast(pes, PAYMENT);
    const confirmed = await payment(pes, baseUrl);
    expect(confirmed.splitConfirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect
      .poll(() => pes.locator(`[data-testid="transfer-payment-${index}-state"]`).textContent())
      .toContain(confirmed.splitConfirmedOn!);
    expect(await horizontalOverflow(pes)).toBe(0);
    await screenshot(pes, 'transfer-splits-confirmed');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await pes.reload();
    await card.waitFor({ timeout: 30_000 });
    expect(await horizontalOverflow(pes)).toBe(0);
    await screenshot(pes, 'transfer-splits-en');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(jsErrors(unit)).toEqual([]);
    expect(jsErrors(pes)).toEqual([]);
  });
});
