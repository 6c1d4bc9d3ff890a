import { onDatabase } from '@jixiao/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §1 in the work pages of the roles after the unit: a unit's 2024 unit-wide (部门整体) targets first
// reviewed by its business section, approved with a score by the performance section, the June report confirmed
// (the rules fail it and raise a yellow flag, which is then closed), the self-evaluation, and the finance bureau's
// evaluation graded by the server. Each queue is reached from its to-do. The unit is one no other browser test
// uses; its rows are deleted afterwards.

const YEAR = 2024;
const OWN = [
  ['OUTPUT', '数量指标', '年度重点工作任务完成数', 'GE', '12', '项', 40, true],
  ['BENEFIT', '社会效益', '服务对象覆盖率', 'GE', '95', '%', 40, true],
  ['SATISFACTION', '服务对象满意度', '服务对象满意度', 'GE', '90', '%', 20, false],
].map(([level1, level2, name, comparator, targetValue, unitOfMeasure, weight, isKey]) => ({
  level1,
  level2,
  name,
  comparator,
  targetValue,
  unitOfMeasure,
  weight,
  isKey,
}));

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid="toast"]', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** Follows a to-do's link from the work page's to-do list, and checks where it leads. */
async function followTodo(page: Page, kind: string, tab: string): Promise<void> {
  await page.goto(`/work?year=${YEAR}`);
  const todo = page.locator(`[data-testid="todo-${kind}"]`);
  await todo.waitFor({ timeout: 30_000 });
  expect(Number(await todo.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
  await todo.locator('a').click();
  await page.waitForURL((u) => u.searchParams.get('tab') === tab);
}

describe('the unit-wide year in the section’s and the performance section’s work pages', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  let who: { unit: string; section: string; unitId: number; unitName: string };
  let targetId: number | null = null;

  beforeAll(async () => {
    browser = await launch();
    who = await onDatabase(databaseUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT a.username AS unit, s.code AS section, u.id AS "unitId", u.name AS "unitName"
           FROM app_user a JOIN unit u ON u.id = a.unit_id JOIN section s ON s.id = u.supervising_section_id
          WHERE a.role = 'UNIT' AND NOT u.classified AND u.active
            -- a demo login (other browser tests add unit users with passwords of their own)
            AND a.username LIKE 'unit-%' AND NOT a.must_change_password
            AND a.username NOT IN ('unit-clh', 'unit-gaj', 'unit-home', 'unit-jyj', 'unit-kx', 'unit-lcj', 'unit-rmt', 'unit-tsg', 'unit-wjw', 'unit-ylz')
            AND NOT EXISTS (SELECT 1 FROM unit_wide_target t WHERE t.unit_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.kind = 'UNIT_WIDE' AND e.unit_id = u.id AND e.year = ${YEAR})
          ORDER BY a.id LIMIT 1`,
      );
      return rows[0];
    });
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      if (targetId !== null) {
        const reports = (await db.query(`SELECT id FROM unit_wide_report WHERE target_id = $1`, [targetId])).rows;
        const flags = (await db.query(`SELECT id FROM unit_wide_flag WHERE target_id = $1`, [targetId])).rows;
        const evaluations = (
          await db.query(`SELECT id FROM evaluation WHERE kind = 'UNIT_WIDE' AND unit_id = $1 AND year = $2`, [
            who.unitId,
            YEAR,
          ])
        ).rows;
        for (const [entity, ids] of [
          ['UnitWideTargets', [targetId]],
          ['UnitWideReport', reports.map((r) => r.id)],
          ['UnitWideFlag', flags.map((r) => r.id)],
          ['Evaluation', evaluations.map((r) => r.id)],
        ] as const)
          await db.query(`DELETE FROM audit_log WHERE entity = $1 AND entity_id = ANY($2::text[])`, [
            entity,
            ids.map(String),
          ]);
        await db.query(`DELETE FROM evaluation WHERE id = ANY($1::int[])`, [evaluations.map((r) => r.id)]);
        await db.query(`DELETE FROM unit_wide_target WHERE id = $1`, [targetId]);
      }
      await db.query(`DELETE FROM target_review WHERE subject = 'UNIT_WIDE' AND year = $1 AND unit_id = $2`, [
        YEAR,
        who.unitId,
      ]);
    });
  });

  it('plays targets → first review → approval → June report confirmed and its flag closed → self-evaluation → evaluation', async () => {
    const unit = await newPage(browser, baseUrl);
    const unitErrors = jsErrors(unit);
    await loginAs(unit, who.unit);
    const saved = (
      await api<{ saveUnitWideTargets: { id: string } }>(
        unit,
        baseUrl,
        `mutation($i: [IndicatorDraftInput!]!) { saveUnitWideTargets(year: ${YEAR}, budget: "8600000.00", indicators: $i, version: 0) { id } }`,
        { i: OWN },
      )
    ).saveUnitWideTargets;
    targetId = Number(Buffer.from(saved.id, 'base64url').toString().split(':')[1]);
    await unit.goto(`/work?tab=unit-wide&year=${YEAR}`);
    await unit.locator('[data-testid="unit-wide-targets-form"]').waitFor();
    await unit.click('[data-testid="unit-wide-submit"]');
    await toast(unit, '已提交部门整体绩效目标');

    // 1. The business section: from its to-do to the queue; the budget in 万元; first review passed.
    const sec = await newPage(browser, baseUrl);
    const secErrors = jsErrors(sec);
    await loginAs(sec, who.section);
    await followTodo(sec, 'UNIT_WIDE_TARGETS_TO_REVIEW', 'review-unit-wide');
    await sec.goto(`/work?tab=review-unit-wide&year=${YEAR}`);
    const secQueue = sec.locator('[data-testid="unit-wide-review-queue"]');
    const secRow = secQueue.locator('tbody tr', { hasText: who.unitName });
    await secRow.waitFor({ timeout: 30_000 });
    expect(await secRow.innerText()).toContain('860.00');
    await sec.click(`[data-testid="unit-wide-approve-${who.unitName}"]`);
    const secForm = sec.locator('[data-testid="targets-decision-form"]');
    await secForm.waitFor();
    expect(await secForm.innerText()).toContain('年度重点工作任务完成数');
    await sec.fill('[data-testid="targets-comment"]', '初审通过');
    await screenshot(sec, 'unit-wide-first-review-zh');
    await sec.click('[data-testid="targets-decide"]');
    await toast(sec, `“${who.unitName}”部门整体绩效目标已审核通过`);
    await secRow.waitFor({ state: 'detached' });
    expect(secErrors).toEqual([]);

    // 2. The performance section approves with a score; a score above 100 is refused, the field named.
    const pes = await newPage(browser, baseUrl);
    const pesErrors = jsErrors(pes);
    await loginAs(pes, 'pes');
    await followTodo(pes, 'UNIT_WIDE_TARGETS_TO_APPROVE', 'approve-unit-wide');
    await pes.goto(`/work?tab=approve-unit-wide&year=${YEAR}`);
    const approveRow = pes.locator('[data-testid="unit-wide-approve-queue"] tbody tr', { hasText: who.unitName });
    await approveRow.waitFor({ timeout: 30_000 });
    // First returned, with the issues found; the unit sends them again and its section passes them.
    await pes.click(`[data-testid="unit-wide-return-${who.unitName}"]`);
    await pes.fill('[data-testid="targets-issue-count"]', '2');
    await pes.fill('[data-testid="targets-comment"]', '缺少成本指标；满意度指标值偏低');
    await screenshot(pes, 'unit-wide-return-zh');
    await pes.click('[data-testid="targets-decide"]');
    await toast(pes, `“${who.unitName}”部门整体绩效目标已退回`);
    await approveRow.waitFor({ state: 'detached' });
    await unit.reload();
    await unit.locator('[data-testid="unit-wide-status"]', { hasText: '已退回修改' }).waitFor({ timeout: 30_000 });
    await unit.click('[data-testid="unit-wide-submit"]');
    await toast(unit, '已提交部门整体绩效目标');
    const again = (
      await api<{ unitWideTargets: { id: string; version: number }[] }>(
        sec,
        baseUrl,
        `{ unitWideTargets(year: ${YEAR}) { id version } }`,
      )
    ).unitWideTargets.find((t) => t.id === saved.id)!;
    await api(
      sec,
      baseUrl,
      `mutation($id: ID!, $v: Int!) { reviewUnitWideTargetsFirst(id: $id, approve: true, version: $v) { id } }`,
      { id: again.id, v: again.version },
    );
    await pes.reload();
    await approveRow.waitFor({ timeout: 30_000 });
    await pes.click(`[data-testid="unit-wide-approve-${who.unitName}"]`);
    await pes.fill('[data-testid="targets-score"]', '120');
    await pes.click('[data-testid="targets-decide"]');
    const scoreError = pes.locator('[data-testid="field-error-score"]');
    await scoreError.waitFor();
    expect(await scoreError.innerText()).toContain('0–100');
    await screenshot(pes, 'unit-wide-approve-zh');
    await pes.fill('[data-testid="targets-score"]', '92');
    await pes.click('[data-testid="targets-decide"]');
    await toast(pes, `“${who.unitName}”部门整体绩效目标已审核通过`);
    await approveRow.waitFor({ state: 'detached' });

    // 3. June: the unit-wide checkpoint of 2024 opens (it may be open already); the unit reports 300万 of 860万.
    const { checkpoints } = await api<{
      checkpoints: { id: string; scope: string; status: string; version: number }[];
    }>(pes, baseUrl, `query { checkpoints(year: ${YEAR}) { id scope status version } }`);
    const june = checkpoints.find((c) => c.scope === 'UNIT_WIDE')!;
    if (june.status === 'PLANNED')
      await api(pes, baseUrl, 'mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { status } }', {
        id: june.id,
        v: june.version,
      });
    await unit.goto(`/work?tab=unit-wide&year=${YEAR}`);
    await unit.locator('[data-testid="unit-wide-status"]', { hasText: '已批准' }).waitFor({ timeout: 30_000 });
    await unit.locator('[data-testid="unit-wide-report-form"]').waitFor();
    await unit.fill('[data-testid="unit-wide-executed"]', '3000000');
    for (const [i, v] of ['6', '96', '92'].entries()) await unit.fill(`[data-testid="unit-wide-actual-${i}"]`, v);
    await unit.click('[data-testid="unit-wide-report-submit"]');
    await toast(unit, '已报送部门整体监控');

    // 4. The performance section confirms: the rules fail it (3,000,000 < 6/12 of 8,600,000) and raise a yellow flag.
    await followTodo(pes, 'UNIT_WIDE_REPORTS_TO_CONFIRM', 'confirm-unit-wide');
    await pes.goto(`/work?tab=confirm-unit-wide&year=${YEAR}`);
    await pes.locator(`[data-testid="unit-wide-confirm-${who.unitName}"]`).waitFor({ timeout: 30_000 });
    await pes.click(`[data-testid="unit-wide-confirm-${who.unitName}"]`);
    await toast(pes, `已确认“${who.unitName}”部门整体监控报告：未达标，标记黄标`);
    const verdict = pes.locator(`[data-testid="unit-wide-verdict-${who.unitName}"]`);
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain('未达标');
    expect(await verdict.innerText()).toContain('执行率低于时间进度');
    const flags = pes.locator(`[data-testid="unit-wide-flags-${who.unitName}"]`);
    expect(await flags.innerText()).toContain('黄标');
    expect(await flags.innerText()).toContain('未销号');
    await screenshot(pes, 'unit-wide-monitoring-zh');
    await followTodo(pes, 'UNIT_WIDE_FLAGS_TO_CLOSE', 'confirm-unit-wide');
    await pes.goto(`/work?tab=confirm-unit-wide&year=${YEAR}`);
    await pes.click(`[data-testid="unit-wide-close-${who.unitName}"]`);
    await toast(pes, `“${who.unitName}”部门整体预警已销号`);
    await flags.locator('text=已销号').waitFor();

    // 5. The self-evaluation; then the finance bureau's evaluation, 86 graded 良 by the server.
    await unit.goto(`/work?tab=unit-wide&year=${YEAR}`);
    await unit.locator('[data-testid="unit-wide-self-form"]').waitFor({ timeout: 30_000 });
    await unit.fill('[data-testid="unit-wide-self-executed"]', '8000000');
    await unit.fill('[data-testid="unit-wide-self-score"]', '90');
    await unit.fill('[data-testid="unit-wide-self-report"]', '全年部门整体绩效目标基本完成。');
    await unit.click('[data-testid="unit-wide-self-submit"]');
    await toast(unit, '已提交部门整体自评');
    expect(unitErrors).toEqual([]);

    await followTodo(pes, 'UNIT_WIDE_TO_EVALUATE', 'evaluate-unit-wide');
    await pes.goto(`/work?tab=evaluate-unit-wide&year=${YEAR}`);
    const evalRow = pes.locator('[data-testid="unit-wide-evaluation-queue"] tbody tr', { hasText: who.unitName });
    await evalRow.waitFor({ timeout: 30_000 });
    expect(await evalRow.innerText()).toContain('800.00');
    await pes.click(`[data-testid="unit-wide-evaluate-${who.unitName}"]`);
    await pes.fill('[data-testid="unit-wide-evaluate-score"]', '100.5');
    await pes.click('[data-testid="unit-wide-evaluate-submit"]');
    await pes.locator('[data-testid="field-error-score"]').waitFor();
    await screenshot(pes, 'unit-wide-evaluate-zh');
    await pes.fill('[data-testid="unit-wide-evaluate-score"]', '86');
    await pes.click('[data-testid="unit-wide-evaluate-submit"]');
    await toast(pes, `已完成“${who.unitName}”部门整体评价`);
    await pes.locator('[data-testid="unit-wide-evaluate-form"]').waitFor({ state: 'detached' });
    const grade = pes.locator(`[data-testid="unit-wide-grade-${who.unitName}"]`);
    await grade.waitFor();
    expect(await grade.getAttribute('data-grade')).toBe('GOOD');
    expect(await grade.innerText()).toBe('良');
    expect(await pes.locator(`[data-testid="unit-wide-result-${who.unitName}"]`).innerText()).toContain('86');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'unit-wide-evaluated-zh');

    await pes.click('[data-testid="lang-en"]');
    await pes.locator('[data-testid="panel-unit-wide-evaluation"]', { hasText: 'unit-wide evaluations' }).waitFor();
    expect(await grade.innerText()).toBe('Good');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'unit-wide-evaluated-en');
    await pes.goto(`/work?tab=confirm-unit-wide&year=${YEAR}`);
    await pes.locator(`[data-testid="unit-wide-verdict-${who.unitName}"]`, { hasText: 'failed' }).waitFor();
    expect(await flags.innerText()).toContain('closed');
    await screenshot(pes, 'unit-wide-monitoring-en');
    await pes.click('[data-testid="lang-zh"]');
    // Classified units' first reviews are the performance section's, beside its other stand-in queues.
    await pes.goto(`/work?tab=classified&year=${YEAR}`);
    await pes.locator('[data-testid="panel-unit-wide-stand-in"]').waitFor({ timeout: 30_000 });
    expect(await pes.locator('[data-testid="unit-wide-stand-in-queue"]').innerText()).not.toContain(who.unitName);
    expect(pesErrors).toEqual([]);
  });
});
