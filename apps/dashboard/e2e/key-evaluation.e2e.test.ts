import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api, type ProjectBasics } from './support/api.js';

// Lifecycle steps 4 and 6 in the dashboard: the performance section assigns a key evaluation of a 2024
// project to an agency, the agency submits its score, findings and report, the expert panel's score is
// recorded (the rules give the grade), and the result is published for everyone to see.
// Rows nobody else touches: a project of the forestry bureau (lcj) and the agency 立信 (lixin).

interface Candidate extends ProjectBasics {
  targetsPublishedOn: string | null;
  evaluations: { kind: string }[];
}

interface EvaluationState {
  status: string;
  score: number | null;
  expertScore: number | null;
  grade: string | null;
  reportName: string | null;
  publishedOn: string | null;
  findings: { id: string; category: string; text: string; suggestion: string; upheld: boolean }[];
  project: { code: string } | null;
  agency: { name: string } | null;
}

const EVALUATION = `query($year: Int!) { evaluations(first: 100, filter: { kind: KEY, year: $year }) { edges { node {
  id status score expertScore grade reportName publishedOn findings { id category text suggestion upheld } project { code } agency { name } } } } }`;

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

/** The count of a to-do in the panel (0 once it is gone). */
function todoCount(page: Page, kind: string): Promise<number> {
  return page.evaluate(
    (k) => Number(document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-count') ?? 0),
    kind,
  );
}

/** Waits until the panel shows `count` for a to-do: the to-dos follow each step. */
async function todoBecomes(page: Page, kind: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([k, n]) => Number(document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-count') ?? 0) === n,
    [kind, count] as const,
  );
}

async function keyEvaluationOf(page: Page, baseUrl: string, code: string): Promise<EvaluationState & { id: string }> {
  const data = await api<{ evaluations: { edges: { node: EvaluationState & { id: string } }[] } }>(
    page,
    baseUrl,
    EVALUATION,
    { year: 2024 },
  );
  const found = data.evaluations.edges.map((e) => e.node).filter((e) => e.project?.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The grade of a score by the year's grade bands (the lowest score of each grade above POOR). */
function gradeOf(score: number, bands: { EXCELLENT: number; GOOD: number; MEDIUM: number }): string {
  return score >= bands.EXCELLENT
    ? 'EXCELLENT'
    : score >= bands.GOOD
      ? 'GOOD'
      : score >= bands.MEDIUM
        ? 'MEDIUM'
        : 'POOR';
}

/** Every project the public sees for a year, page after page, with no login. */
async function publicProjects(
  baseUrl: string,
  year: number,
): Promise<
  { code: string; evaluations: { kind: string; score: number | null; grade: string | null; publishedOn: string }[] }[]
> {
  const all = [];
  let after: string | null = null;
  for (;;) {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($year: Int!, $after: String) { publicDisclosures(year: $year, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { code evaluations { kind score grade publishedOn } } } } }`,
        variables: { year, after },
      }),
    });
    const json = (await res.json()) as {
      data: {
        publicDisclosures: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: {
            node: {
              code: string;
              evaluations: { kind: string; score: number | null; grade: string | null; publishedOn: string }[];
            };
          }[];
        };
      };
      errors?: unknown;
    };
    expect(json.errors).toBeUndefined();
    all.push(...json.data.publicDisclosures.edges.map((e) => e.node));
    if (!json.data.publicDisclosures.pageInfo.hasNextPage) return all;
    after = json.data.publicDisclosures.pageInfo.endCursor;
  }
}

describe('key evaluations by agencies and their publication in the dashboard', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let project: Candidate;
  let agency: { id: string; name: string };
  let pes: Page;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the performance section assign a 2024 project to an agency', async () => {
    pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const data = await api<{
      projects: { edges: { node: Candidate }[] };
      agencies: { id: string; code: string; name: string }[];
    }>(
      pes,
      baseUrl,
      'query { projects(first: 100, filter: { year: 2024, search: "2024-lcj-" }) { edges { node { id code name budget targetsPublishedOn evaluations { kind } } } } agencies { id code name } }',
    );
    // Published targets (so the public sees the project) and no evaluation yet; the last by code.
    project = data.projects.edges
      .map((e) => e.node)
      .filter((p) => p.targetsPublishedOn !== null && p.evaluations.length === 0)
      .sort((a, b) => b.code.localeCompare(a.code))[0]!;
    expect(project).toBeDefined();
    agency = data.agencies.find((a) => a.code === 'lixin')!;
    expect(agency).toBeDefined();

    await pes.goto('/work?tab=key-evaluations');
    expect(await pes.locator('#work-tab-key-evaluations').getAttribute('aria-selected')).toBe('true');
    // Assigning without an agency is refused at the agency field before anything is sent.
    await pes.fill('[data-testid="keyeval-project-search"]', project.code);
    await pes.click(`[data-testid="keyeval-pick-${project.code}"]`);
    expect(await pes.locator('[data-testid="keyeval-picked"]').innerText()).toContain(project.name);
    await pes.click('[data-testid="keyeval-assign"]');
    await pes.locator('[data-testid="field-error-agencyId"]').waitFor();
    // The agency list shows each agency's latest rating.
    const option = await pes.locator(`[data-testid="keyeval-agency"] option[value="${agency.id}"]`).innerText();
    expect(option).toContain(agency.name);
    expect(option).toMatch(/\d{4} 年评级 [A-D]/);
    await pes.selectOption('[data-testid="keyeval-agency"]', agency.id);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'keyeval-pes-assign');
    await pes.click('[data-testid="keyeval-assign"]');
    await toast(pes, `委托 ${agency.name}`);
    await pes.locator(`[data-testid="keyeval-status-${project.code}"][data-status="DRAFT"]`).waitFor();
    // The project now shows as assigned in the search and cannot be picked again.
    await pes.fill('[data-testid="keyeval-project-search"]', project.code);
    await pes.locator(`[data-testid="keyeval-has-${project.code}"]`).waitFor();
    expect(await pes.locator(`[data-testid="keyeval-pick-${project.code}"]`).count()).toBe(0);

    const assigned = await keyEvaluationOf(pes, baseUrl, project.code);
    expect(assigned).toMatchObject({ status: 'DRAFT', score: null, agency: { name: agency.name } });
    expect(jsErrors(pes)).toEqual([]);
  });

  it('lets the agency find it in its to-dos and submit a score, two findings and the report', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'agency-lixin');
    // The agency reaches the work bench from its header; its to-do leads to the tab.
    await page.click('nav >> text=办理事项');
    const todo = page.locator('[data-testid="todo-EVALUATIONS_TO_SUBMIT"]');
    await todo.waitFor();
    const before = Number(await todo.getAttribute('data-count'));
    expect(before).toBeGreaterThanOrEqual(1);
    await todo.locator('a').click();
    await page.waitForURL(/tab=agency-evaluations/);
    expect(await page.locator('#work-tab-agency-evaluations').getAttribute('aria-selected')).toBe('true');

    await page.click(`[data-testid="agency-eval-fill-${project.code}"]`);
    await page.fill('[data-testid="agency-eval-score"]', '105');
    await page.fill('[data-testid="agency-eval-report"]', `${project.name}2024年度绩效评价报告.pdf`);
    await page.fill('[data-testid="agency-eval-category-0"]', '资金管理');
    await page.fill('[data-testid="agency-eval-text-0"]', '项目资金拨付滞后于实施进度');
    await page.fill('[data-testid="agency-eval-suggestion-0"]', '按进度及时拨付资金');
    await page.click('[data-testid="agency-eval-add"]');
    await page.fill('[data-testid="agency-eval-text-1"]', '部分绩效指标未量化');
    // A score out of range comes back from the server at the score field.
    await page.click('[data-testid="agency-eval-submit"]');
    const scoreError = page.locator('[data-testid="field-error-score"]');
    await scoreError.waitFor();
    expect(await scoreError.innerText()).toContain('0–100');
    expect(await page.locator('[data-testid="agency-eval-score"]').getAttribute('aria-invalid')).toBe('true');
    expect((await keyEvaluationOf(page, baseUrl, project.code)).status).toBe('DRAFT');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'keyeval-agency-bad-score');
    // Fixed, and sent by keyboard from the score field.
    await page.fill('[data-testid="agency-eval-score"]', '86');
    await page.focus('[data-testid="agency-eval-score"]');
    await page.keyboard.press('Enter');
    await toast(page, '评价报告已提交');
    await page.locator(`[data-testid="keyeval-status-${project.code}"][data-status="SUBMITTED"]`).waitFor();
    // The to-do follows: one fewer to submit.
    await todoBecomes(page, 'EVALUATIONS_TO_SUBMIT', before - 1);
    // The submitted report stays readable, no longer editable.
    expect(await page.locator(`[data-testid="agency-eval-fill-${project.code}"]`).count()).toBe(0);
    expect(await page.locator('[data-testid="keyeval-findings"] li').count()).toBe(2);
    await screenshot(page, 'keyeval-agency-submitted');

    const submitted = await keyEvaluationOf(page, baseUrl, project.code);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      score: 86,
      reportName: `${project.name}2024年度绩效评价报告.pdf`,
    });
    expect(
      submitted.findings.map(({ category, text, suggestion, upheld }) => ({ category, text, suggestion, upheld })),
    ).toEqual([
      { category: '资金管理', text: '项目资金拨付滞后于实施进度', suggestion: '按进度及时拨付资金', upheld: true },
      { category: '其他', text: '部分绩效指标未量化', suggestion: '', upheld: true },
    ]);

    // In English too.
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await page.reload();
    await page.locator(`[data-testid="keyeval-status-${project.code}"]`).waitFor();
    expect(await page.locator('#work-tab-agency-evaluations').innerText()).toBe('Key evaluation reports');
    expect(await page.locator(`[data-testid="keyeval-status-${project.code}"]`).innerText()).toBe(
      'With the expert panel',
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'keyeval-agency-en');
    await page.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(jsErrors(page)).toEqual([]);
  });

  it('lets the performance section record the expert panel’s score; the rules give the grade', async () => {
    await pes.goto('/work?tab=key-evaluations');
    await pes.locator('[data-testid="todo-EVALUATIONS_TO_FINALIZE"]').waitFor();
    const toFinalize = await todoCount(pes, 'EVALUATIONS_TO_FINALIZE');
    await pes.click(`[data-testid="keyeval-open-${project.code}"]`);
    expect(await pes.locator('[data-testid="keyeval-agency-score"]').innerText()).toBe('86.00');
    expect(await pes.locator('[data-testid="keyeval-report-name"]').innerText()).toContain('绩效评价报告.pdf');
    expect(await pes.locator('[data-testid="keyeval-findings"] li').count()).toBe(2);
    // An expert score out of range is named at its field by the server, and nothing changes.
    await pes.fill('[data-testid="keyeval-expert-score"]', '120');
    await pes.click('[data-testid="keyeval-finalize"]');
    await pes.locator('[data-testid="field-error-expertScore"]').waitFor();
    expect(await pes.locator('[data-testid="keyeval-expert-score"]').getAttribute('aria-invalid')).toBe('true');
    expect((await keyEvaluationOf(pes, baseUrl, project.code)).status).toBe('SUBMITTED');
    await pes.fill('[data-testid="keyeval-expert-score"]', '78.5');
    // The panel does not uphold the second finding.
    const declined = (await keyEvaluationOf(pes, baseUrl, project.code)).findings[1]!;
    await pes.check(`[data-testid="keyeval-decline-${declined.id}"]`);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'keyeval-pes-finalize');
    await pes.click('[data-testid="keyeval-finalize"]');
    await toast(pes, '已定稿');
    await todoBecomes(pes, 'EVALUATIONS_TO_FINALIZE', toFinalize - 1);

    const rules = await api<{
      ruleSet: { rules: { evaluation: { gradeBands: { EXCELLENT: number; GOOD: number; MEDIUM: number } } } };
    }>(pes, baseUrl, 'query { ruleSet(year: 2024) { rules } }');
    const expected = gradeOf(78.5, rules.ruleSet.rules.evaluation.gradeBands);
    const final = await keyEvaluationOf(pes, baseUrl, project.code);
    expect(final).toMatchObject({ status: 'FINAL', score: 86, expertScore: 78.5, grade: expected, publishedOn: null });
    expect(final.findings.map((f) => f.upheld)).toEqual([true, false]);
    // The screen shows the same result, and the list follows.
    expect(await pes.locator('[data-testid="keyeval-grade"]').getAttribute('data-grade')).toBe(expected);
    expect(await pes.locator('[data-testid="keyeval-final-score"]').innerText()).toBe('78.50');
    await pes.locator(`[data-testid="keyeval-status-${project.code}"][data-status="FINAL"]`).waitFor();
    expect(await pes.locator(`[data-testid="keyeval-grade-${project.code}"]`).getAttribute('data-grade')).toBe(
      expected,
    );
    await screenshot(pes, 'keyeval-pes-finalized');
    expect(jsErrors(pes)).toEqual([]);
  });

  it('lets the performance section publish it, and the public then sees it', async () => {
    const { id } = await keyEvaluationOf(pes, baseUrl, project.code);
    await pes.goto('/work?tab=publish-evaluations');
    const check = pes.locator(`[data-testid="publish-check-${id}"]`);
    await check.waitFor();
    await pes.locator('[data-testid="todo-EVALUATIONS_TO_PUBLISH"]').waitFor();
    const toPublish = await todoCount(pes, 'EVALUATIONS_TO_PUBLISH');
    expect(await pes.locator('[data-testid="publish-submit"]').isDisabled()).toBe(true);
    await check.check();
    expect(await pes.locator('[data-testid="publish-selected"]').innerText()).toContain('1');
    await pes.click('[data-testid="publish-submit"]');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'keyeval-pes-publish-confirm');
    await pes.click('[data-testid="publish-confirm"]');
    await toast(pes, '已公开 1 项评价结果');
    await todoBecomes(pes, 'EVALUATIONS_TO_PUBLISH', toPublish - 1);
    // It leaves the list to publish and shows in the published list with its date.
    await pes.locator(`[data-testid="publish-check-${id}"]`).waitFor({ state: 'detached' });
    const after = await keyEvaluationOf(pes, baseUrl, project.code);
    expect(after.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await pes.locator(`[data-testid="published-on-${id}"]`, { hasText: after.publishedOn! }).waitFor();
    await screenshot(pes, 'keyeval-pes-published');

    const disclosed = (await publicProjects(baseUrl, 2024)).find((p) => p.code === project.code);
    expect(disclosed).toBeDefined();
    expect(disclosed!.evaluations).toContainEqual({
      kind: 'KEY',
      score: 78.5,
      grade: after.grade,
      publishedOn: after.publishedOn,
    });
    expect(jsErrors(pes)).toEqual([]);
  });
});
