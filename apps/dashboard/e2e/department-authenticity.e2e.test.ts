import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api, type ProjectBasics } from './support/api.js';

// DOMAIN.md step 4 in the dashboard: a unit picks projects for department evaluation (部门评价) covering
// at least 20% of its project budget and records a score; the performance section draws the year's
// authenticity sample (真实性核查) with a recorded seed and records a failed check, which vetoes the grade.
//
// Shared demo database: the year is 2023 (no other browser test evaluates 2023 projects, and the demo
// has no 2023 self-evaluations nor a 2023 sample), the unit 尉犁县融媒体中心 (unit-rmt), which no other test uses.

const YEAR = 2023;
const UNIT = 'unit-rmt';
const SEED = 'e2e-2023年度真实性核查-县局会议纪要第7号';

interface UnitProject extends ProjectBasics {
  targetStatus: string;
  flags: { status: string }[];
  evaluations: { id: string; kind: string; status: string; score: number | null; grade: string | null }[];
}

interface SampleInfo {
  seed: string;
  population: number;
  checks: {
    id: string;
    result: string;
    note: string;
    evaluation: { id: string; grade: string; uncappedGrade: string; project: { code: string } };
  }[];
}

const PROJECTS = `query($year: Int!) { projects(first: 100, filter: { year: $year }) { edges { node {
  id code name budget targetStatus flags { status } evaluations { id kind status score grade } } } } }`;

async function unitProjects(page: Page, baseUrl: string): Promise<UnitProject[]> {
  const data = await api<{ projects: { edges: { node: UnitProject }[] } }>(page, baseUrl, PROJECTS, { year: YEAR });
  return data.projects.edges.map((e) => e.node).filter((p) => p.targetStatus === 'APPROVED');
}

/** Yuan as fen, exactly. */
function fen(yuan: string): bigint {
  const [whole, frac = ''] = yuan.split('.');
  return BigInt(whole!) * 100n + BigInt((frac + '00').slice(0, 2));
}

async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid="toast"]', { hasText: text }).first().waitFor({ timeout: 30_000 });
}

async function todoBecomes(page: Page, kind: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([k, n]) => Number(document.querySelector(`[data-testid="todo-${k}"]`)?.getAttribute('data-count') ?? 0) === n,
    [kind, count] as const,
    { timeout: 30_000 },
  );
}

/** A screenshot from the top of the page (the sticky header would cover a scrolled full-page shot). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await save(page, name);
}

/** Waits until the coverage shown is the server's answer for `share` of the budget; whether it meets the rule. */
async function coverageBecomes(page: Page, share: number): Promise<boolean> {
  await page.waitForFunction(
    (expected) => {
      const box = document.querySelector('[data-testid="dept-coverage"]');
      const shown = box?.getAttribute('data-share');
      return !!shown && Math.abs(Number(shown) - expected) < 1e-9;
    },
    share,
    { timeout: 30_000 },
  );
  return (await page.locator('[data-testid="dept-coverage"]').getAttribute('data-meets')) === 'true';
}

