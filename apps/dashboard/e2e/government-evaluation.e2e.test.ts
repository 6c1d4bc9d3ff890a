import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onDatabase } from '@jixiao/server/testing';
import { api } from './support/api.js';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §2: evaluations of lower governments (对下级政府预算绩效管理评价). The prefecture selects the county for
// 2023 beside its county picker, the county's performance section submits its self-report on its work page, the
// prefecture scores it (graded by the rule bands). Issue 13 §3 beside it: 乡财科 passes a unit's self-evaluation
// upward and the performance section confirms it; the key-evaluation warning on the work page and the cockpit.
// The database is shared by the browser tests: every row made here is deleted afterwards.

const YEAR = 2023;

/** A full-page screenshot of a scrolled page draws the sticky header mid-page: back to the top first. */
const top = (page: Page) =>
  page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });

describe('对下级政府预算绩效管理评价 in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  const made = { evaluation: null as number | null };

  const cleanGovernment = () =>
    onDatabase(databaseUrl, async (db) => {
      await db.query(
        `DELETE FROM audit_log WHERE entity = 'GovernmentEvaluation'
           AND entity_id IN (SELECT id::text FROM government_evaluation WHERE year = $1)`,
        [YEAR],
      );
      await db.query(`DELETE FROM government_evaluation WHERE year = $1`, [YEAR]);
    });

  beforeAll(async () => {
    browser = await launch();
    await cleanGovernment();
  });
  afterAll(async () => {
    await browser?.close();
    await cleanGovernment();
    if (made.evaluation !== null)
      await onDatabase(databaseUrl, async (db) => {
        await db.query(`DELETE FROM audit_log WHERE entity = 'Evaluation' AND entity_id = $1`, [
          String(made.evaluation),
        ]);
        await db.query(`DELETE FROM evaluation_version WHERE evaluation_id = $1`, [made.evaluation]);
        await db.query(`DELETE FROM evaluation WHERE id = $1`, [made.evaluation]);
      });
  });

  it('the prefecture selects the county, the county submits its self-report, the prefecture scores it', async () => {
    const upper = await newPage(browser, baseUrl);
    await loginAs(upper, 'prefecture');
    await upper.goto(`/overview?year=${YEAR}`);
    const panel = upper.locator('[data-testid="panel-goveval-prefecture"]');
    await panel.waitFor({ timeout: 20_000 });
    const pick = upper.locator('[data-testid="goveval-pick-652823"]');
    await pick.waitFor({ timeout: 20_000 });
    await top(upper);
    await screenshot(upper, 'goveval-prefecture-to-select');
    await pick.check();
    await upper.click('[data-testid="goveval-select"]');
    const card = upper.locator('[data-testid="goveval-尉犁县-2023"]');
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('SELECTED');
    await top(upper);
    await screenshot(upper, 'goveval-prefecture-selected');
    // Selected by mistake: withdrawn with a reason (kept in the history), then selected again.
    await upper.fill('[data-testid="goveval-withdraw-reason-尉犁县"]', '评价对象调整');
    await upper.click('[data-testid="goveval-withdraw-尉犁县"]');
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('WITHDRAWN');
    expect(await upper.locator('[data-testid="goveval-history-尉犁县"]').innerText()).toContain(
      '撤销选定：评价对象调整',
    );
    await pick.check();
    await upper.click('[data-testid="goveval-select"]');
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('SELECTED');
    expect(jsErrors(upper)).toEqual([]);

    const county = await newPage(browser, baseUrl);
    await loginAs(county, 'pes');
    await county.goto(`/work?tab=government-evaluation&year=${YEAR}`);
    const mine = county.locator('[data-testid="goveval-尉犁县-2023"]');
    await mine.waitFor({ timeout: 20_000 });
    // A score over 100 is refused by the server, named at the field.
    await county.fill(
      '[data-testid="goveval-self-report"]',
      '2023年度全面实施预算绩效管理：目标、监控、评价、结果应用全覆盖。',
    );
    await county.fill('[data-testid="goveval-self-score"]', '101');
    await county.click('[data-testid="goveval-self-submit"]');
    await county.locator('[data-testid="field-error-selfScore"]').waitFor({ timeout: 20_000 });
    await county.fill('[data-testid="goveval-self-score"]', '92');
    await county.click('[data-testid="goveval-self-submit"]');
    await expect.poll(() => mine.getAttribute('data-status'), { timeout: 20_000 }).toBe('SUBMITTED');
    await screenshot(county, 'goveval-county-submitted');
    await county.click('[data-testid="lang-en"]');
    await expect
      .poll(() => county.locator('[data-testid="panel-goveval-county"]').innerText(), { timeout: 20_000 })
      .toContain('Evaluation of lower governments 2023');
    await screenshot(county, 'goveval-county-submitted-en');
    await county.click('[data-testid="lang-zh"]');
    expect(jsErrors(county)).toEqual([]);

    await upper.reload();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('SUBMITTED');
    await upper.fill('[data-testid="goveval-score-尉犁县"]', '88.5');
    await upper.fill('[data-testid="goveval-comment-尉犁县"]', '结果应用有待加强');
    await upper.click('[data-testid="goveval-score-submit-尉犁县"]');
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('SCORED');
    expect(await upper.locator('[data-testid="goveval-result-尉犁县"]').innerText()).toContain('88.50');
    expect(await upper.locator('[data-testid="goveval-result-尉犁县"] [data-grade]').getAttribute('data-grade')).toBe(
      'GOOD',
    );
    const history = await upper.locator('[data-testid="goveval-history-尉犁县"]').innerText();
    expect(history).toContain('选定');
    expect(history).toContain('提交自评');
    expect(history).toContain('评分');
    await top(upper);
    await screenshot(upper, 'goveval-prefecture-scored');
    expect(jsErrors(upper)).toEqual([]);
  });

  it('乡财科 passes a self-evaluation upward, then the performance section confirms it; the key-evaluation warning', async () => {
    const ids = await onDatabase(
      databaseUrl,
      async (db) =>
        (
          await db.query(
            `SELECT p.id, p.code, p.budget::text AS budget, 'unit-' || u.code AS unit FROM project p JOIN unit u ON u.id = p.unit_id
            WHERE p.year = $1 AND p.fund_family = 'RURAL_REVITALIZATION' AND p.target_status = 'APPROVED' AND NOT u.classified
              AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id) ORDER BY p.id DESC LIMIT 1`,
            [YEAR],
          )
        ).rows[0],
    );
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, ids.unit);
    const gid = Buffer.from(`Project:${ids.id}`).toString('base64url');
    const done = await api<{ submitSelfEvaluation: { id: string } }>(
      unit,
      baseUrl,
      `mutation($p: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $p, input: $in) { id } }`,
      {
        p: gid,
        in: { executed: ids.budget, outputCompletion: 95, benefitCompletion: 95, satisfactionCompletion: 95 },
      },
    );
    made.evaluation = Number(Buffer.from(done.submitSelfEvaluation.id, 'base64url').toString().split(':')[1]);

    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto(`/work?tab=confirm-self-evaluations&year=${YEAR}`);
    await pes.locator(`[data-testid="self-confirm-waits-${ids.code}"]`).waitFor({ timeout: 20_000 });
    // 2023 has fewer key evaluations than the rule's 5: the work page warns.
    await pes.locator('[data-testid="key-evaluation-shortfall"]').waitFor({ timeout: 20_000 });
    await screenshot(pes, 'self-confirm-waits');

    const fund = await newPage(browser, baseUrl);
    await loginAs(fund, 'sec-xc');
    await fund.goto(`/work?tab=fund-self-evaluations&year=${YEAR}`);
    await fund.locator(`[data-testid="self-pass-${ids.code}"]`).waitFor({ timeout: 20_000 });
    await screenshot(fund, 'fund-self-evaluations');
    // First it returns it, with a reason the unit reads on its form; the unit submits again.
    await fund.click(`[data-testid="self-return-${ids.code}"]`);
    await fund.fill('[data-testid="self-return-comment"]', '受益农户数据缺佐证');
    await fund.click('[data-testid="self-return-submit"]');
    await expect.poll(() => fund.locator(`[data-testid="self-pass-${ids.code}"]`).count(), { timeout: 20_000 }).toBe(0);
    await unit.goto(`/work?tab=self-evaluation&year=${YEAR}`);
    await unit.click(`[data-testid="self-eval-fill-${ids.code}"]`, { timeout: 20_000 });
    const note = unit.locator('[data-testid="self-eval-fund-returned"]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.innerText()).toContain('受益农户数据缺佐证');
    await screenshot(unit, 'self-eval-fund-returned');
    expect(jsErrors(unit)).toEqual([]);
    await api(
      unit,
      baseUrl,
      `mutation($p: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $p, input: $in) { id } }`,
      { p: gid, in: { executed: ids.budget, outputCompletion: 96, benefitCompletion: 96, satisfactionCompletion: 96 } },
    );
    await fund.reload();
    await fund.locator(`[data-testid="self-pass-${ids.code}"]`).waitFor({ timeout: 20_000 });
    await fund.click(`[data-testid="self-pass-${ids.code}"]`);
    await expect.poll(() => fund.locator(`[data-testid="self-pass-${ids.code}"]`).count(), { timeout: 20_000 }).toBe(0);
    expect(jsErrors(fund)).toEqual([]);

    await pes.reload();
    await pes.locator(`[data-testid="self-confirm-${ids.code}"]`).click({ timeout: 20_000 });
    await expect
      .poll(() => pes.locator(`[data-testid="self-confirm-${ids.code}"]`).count(), { timeout: 20_000 })
      .toBe(0);
    expect(jsErrors(pes)).toEqual([]);

    const leader = await newPage(browser, baseUrl);
    await loginAs(leader, 'leader');
    await leader.goto(`/overview?year=${YEAR}`);
    await leader.locator('[data-testid="key-evaluation-shortfall"]').waitFor({ timeout: 30_000 });
    expect(await leader.locator('[data-testid="key-evaluation-shortfall"]').innerText()).toContain(
      '少于规则要求的 5 个',
    );
    await screenshot(leader, 'cockpit-key-evaluation-shortfall');
    expect(jsErrors(leader)).toEqual([]);
  });
});
