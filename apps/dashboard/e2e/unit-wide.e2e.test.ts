import { onDatabase } from '@jixiao/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §1 on the unit's work page: the unit-wide (部门整体) targets of 2024 submitted from the form, then,
// once its section and the performance section have approved them (through the API), the self-evaluation
// filled in and sent. The unit is one no other browser test uses; its rows are deleted afterwards.

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
const FIELDS = 'id status version';

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid="toast"]', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

describe('the unit-wide year on the unit’s work page', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  let who: { unit: string; section: string; unitId: number };
  let targetId: number | null = null;

  beforeAll(async () => {
    browser = await launch();
    who = await onDatabase(databaseUrl, async (db) => {
      const { rows } = await db.query(
        `SELECT a.username AS unit, s.code AS section, u.id AS "unitId"
           FROM app_user a JOIN unit u ON u.id = a.unit_id JOIN section s ON s.id = u.supervising_section_id
          WHERE a.role = 'UNIT' AND NOT u.classified AND u.active
            -- a demo login (other browser tests add unit users with passwords of their own)
            AND a.username LIKE 'unit-%' AND NOT a.must_change_password
            AND a.username NOT IN ('unit-clh', 'unit-gaj', 'unit-home', 'unit-jyj', 'unit-kx', 'unit-lcj', 'unit-rmt', 'unit-tsg', 'unit-wjw')
            AND NOT EXISTS (SELECT 1 FROM unit_wide_target t WHERE t.unit_id = u.id)
          ORDER BY a.id DESC LIMIT 1`,
      );
      return rows[0];
    });
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      if (targetId !== null) {
        await db.query(`DELETE FROM audit_log WHERE entity = 'UnitWideTargets' AND entity_id = $1`, [targetId]);
        await db.query(`DELETE FROM unit_wide_target WHERE id = $1`, [targetId]);
      }
      await db.query(`DELETE FROM target_review WHERE subject = 'UNIT_WIDE' AND year = $1 AND unit_id = $2`, [
        YEAR,
        who.unitId,
      ]);
    });
  });

  it('submits the targets from the form, and after approval sends the self-evaluation, in zh and en', async () => {
    const unit = await newPage(browser, baseUrl);
    const errors = jsErrors(unit);
    await loginAs(unit, who.unit);
    const saved = (
      await api<{ saveUnitWideTargets: { id: string; status: string; version: number } }>(
        unit,
        baseUrl,
        `mutation($i: [IndicatorDraftInput!]!) { saveUnitWideTargets(year: ${YEAR}, budget: "8600000.00", indicators: $i, version: 0) { ${FIELDS} } }`,
        { i: OWN },
      )
    ).saveUnitWideTargets;
    targetId = Number(Buffer.from(saved.id, 'base64url').toString().split(':')[1]);

    await unit.goto(`/work?tab=unit-wide&year=${YEAR}`);
    await unit.locator('[data-testid="unit-wide-targets-form"]').waitFor();
    expect(await unit.locator('[data-testid="unit-wide-status"]').textContent()).toContain('草稿');
    expect(await unit.locator('[data-testid="unit-wide-budget"]').inputValue()).toBe('8600000.00');
    expect(await unit.locator('[data-testid^="target-row-"]').count()).toBe(3);
    expect(await unit.locator('[data-testid="unit-wide-key-0"]').isChecked()).toBe(true);
    await screenshot(unit, 'unit-wide-targets-zh');
    await unit.click('[data-testid="unit-wide-submit"]');
    await toast(unit, '已提交部门整体绩效目标');
    await unit.locator('[data-testid="unit-wide-status"]', { hasText: '待业务科室初审' }).waitFor();

    // The section reviews first, the performance section approves.
    const sec = await newPage(browser, baseUrl);
    await loginAs(sec, who.section);
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const read = async (page: Page) =>
      (
        await api<{ unitWideTargets: { id: string; version: number }[] }>(
          page,
          baseUrl,
          `{ unitWideTargets(year: ${YEAR}) { id version } }`,
        )
      ).unitWideTargets.find((t) => t.id === saved.id)!;
    const first = await read(sec);
    await api(
      sec,
      baseUrl,
      `mutation($id: ID!, $v: Int!) { reviewUnitWideTargetsFirst(id: $id, approve: true, version: $v) { id } }`,
      {
        id: first.id,
        v: first.version,
      },
    );
    const second = await read(pes);
    await api(
      pes,
      baseUrl,
      `mutation($id: ID!, $v: Int!) { reviewUnitWideTargets(id: $id, approve: true, score: 90, version: $v) { id } }`,
      {
        id: second.id,
        v: second.version,
      },
    );

    await unit.reload();
    await unit.locator('[data-testid="unit-wide-status"]', { hasText: '已批准' }).waitFor();
    await unit.locator('[data-testid="unit-wide-self-form"]').waitFor();
    await unit.fill('[data-testid="unit-wide-self-executed"]', '8000000');
    await unit.fill('[data-testid="unit-wide-self-score"]', '93.5');
    await unit.fill('[data-testid="unit-wide-self-report"]', '全年部门整体绩效目标基本完成。');
    await unit.click('[data-testid="unit-wide-self-submit"]');
    await toast(unit, '已提交部门整体自评');
    const summary = unit.locator('[data-testid="unit-wide-self-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('93.50');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'unit-wide-self-zh');

    await unit.click('[data-testid="lang-en"]');
    await unit.locator('[data-testid="unit-wide-status"]', { hasText: 'approved' }).waitFor();
    expect(await summary.textContent()).toContain('Self-evaluation score 93.50');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'unit-wide-self-en');
    await unit.click('[data-testid="lang-zh"]');
    expect(errors).toEqual([]);
  });
});
