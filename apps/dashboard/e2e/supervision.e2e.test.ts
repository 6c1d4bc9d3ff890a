import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatYuan } from '@jixiao/ui/format';
import { onDatabase } from '@jixiao/server/testing';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §2 in the browser: the performance section records an audit finding against a 2023 project
// self-evaluated 92 (by its unit, through the API, here), sees the server's cap ("…等级限定为中"), withdraws it with a reason (the cap lifts),
// and proposes an idle-funds recall; the budget section finds it in its to-dos and its cut tab, decides a
// smaller amount with a reason, and sees the figure on the project and on the cockpit. The browser tests
// share one database: every row made here (the self-evaluation, findings, recalls, their audit entries) is
// deleted afterwards.

const DOC = 'E2E尉审〔2024〕77号';

describe('supervision findings and fund recalls, recorded and decided in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  let project: { dbId: number; id: string; code: string; evaluationId: number };
  let auditMark = '0';

  beforeAll(async () => {
    browser = await launch();
    // A 2023 project of its own (no self-evaluation, finding or recall yet), self-evaluated 92 by its unit here.
    const picked = await onDatabase(databaseUrl, async (db) => {
      auditMark = (await db.query(`SELECT COALESCE(max(id), 0)::text AS m FROM audit_log`)).rows[0].m;
      const { rows } = await db.query(
        `SELECT p.id, p.code, p.budget::text AS budget, u.code AS unit FROM project p JOIN unit u ON u.id = p.unit_id
          WHERE p.year = 2023 AND NOT u.classified AND p.target_status = 'APPROVED' AND p.fund_family <> 'TRANSFER_PAYMENT'
            AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM supervision_finding f WHERE f.project_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM fund_recall r WHERE r.project_id = p.id)
          ORDER BY p.code DESC LIMIT 1`,
      );
      expect(rows).toHaveLength(1);
      return rows[0] as { id: number; code: string; budget: string; unit: string };
    });
    const id = Buffer.from(`Project:${picked.id}`).toString('base64url');
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, `unit-${picked.unit}`);
    const self = await api<{ submitSelfEvaluation: { id: string; score: number; grade: string } }>(
      unit,
      baseUrl,
      `mutation($id: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $in) { id score grade } }`,
      {
        id,
        in: { executed: picked.budget, outputCompletion: 92, benefitCompletion: 90, satisfactionCompletion: 90 },
      },
    );
    expect(self.submitSelfEvaluation).toMatchObject({ score: 92, grade: 'EXCELLENT' });
    await unit.close();
    const evaluationId = Number(Buffer.from(self.submitSelfEvaluation.id, 'base64url').toString().split(':')[1]);
    project = { dbId: picked.id, id, code: picked.code, evaluationId };
  });
  afterAll(async () => {
    await browser?.close();
    if (!project) return;
    await onDatabase(databaseUrl, async (db) => {
      await db.query(
        `DELETE FROM audit_log WHERE id > $1 AND (
           (entity = 'SupervisionFinding' AND entity_id IN (SELECT id::text FROM supervision_finding WHERE project_id = $2))
        OR (entity = 'FundRecall' AND entity_id IN (SELECT id::text FROM fund_recall WHERE project_id = $2))
        OR (entity = 'Evaluation' AND entity_id = $3))`,
        [auditMark, project.dbId, String(project.evaluationId)],
      );
      await db.query(`DELETE FROM supervision_finding WHERE project_id = $1`, [project.dbId]);
      await db.query(`DELETE FROM fund_recall WHERE project_id = $1`, [project.dbId]);
      await db.query(`DELETE FROM evaluation WHERE id = $1`, [project.evaluationId]);
    });
  });

  const selfRow = (page: Page) =>
    page.locator('[data-testid="panel-evaluations"] tbody tr', { hasText: /自评|Self/ }).first();

  it('records a finding (the cap shows), withdraws it (the cap lifts), and proposes an idle-funds recall', async () => {
    const page = await newPage(browser, baseUrl);
    const errors = jsErrors(page);
    await loginAs(page, 'pes');
    await page.goto(`/projects/${project.id}`);
    const panel = page.locator('[data-testid="panel-supervision"]');
    await panel.waitFor({ timeout: 30_000 });
    expect(await selfRow(page).locator('[data-testid="capped-because"]').count()).toBe(0);

    // The form: an empty source is named by the server, next to the field.
    await page.click('[data-testid="finding-open"]');
    await page.fill('[data-testid="finding-documentNo"]', DOC);
    await page.fill('[data-testid="finding-description"]', '项目资金未按合同约定支付，存在提前拨付。');
    await page.click('[data-testid="finding-submit"]');
    await page.locator('[data-testid="field-error-source"]').waitFor();
    expect(await page.innerText('[data-testid="field-error-source"]')).toContain('须填写来源');
    await screenshot(page, 'supervision-finding-form');
    await page.fill('[data-testid="finding-source"]', '尉犁县审计局');
    await page.click('[data-testid="finding-submit"]');
    await page.locator('[data-testid="finding-form"]').waitFor({ state: 'detached' });

    // The server's cap, on the self-evaluation row: 优 by score, 中 because of this finding.
    const capped = selfRow(page).locator('[data-testid="capped-because"]');
    await capped.waitFor({ timeout: 30_000 });
    expect(await capped.innerText()).toBe(`因审计或财会监督发现问题（${DOC}），等级限定为中`);
    const tile = page.locator('[data-testid="detail-grade"]');
    expect(await tile.innerText()).toContain('中');
    expect(await tile.innerText()).toContain(`等级限定为中`);
    expect(await panel.innerText()).toContain(DOC);
    await screenshot(page, 'supervision-capped');

    // Withdrawn with a reason: the reason is required, then the cap lifts and the finding is kept.
    await page.click(`[data-testid="finding-withdraw-${DOC}"]`);
    await page.click('[data-testid="finding-withdraw-submit"]');
    await page.locator('[data-testid="field-error-reason"]').waitFor();
    await screenshot(page, 'supervision-withdraw-form');
    await page.fill('[data-testid="finding-withdraw-reason"]', '经复核，资金拨付符合补充协议约定');
    await page.click('[data-testid="finding-withdraw-submit"]');
    await page.locator('[data-testid="finding-withdraw-form"]').waitFor({ state: 'detached' });
    await capped.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await tile.innerText()).not.toContain('等级限定');
    expect(await panel.locator('tbody tr', { hasText: DOC }).innerText()).toContain('已撤销');

    // An idle-funds recall: no failed authenticity check here, so the veto cannot be chosen.
    await page.click('[data-testid="recall-open"]');
    const form = page.locator('[data-testid="recall-propose-form"]');
    expect(await form.locator('option[value="AUTHENTICITY_VETO"]').isDisabled()).toBe(true);
    expect(await page.inputValue('[data-testid="recall-amount"]')).toBe('');
    await page.fill('[data-testid="recall-amount"]', '12,345.67');
    await page.click('[data-testid="recall-propose-submit"]');
    await page.locator('[data-testid="field-error-note"]').waitFor();
    expect(await page.innerText('[data-testid="field-error-note"]')).toContain('闲置资金须说明情况');
    await screenshot(page, 'supervision-recall-form');
    await page.fill('[data-testid="recall-note"]', '项目已完工，年末结余资金闲置');
    await page.click('[data-testid="recall-propose-submit"]');
    await form.waitFor({ state: 'detached' });
    await panel.locator('tbody tr', { hasText: '待预算科决定' }).waitFor({ timeout: 30_000 });

    // In English too.
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await page.reload();
    await panel.waitFor({ timeout: 30_000 });
    await page.click('[data-testid="finding-open"]');
    expect(await page.innerText('[data-testid="finding-form"]')).toContain('Record a finding');
    await screenshot(page, 'supervision-finding-form-en');
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the budget section finds the recall in its to-dos, decides it, and sees the figures', async () => {
    const page = await newPage(browser, baseUrl);
    const errors = jsErrors(page);
    await loginAs(page, 'budget');
    const todo = page.locator('[data-testid="todo-RECALLS_TO_DECIDE"]');
    await todo.waitFor({ timeout: 30_000 });
    expect(Number(await todo.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);

    await page.goto('/work?tab=decide-cuts&year=2023');
    const queue = page.locator('[data-testid="panel-recalls-to-decide"]');
    await queue.locator(`[data-testid="recall-decide-${project.code}"]`).waitFor({ timeout: 30_000 });
    await page.click(`[data-testid="recall-decide-${project.code}"]`);
    expect(await page.inputValue('[data-testid="recall-decide-amount"]')).toBe('12345.67');
    // A smaller amount needs a reason, named by the server.
    await page.fill('[data-testid="recall-decide-amount"]', '10000.00');
    await page.click('[data-testid="recall-approve"]');
    await page.locator('[data-testid="field-error-note"]').waitFor();
    await screenshot(page, 'supervision-decide-form');
    await page.fill('[data-testid="recall-decide-note"]', '部分资金已用于质保金支付，予以保留');
    await page.click('[data-testid="recall-approve"]');
    await queue.locator(`[data-testid="recall-decide-${project.code}"]`).waitFor({ state: 'detached' });

    // On the project: decided, with the amount; what is still recallable is the server's.
    await page.goto(`/projects/${project.id}`);
    const panel = page.locator('[data-testid="panel-supervision"]');
    const row = panel.locator('tbody tr', { hasText: '已决定' });
    await row.waitFor({ timeout: 30_000 });
    const p = await api<{ node: { budget: string; recallableAmount: string } }>(
      page,
      baseUrl,
      `query($id: ID!) { node(id: $id) { ... on Project { budget recallableAmount } } }`,
      { id: project.id },
    );
    expect(await row.innerText()).toContain(formatYuan('10000.00', { locale: 'zh' }));
    expect(await panel.locator('[data-testid="recallable-amount"]').innerText()).toBe(
      formatYuan(p.node.recallableAmount, { locale: 'zh' }),
    );

    // On the cockpit of 2024 (the 2023 budget evaluated): the recalls, apart from the cuts, as the API sums them.
    await page.goto('/overview?year=2024');
    const tile = page.locator('[data-testid="recalls-decided"]');
    await tile.waitFor({ timeout: 30_000 });
    const s = await api<{ resultApplicationSummary: { recallDecided: string; recallDecidedCount: number } }>(
      page,
      baseUrl,
      `{ resultApplicationSummary(year: 2023) { recallDecided recallDecidedCount } }`,
    );
    expect(s.resultApplicationSummary.recallDecidedCount).toBeGreaterThanOrEqual(1);
    expect(await tile.innerText()).toContain(formatYuan(s.resultApplicationSummary.recallDecided, { locale: 'zh' }));
    await tile.scrollIntoViewIfNeeded();
    await screenshot(page, 'supervision-cockpit-recalls');
    expect(errors).toEqual([]);
  });
});