describe('department evaluation and the authenticity check in the dashboard', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a unit the coverage live as it picks, refuses a pick under 20% at the pick, and records a picked project’s score', async () => {
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, UNIT);
    const projects = await unitProjects(unit, baseUrl);
    expect(projects.length).toBeGreaterThanOrEqual(3);
    expect(projects.flatMap((p) => p.evaluations).filter((e) => e.kind === 'DEPARTMENT')).toEqual([]);
    const total = projects.reduce((sum, p) => sum + fen(p.budget), 0n);
    const bySize = [...projects].sort((a, b) => Number(fen(a.budget) - fen(b.budget)));
    // Too little: the smallest project alone. Enough: add the largest ones until 20% is reached, the
    // smallest kept (its flags are closed, so no cap touches the grade it gets below).
    const small = bySize.find((p) => !p.flags.some((f) => f.status === 'OPEN'))!;
    expect(fen(small.budget) * 5n).toBeLessThan(total);
    const picks = [small];
    for (const p of [...bySize].reverse()) {
      if (picks.reduce((sum, x) => sum + fen(x.budget), 0n) * 5n >= total) break;
      if (p !== small) picks.push(p);
    }
    const picked = picks.reduce((sum, p) => sum + fen(p.budget), 0n);
    expect(picked * 5n).toBeGreaterThanOrEqual(total);

    await unit.goto(`/work?tab=department-evaluation&year=${YEAR}`);
    expect(await unit.locator('#work-tab-department-evaluation').getAttribute('aria-selected')).toBe('true');
    await unit.locator('[data-testid="dept-projects"][data-status="ready"]').waitFor();
    // Nothing picked yet: nothing covered, below the rule.
    expect(await coverageBecomes(unit, 0)).toBe(false);
    expect(await unit.locator('[data-testid="dept-coverage"]').innerText()).toMatch(/规定比例\s*不低于 20\.0%/);

    // 1. Too little: the server's coverage says so as soon as it is ticked, and refuses it at the pick.
    await unit.click(`[data-testid="dept-pick-${small.code}"]`);
    expect(await coverageBecomes(unit, Number(fen(small.budget)) / Number(total))).toBe(false);
    expect(await unit.locator('[data-testid="dept-meets"]').innerText()).toContain('未达到规定比例，还差');
    await unit.click('[data-testid="dept-submit"]');
    const refused = unit.locator('[data-testid="field-error-projectIds"]');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/未达到单位项目预算的规定比例，还差 [\d.]+ 元/);
    expect(await unit.locator(`[data-testid="dept-pick-${small.code}"]`).getAttribute('aria-describedby')).toBe(
      await refused.getAttribute('id'),
    );
    expect(
      (await unitProjects(unit, baseUrl)).flatMap((p) => p.evaluations).filter((e) => e.kind === 'DEPARTMENT'),
    ).toEqual([]);
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'depteval-unit-under-minimum');

    // 2. Enough: ≥ 20% shown, the pick confirmed, a department evaluation (draft) per picked project.
    for (const p of picks.slice(1)) await unit.click(`[data-testid="dept-pick-${p.code}"]`);
    const share = Number(picked) / Number(total);
    expect(await coverageBecomes(unit, share)).toBe(true);
    expect(Number((await unit.locator('[data-testid="dept-share"]').innerText()).replace('%', ''))).toBeCloseTo(
      share * 100,
      1,
    );
    expect(await unit.locator('[data-testid="dept-meets"]').innerText()).toContain('已达到规定比例');
    await unit.click('[data-testid="dept-submit"]');
    await toast(unit, `已选定 ${picks.length} 个部门评价项目`);
    for (const p of picks) await unit.locator(`[data-testid="dept-state-${p.code}"][data-state="draft"]`).waitFor();
    await todoBecomes(unit, 'DEPARTMENT_EVALUATIONS_TO_RECORD', picks.length);
    const drafts = (await unitProjects(unit, baseUrl)).filter((p) =>
      p.evaluations.some((e) => e.kind === 'DEPARTMENT'),
    );
    expect(drafts.map((p) => p.code).sort()).toEqual(picks.map((p) => p.code).sort());
    expect(drafts.every((p) => p.evaluations.find((e) => e.kind === 'DEPARTMENT')!.status === 'DRAFT')).toBe(true);
    await screenshot(unit, 'depteval-unit-picked');

    // 3. The score: out of range named at its field, then 88.5 by keyboard → 良, recorded.
    await unit.click(`[data-testid="dept-record-${small.code}"]`);
    await unit.fill('[data-testid="dept-score"]', '105');
    await unit.keyboard.press('Enter');
    await unit.locator('[data-testid="field-error-score"]').waitFor();
    expect(await unit.locator('[data-testid="dept-score"]').getAttribute('aria-invalid')).toBe('true');
    await unit.fill('[data-testid="dept-score"]', '88.5');
    await unit.fill('[data-testid="dept-explanation"]', '产出、效益目标基本完成，群众满意度较高。');
    await unit.focus('[data-testid="dept-score"]');
    await unit.keyboard.press('Enter');
    await toast(unit, '部门评价结果已录入');
    expect(await unit.locator('[data-testid="dept-result-score"]').innerText()).toBe('88.50');
    expect(await unit.locator('[data-testid="dept-result-grade"]').getAttribute('data-grade')).toBe('GOOD');
    expect(await unit.locator('[data-testid="dept-result-explanation"]').innerText()).toBe(
      '产出、效益目标基本完成，群众满意度较高。',
    );
    const grade = unit.locator(`[data-testid="dept-grade-${small.code}"]`);
    await grade.waitFor();
    expect(await grade.innerText()).toBe('良');
    expect(await unit.locator(`[data-testid="dept-pick-${small.code}"]`).isDisabled()).toBe(true);
    await todoBecomes(unit, 'DEPARTMENT_EVALUATIONS_TO_RECORD', picks.length - 1);
    const recorded = (await unitProjects(unit, baseUrl))
      .find((p) => p.id === small.id)!
      .evaluations.find((e) => e.kind === 'DEPARTMENT')!;
    expect(recorded).toMatchObject({ status: 'FINAL', score: 88.5, grade: 'GOOD' });
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await screenshot(unit, 'depteval-unit-recorded');

    // The to-do leads to the tab, in the year in progress; the tab points to the year with drafts left.
    await unit.goto('/work');
    await unit.click('[data-testid="todo-DEPARTMENT_EVALUATIONS_TO_RECORD"] a');
    await unit.waitForURL(/\/work\?tab=department-evaluation$/);
    const otherYear = unit.locator(`[data-testid="dept-other-year-${YEAR}"]`);
    await otherYear.waitFor();
    expect(await otherYear.innerText()).toBe(`${YEAR} 年度 ${picks.length - 1} 项`);
    await otherYear.click();
    await unit.waitForURL(new RegExp(`year=${YEAR}`));
    await grade.waitFor();
    expect(await unit.locator('[data-testid="dept-other-years"]').count()).toBe(0);

    // In English too.
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await unit.reload();
    await grade.waitFor();
    expect(await unit.locator('#work-tab-department-evaluation').innerText()).toContain('Department evaluation');
    expect(await grade.innerText()).toBe('Good');
    expect(await unit.locator('[data-testid="dept-meets"]').innerText()).toContain('Meets the rule');
    expect(await horizontalOverflow(unit)).toBeLessThanOrEqual(0);
    await unit.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    expect(jsErrors(unit)).toEqual([]);
  });

  it('lets the performance section draw the year’s sample with a recorded seed and record a failed check that vetoes the grade', async () => {
    // The population: the unit's own final self-evaluations of 2023 (the demo has none of that year).
    const unit = await newPage(browser, baseUrl);
    await loginAs(unit, UNIT);
    const toEvaluate = (await unitProjects(unit, baseUrl))
      .filter((p) => !p.evaluations.some((e) => e.kind === 'SELF') && fen(p.budget) >= 200_00n)
      .slice(0, 3);
    expect(toEvaluate).toHaveLength(3);
    for (const p of toEvaluate) {
      await api(
        unit,
        baseUrl,
        'mutation($id: ID!, $input: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $input) { id } }',
        {
          id: p.id,
          input: {
            executed: String(fen(p.budget) / 200n),
            outputCompletion: 95,
            benefitCompletion: 92,
            satisfactionCompletion: 96,
            explanation: '按计划完成',
          },
        },
      );
    }

    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const before = await api<{ authenticitySample: SampleInfo | null; evaluations: { totalCount: number } }>(
      pes,
      baseUrl,
      'query($year: Int!) { authenticitySample(year: $year) { seed } evaluations(first: 1, filter: { year: $year, kind: SELF, status: FINAL }) { totalCount } }',
      { year: YEAR },
    );
    expect(before.authenticitySample).toBeNull();
    const population = before.evaluations.totalCount;
    expect(population).toBeGreaterThanOrEqual(3);
    // The rule: at least 10%, rounded up.
    const size = Math.ceil(population / 10);

    await pes.goto(`/work?tab=authenticity&year=${YEAR}`);
    const seedInput = pes.locator('[data-testid="auth-seed-input"]');
    await seedInput.waitFor();
    // A seed is proposed (the day and a word), and it can be changed; an empty one is refused at its field.
    expect(await seedInput.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}-\S+$/);
    expect(await pes.locator('[data-testid="auth-none"]').innerText()).toContain(`已定稿的单位自评 ${population} 项`);
    await seedInput.fill(' ');
    await pes.click('[data-testid="auth-draw"]');
    await pes.locator('[data-testid="field-error-seed"]').waitFor();
    expect(await seedInput.getAttribute('aria-invalid')).toBe('true');
    await seedInput.fill(SEED);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'depteval-pes-draw');
    await seedInput.press('Enter');
    await toast(pes, `已抽取 ${YEAR} 年度核查样本：${size} 项`);
    await pes.locator('[data-testid="auth-checks"][data-status="ready"]').waitFor();
    expect(await pes.locator('[data-testid="auth-seed"]').innerText()).toBe(SEED);
    expect(Number(await pes.locator('[data-testid="auth-population"]').getAttribute('data-value'))).toBe(population);
    expect(Number(await pes.locator('[data-testid="auth-size"]').getAttribute('data-value'))).toBe(size);

    // Recorded on the server with its seed.
    const drawn = await api<{ authenticitySample: SampleInfo }>(
      pes,
      baseUrl,
      'query($year: Int!) { authenticitySample(year: $year) { seed population checks { id result note evaluation { id grade uncappedGrade project { code } } } } }',
      { year: YEAR },
    );
    expect(drawn.authenticitySample.seed).toBe(SEED);
    expect(drawn.authenticitySample.population).toBe(population);
    expect(drawn.authenticitySample.checks).toHaveLength(size);
    expect(drawn.authenticitySample.checks.every((c) => c.result === 'PENDING')).toBe(true);
    await todoBecomes(pes, 'AUTHENTICITY_TO_RECORD', size);
    // The to-do leads to the tab in the year in progress, which points to the year with checks to record.
    await pes.goto('/work');
    await pes.click('[data-testid="todo-AUTHENTICITY_TO_RECORD"] a');
    await pes.waitForURL(/\/work\?tab=authenticity$/);
    const otherYear = pes.locator(`[data-testid="auth-other-year-${YEAR}"]`);
    await otherYear.waitFor();
    expect(await otherYear.innerText()).toBe(`${YEAR} 年度 ${size} 项`);
    await otherYear.click();
    await pes.waitForURL(new RegExp(`year=${YEAR}`));
    await pes.locator('[data-testid="auth-checks"][data-status="ready"]').waitFor();

    // A failed check: refused without the findings, then recorded with them; the grade is vetoed to 差.
    const check = drawn.authenticitySample.checks[0]!;
    const code = check.evaluation.project.code;
    expect(check.evaluation.grade).not.toBe('POOR');
    await pes.click(`[data-testid="auth-record-${code}"]`);
    await pes.click('[data-testid="auth-fail"]');
    const noteError = pes.locator('[data-testid="field-error-note"]');
    await noteError.waitFor();
    expect(await noteError.innerText()).toContain('核查发现');
    const note = '抽查凭证与自评报告所列完成数不符，虚报产出。';
    await pes.fill('[data-testid="auth-note"]', note);
    await screenshot(pes, 'depteval-pes-check-form');
    await pes.click('[data-testid="auth-fail"]');
    await toast(pes, '核查不属实，等次为差');
    expect(await pes.locator('[data-testid="auth-veto-grade"]').getAttribute('data-grade')).toBe('POOR');
    await pes.locator(`[data-testid="auth-result-${code}"][data-result="FAILED"]`).waitFor();
    expect(await pes.locator(`[data-testid="auth-grade-${code}"]`).innerText()).toBe('差');
    expect(await pes.locator('[data-testid="auth-progress"]').innerText()).toContain(`已核查 1 / ${size}，不属实 1`);
    await todoBecomes(pes, 'AUTHENTICITY_TO_RECORD', size - 1);
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'depteval-pes-vetoed');

    const after = await api<{
      node: { grade: string; authenticityFailed: boolean; uncappedGrade: string };
      authenticitySample: SampleInfo;
    }>(
      pes,
      baseUrl,
      'query($id: ID!, $year: Int!) { node(id: $id) { ... on Evaluation { grade authenticityFailed uncappedGrade } } authenticitySample(year: $year) { seed checks { id result note } } }',
      { id: check.evaluation.id, year: YEAR },
    );
    expect(after.node).toEqual({
      grade: 'POOR',
      authenticityFailed: true,
      uncappedGrade: check.evaluation.uncappedGrade,
    });
    expect(after.authenticitySample.seed).toBe(SEED);
    expect(after.authenticitySample.checks.find((c) => c.id === check.id)).toEqual({
      id: check.id,
      result: 'FAILED',
      note,
    });

    // In English too.
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'en'));
    await pes.reload();
    await pes.locator(`[data-testid="auth-result-${code}"][data-result="FAILED"]`).waitFor();
    expect(await pes.locator(`[data-testid="auth-result-${code}"]`).innerText()).toBe('Failed');
    expect(await pes.locator(`[data-testid="auth-grade-${code}"]`).innerText()).toBe('Poor');
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'depteval-pes-vetoed-en');
    await pes.evaluate(() => localStorage.setItem('jixiao.lang', 'zh'));
    for (const p of [unit, pes]) expect(jsErrors(p)).toEqual([]);
  });
});
