import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';
import { api } from './support/api.js';

// Classified units (涉密单位) are out of sight of their business section, so the performance section takes
// their first reviews: here a classified unit's targets, passed first by the performance section in its
// 涉密单位代办 tab, which its to-do leads to. The project is the test's own (公安局, unit-gaj, a classified
// unit no other browser test touches), built through the API.

const INDICATORS = [
  {
    level1: 'OUTPUT',
    level2: '数量指标',
    name: '视频监控点位建设数',
    comparator: 'GE',
    targetValue: '120',
    unitOfMeasure: '个',
    weight: 50,
    isKey: true,
  },
  {
    level1: 'BENEFIT',
    level2: '社会效益指标',
    name: '治安案件发案率下降',
    comparator: 'GE',
    targetValue: '5',
    unitOfMeasure: '%',
    weight: 30,
  },
  {
    level1: 'SATISFACTION',
    level2: '服务对象满意度指标',
    name: '群众安全感满意度',
    comparator: 'GE',
    targetValue: '90',
    unitOfMeasure: '%',
    weight: 20,
  },
];

async function todoCount(page: Page, kind: string): Promise<number> {
  await page.waitForSelector(
    '[data-testid="panel-todos"][data-status="ready"], [data-testid="panel-todos"][data-status="empty"]',
    { timeout: 30_000 },
  );
  const item = page.locator(`[data-testid="todo-${kind}"]`);
  return (await item.count()) ? Number(await item.getAttribute('data-count')) : 0;
}

describe('the performance section stands in for classified units', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes a classified unit’s targets first, from the stand-in tab its to-do leads to; the section never sees them', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, 'unit-gaj');
    const created = await api<{ createProject: { id: string; code: string; version: number } }>(
      unit,
      baseUrl,
      'mutation { createProject(input: { year: 2025, name: "2025年城区视频监控补点", budget: "420000", fundFamily: GENERAL_PUBLIC, kind: RECURRING }) { id code version } }',
    );
    const p = created.createProject;
    const saved = await api<{ saveTargets: { version: number } }>(
      unit,
      baseUrl,
      'mutation($id: ID!, $v: Int!, $i: [IndicatorDraftInput!]!) { saveTargets(projectId: $id, version: $v, indicators: $i) { version } }',
      { id: p.id, v: p.version, i: INDICATORS },
    );
    await api(unit, baseUrl, 'mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { id } }', {
      id: p.id,
      v: saved.saveTargets.version,
    });

    // Its business section (行政政法科) neither lists it nor counts it.
    const section = await newPage(browser, baseUrl);
    await loginAs(section, 'sec-xzzf');
    const seen = await api<{ projects: { totalCount: number } }>(
      section,
      baseUrl,
      '{ projects(first: 1, filter: { year: 2025, targetStatus: SUBMITTED }) { totalCount } }',
    );
    const gajSeen = await api<{ projects: { edges: { node: { code: string } }[] } }>(
      section,
      baseUrl,
      '{ projects(first: 100, filter: { year: 2025 }) { edges { node { code } } } }',
    );
    expect(gajSeen.projects.edges.map((e) => e.node.code)).not.toContain(p.code);
    expect(await todoCount(section, 'TARGETS_TO_REVIEW')).toBe(seen.projects.totalCount);

    // The performance section's to-do leads to its stand-in tab, which lists classified units only.
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    await pes.goto('/work');
    expect(await todoCount(pes, 'TARGETS_TO_REVIEW')).toBeGreaterThanOrEqual(1);
    await pes.click('[data-testid="todo-TARGETS_TO_REVIEW"] a');
    await pes.waitForURL(/tab=classified/);
    expect(await pes.locator('[data-testid="stage-classified"]').getAttribute('aria-pressed')).toBe('true');
    await pes.locator('[data-testid="stand-in"]').waitFor();
    const queue = pes.locator('[data-testid="stand-in"] [data-testid="targets-review-queue"]');
    await queue.locator(`text=${p.code}`).waitFor({ timeout: 30_000 });
    const listed = await api<{ projects: { edges: { node: { unit: { classified: boolean } } }[] } }>(
      pes,
      baseUrl,
      '{ projects(first: 100, filter: { year: 2025, targetStatus: SUBMITTED, classified: true }) { edges { node { unit { classified } } } } }',
    );
    expect(await queue.locator('tbody tr').count()).toBe(listed.projects.edges.length);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'stand-in-targets');

    await pes.click(`[data-testid="stand-in"] [data-testid="targets-approve-${p.code}"]`);
    await pes.click('[data-testid="stand-in"] [data-testid="targets-decide"]');
    await pes.locator('[data-testid="toast"]').first().waitFor({ timeout: 30_000 });
    const after = await api<{ node: { targetStatus: string } }>(
      unit,
      baseUrl,
      'query($id: ID!) { node(id: $id) { ... on Project { targetStatus } } }',
      { id: p.id },
    );
    expect(after.node.targetStatus).toBe('FIRST_REVIEWED');
    // Now it waits for the performance section's own approval, in its usual tab.
    await pes.goto('/work?tab=approve-targets&year=2024');
    await pes.locator(`[data-testid="targets-approve-queue"] >> text=${p.code}`).waitFor({ timeout: 30_000 });
    expect(await pes.locator('[data-testid="stage-targets"]').getAttribute('aria-pressed')).toBe('true');
    expect(jsErrors(pes)).toEqual([]);
  });
});
