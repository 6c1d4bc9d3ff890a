import { onDatabase } from '@jixiao/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §3: 乡财科 (the fund-owning section of rural revitalization funds) passes its family's targets upward
// from its work page, which its to-do leads to; the performance section's queue shows the project waiting for it
// until then. 乡财科 sends the 2024 fund-family summary and the performance section reads it. The project and the
// summary are this test's own, deleted afterwards (the browser tests share one database).

const INDICATORS = [
  {
    level1: 'OUTPUT',
    level2: '数量指标',
    name: '新建产业路里程',
    comparator: 'GE',
    targetValue: '12',
    unitOfMeasure: '公里',
    weight: 60,
    isKey: true,
  },
  {
    level1: 'BENEFIT',
    level2: '经济效益指标',
    name: '带动脱贫户增收',
    comparator: 'GE',
    targetValue: '600',
    unitOfMeasure: '元/户',
    weight: 30,
  },
  {
    level1: 'SATISFACTION',
    level2: '服务对象满意度指标',
    name: '受益群众满意度',
    comparator: 'GE',
    targetValue: '90',
    unitOfMeasure: '%',
    weight: 10,
  },
];

describe('the fund-owning section reviews its family and sends its summary', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');
  const who = { unit: '', section: '' };
  let project: { id: string; code: string } | null = null;

  beforeAll(async () => {
    browser = await launch();
    Object.assign(
      who,
      await onDatabase(databaseUrl, async (db) => {
        const { rows } = await db.query(`SELECT uu.username AS unit, su.username AS section
          FROM project p JOIN unit u ON u.id = p.unit_id JOIN app_user uu ON uu.unit_id = u.id
          JOIN app_user su ON su.section_id = u.supervising_section_id
         WHERE p.fund_family = 'RURAL_REVITALIZATION' AND NOT u.classified ORDER BY p.id LIMIT 1`);
        return rows[0];
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      await db.query(`DELETE FROM fund_family_summary WHERE year = 2024 AND fund_family = 'RURAL_REVITALIZATION'`);
      if (project) {
        const id = Number(Buffer.from(project.id, 'base64url').toString().split(':')[1]);
        await db.query(`DELETE FROM project_indicator WHERE project_id = $1`, [id]);
        await db.query(`DELETE FROM project WHERE id = $1`, [id]);
      }
    });
  });

  it('passes the targets upward from the tab its to-do leads to; the performance section then may approve', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, who.unit);
    const created = await api<{ createProject: { id: string; code: string; version: number } }>(
      unit,
      baseUrl,
      'mutation { createProject(input: { year: 2025, name: "2025年衔接资金产业路建设", budget: "730000", fundFamily: RURAL_REVITALIZATION, kind: RECURRING }) { id code version } }',
    );
    project = created.createProject;
    const p = created.createProject;
    const saved = await api<{ saveTargets: { version: number } }>(
      unit,
      baseUrl,
      'mutation($id: ID!, $v: Int!, $i: [IndicatorDraftInput!]!) { saveTargets(projectId: $id, version: $v, indicators: $i) { version } }',
      { id: p.id, v: p.version, i: INDICATORS },
    );
    const submitted = await api<{ submitTargets: { version: number } }>(
      unit,
      baseUrl,
      'mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { version } }',
      { id: p.id, v: saved.saveTargets.version },
    );
    const section = await newPage(browser, baseUrl);
    await loginAs(section, who.section);
    await api(
      section,
      baseUrl,
      'mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, approve: true, version: $v) { id } }',
      { id: p.id, v: submitted.submitTargets.version },
    );

    // The performance section sees it waiting for 乡财科, with no approve button.
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work?tab=approve-targets&year=2024');
    await pes.locator(`[data-testid="targets-waits-${p.code}"]`).waitFor({ timeout: 30_000 });
    expect(await pes.locator(`[data-testid="targets-approve-${p.code}"]`).count()).toBe(0);

    const xc = await newPage(browser, baseUrl);
    await loginAs(xc, 'sec-xc');
    await xc.goto('/work?year=2024');
    await xc.locator('[data-testid="todo-TARGETS_TO_FUND_REVIEW"] a').click({ timeout: 30_000 });
    await xc.waitForURL(/tab=fund-targets/);
    const queue = xc.locator('[data-testid="targets-fund-queue"]');
    await queue.locator(`text=${p.code}`).waitFor({ timeout: 30_000 });
    expect(await horizontalOverflow(xc)).toBeLessThanOrEqual(0);
    await screenshot(xc, 'fund-review-targets-zh');
    await xc.click('[data-testid="lang-en"]');
    await xc.locator('text=Pass your fund family’s targets').first().waitFor();
    await screenshot(xc, 'fund-review-targets-en');
    await xc.click('[data-testid="lang-zh"]');

    await xc.click(`[data-testid="targets-approve-${p.code}"]`);
    await xc.click('[data-testid="targets-decide"]');
    await xc.locator('[data-testid="toast"]').first().waitFor({ timeout: 30_000 });
    await queue.locator(`text=已于`).first().waitFor({ timeout: 30_000 });
    const after = await api<{ node: { targetStatus: string; targetsFundReviewedOn: string | null } }>(
      pes,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { targetStatus targetsFundReviewedOn } } }',
      { id: p.id },
    );
    expect(after.node.targetStatus).toBe('FIRST_REVIEWED');
    expect(after.node.targetsFundReviewedOn).not.toBeNull();
    await pes.reload();
    await pes.locator(`[data-testid="targets-approve-${p.code}"]`).waitFor({ timeout: 30_000 });
    expect(jsErrors(xc)).toEqual([]);
    expect(jsErrors(pes)).toEqual([]);
  });

  it('sends the 2024 fund-family summary with the family’s figures; the performance section reads it', async () => {
    const xc = await newPage(browser, baseUrl);
    await loginAs(xc, 'sec-xc');
    await xc.goto('/work?tab=fund-summary&year=2024');
    await xc
      .locator('[data-testid="fund-summary-text"]')
      .fill('2024年衔接推进乡村振兴补助资金项目总体按计划推进，产业类项目占比提高。');
    await xc.click('[data-testid="fund-summary-send"]');
    const card = xc.locator('[data-testid="fund-summary-RURAL_REVITALIZATION"]');
    await card.waitFor({ timeout: 30_000 });
    const sent = await api<{ fundFamilySummaries: { targets: { projectCount: number } }[] }>(
      xc,
      baseUrl,
      '{ fundFamilySummaries(year: 2024) { targets { projectCount } } }',
    );
    expect(await card.textContent()).toContain(String(sent.fundFamilySummaries[0]!.targets.projectCount));
    expect(await horizontalOverflow(xc)).toBeLessThanOrEqual(0);
    await screenshot(xc, 'fund-summary-send-zh');

    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work?tab=fund-summaries&year=2024');
    await pes.locator('[data-testid="fund-summary-RURAL_REVITALIZATION"]').waitFor({ timeout: 30_000 });
    expect(await pes.locator('[data-testid="panel-fund-summaries"]').textContent()).toContain('产业类项目占比提高');
    await screenshot(pes, 'fund-summaries-read-zh');
    expect(jsErrors(xc)).toEqual([]);
    expect(jsErrors(pes)).toEqual([]);
  });
});
