import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onDatabase } from '@jixiao/server/testing';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §3, DOMAIN.md §7: the performance section starts a targeted check of an agency's evaluation on a
// lead, draws a random one, and concludes the targeted one with issues and a deduction; the agency sees the
// checks of its own work on its home, and no other agency's. The database is shared by the browser tests: the
// checks made here (and their audit entries) are deleted afterwards.

const LEAD = '浏览器测试：群众来信反映评价报告数据失实';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('第三方机构工作检查: targeted, random, concluded; the agency sees its own', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  let before: number[] = [];
  let tianzheng = '';
  let reassessment: { id: number; code: string } | null = null;

  beforeAll(async () => {
    browser = await launch();
    await onDatabase(databaseUrl, async (db) => {
      before = (await db.query(`SELECT id FROM agency_check`)).rows.map((r) => r.id);
      tianzheng = (await db.query(`SELECT name FROM agency WHERE code = 'tianzheng'`)).rows[0].name;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      const mine = `SELECT id FROM agency_check WHERE NOT (id = ANY($1::int[]))`;
      await db.query(
        `DELETE FROM audit_log WHERE entity = 'AgencyCheck' AND entity_id IN (SELECT id::text FROM (${mine}) m)`,
        [before],
      );
      await db.query(`DELETE FROM agency_check WHERE id IN (${mine})`, [before]);
      if (reassessment) await db.query(`DELETE FROM ex_ante_assessment WHERE id = $1`, [reassessment.id]);
    });
  });

  it('records a targeted check, draws a random one, concludes with a deduction; in Chinese and English', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    await page.goto('/work?tab=agency-ratings&year=2022');
    const panel = page.locator('[data-testid="panel-agency-checks"]');
    await panel.waitFor({ timeout: 20_000 });
    await page.selectOption('[data-testid="check-agency"]', { label: tianzheng });
    const subject = page.locator('[data-testid="check-subject"] option').nth(1);
    await subject.waitFor({ state: 'attached' });
    await page.selectOption('[data-testid="check-subject"]', (await subject.getAttribute('value'))!);
    // Without a lead the server refuses, named at the field.
    await page.click('[data-testid="check-record"]');
    await page.locator('[data-testid="field-error-leadSource"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="field-error-leadSource"]').innerText()).toContain('线索来源');
    await page.fill('[data-testid="check-lead"]', LEAD);
    await page.click('[data-testid="check-record"]');
    const rowId = () =>
      onDatabase(databaseUrl, async (db) => {
        const [row] = (await db.query(`SELECT id FROM agency_check WHERE lead_source = $1`, [LEAD])).rows;
        return row ? gid('AgencyCheck', row.id) : null;
      });
    await expect.poll(rowId, { timeout: 20_000 }).not.toBeNull();
    const id = (await rowId())!;
    const status = page.locator(`[data-testid="check-status-${id}"]`);
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toBe('检查中');

    // A random draw among all agencies' 2022 work adds a row with its seed.
    const rows = page.locator('[data-testid="checks-table"] tbody tr');
    const count = await rows.count();
    await page.click('[data-testid="check-draw"]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(count + 1);
    expect(await page.locator('[data-testid="checks-table"]').innerText()).toContain('种子 AGENCY-CHECK-');

    // Concluded with issues: the findings and 3.50 points off quality.
    await page.click(`[data-testid="check-conclude-${id}"]`);
    await page.selectOption('[data-testid="check-outcome"]', 'ISSUES_FOUND');
    await page.fill('[data-testid="check-findings"]', '工作底稿缺少现场核查记录');
    await page.click('[data-testid="check-conclude-submit"]');
    await page.locator('[data-testid="field-error-deduction"]').waitFor({ timeout: 20_000 });
    await page.fill('[data-testid="check-deduction"]', '3.50');
    await page.click('[data-testid="check-conclude-submit"]');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toBe('已办结');
    expect(await page.locator(`[data-testid="check-deduction-${id}"]`).innerText()).toBe('−3.50');
    expect(await page.locator(`[data-testid="check-outcome-${id}"]`).innerText()).toContain('工作底稿缺少现场核查记录');
    const [row] = await onDatabase(
      databaseUrl,
      async (db) =>
        (await db.query(`SELECT status, outcome, deduction::text FROM agency_check WHERE lead_source = $1`, [LEAD]))
          .rows,
    );
    expect(row).toEqual({ status: 'CONCLUDED', outcome: 'ISSUES_FOUND', deduction: '3.50' });
    await page.locator('[data-testid="check-conclude-form"]').waitFor({ state: 'detached', timeout: 20_000 });
    await screenshot(page, 'agency-checks');
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('Checks of third-party agencies’ work');
    expect(await status.innerText()).toBe('Concluded');
    await screenshot(page, 'agency-checks-en');
    await page.click('[data-testid="lang-zh"]');
    expect(jsErrors(page)).toEqual([]);

    // 天正 sees the check of its work on its home; 恒信, whose work was not checked by this lead, does not.
    const agency = await newPage(browser, baseUrl);
    await loginAs(agency, 'agency-tianzheng');
    const own = agency.locator('[data-testid="panel-own-checks"]');
    await own.waitFor({ timeout: 20_000 });
    await agency.selectOption('[data-testid="own-checks-year"]', '2022');
    await expect.poll(() => own.innerText(), { timeout: 20_000 }).toContain(LEAD);
    await screenshot(agency, 'agency-own-checks');
    expect(jsErrors(agency)).toEqual([]);
    const other = await newPage(browser, baseUrl);
    await loginAs(other, 'agency-hengxin');
    const theirs = other.locator('[data-testid="panel-own-checks"]');
    await theirs.waitFor({ timeout: 20_000 });
    await other.selectOption('[data-testid="own-checks-year"]', '2022');
    await expect.poll(() => theirs.innerText(), { timeout: 20_000 }).not.toContain(LEAD);
  });

  it('a targeted check may take an ex-ante re-assessment, listed apart from the key evaluations', async () => {
    const LEAD_X = '浏览器测试：复评结论与专家意见不一致';
    // 天正 re-assessed a 2022 project (the demo's agencies re-assessed none).
    reassessment = await onDatabase(databaseUrl, async (db) => {
      const [row] = (
        await db.query(
          `INSERT INTO ex_ante_assessment (project_id, status, agency_id, agency_conclusion, agency_opinion, agency_sent_on,
                                           agency_reviewed_on, submitted_on)
           SELECT p.id, 'AGENCY_REVIEWED', a.id, 'SUPPORT', '同意', '2021-10-10', '2021-10-20', '2021-10-01'
             FROM project p JOIN unit u ON u.id = p.unit_id, agency a
            WHERE a.code = 'tianzheng' AND p.year = 2022 AND NOT u.classified
              AND NOT EXISTS (SELECT 1 FROM ex_ante_assessment x WHERE x.project_id = p.id)
            ORDER BY p.id LIMIT 1
           RETURNING id, (SELECT code FROM project WHERE id = project_id) AS code`,
        )
      ).rows;
      return row;
    });
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    await page.goto('/work?tab=agency-ratings&year=2022');
    await page.locator('[data-testid="panel-agency-checks"]').waitFor({ timeout: 20_000 });
    await page.selectOption('[data-testid="check-agency"]', { label: tianzheng });
    const group = page.locator('[data-testid="check-subject"] optgroup[label="事前评估复评"]');
    await group.locator('option').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await group.locator('option').allInnerTexts()).toEqual([expect.stringContaining(reassessment!.code)]);
    expect(
      await page.locator('[data-testid="check-subject"] optgroup[label="重点评价"] option').count(),
    ).toBeGreaterThan(0);
    await page.selectOption('[data-testid="check-subject"]', gid('ExAnteAssessment', reassessment!.id));
    await page.fill('[data-testid="check-lead"]', LEAD_X);
    await page.click('[data-testid="check-record"]');
    const made = () =>
      onDatabase(databaseUrl, async (db) => {
        const [row] = (
          await db.query(`SELECT id, ex_ante_assessment_id FROM agency_check WHERE lead_source = $1`, [LEAD_X])
        ).rows;
        return row ?? null;
      });
    await expect.poll(made, { timeout: 20_000 }).not.toBeNull();
    expect((await made()).ex_ante_assessment_id).toBe(reassessment!.id);
    const row = page.locator('[data-testid="checks-table"] tbody tr', { hasText: reassessment!.code });
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('事前评估复评');
    await screenshot(page, 'agency-checks-reassessment');
    expect(jsErrors(page)).toEqual([]);
  });
});
