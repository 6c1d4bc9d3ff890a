import { onDatabase } from '@jixiao/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCount } from '@jixiao/ui/format';
import { api } from './support/api.js';
import {
  address,
  chartsRendered,
  download,
  jsErrors,
  kpi,
  launch,
  loginAs,
  newPage,
  pressChartKey,
  screenshot,
} from './support/browser.js';

// Issue 15 §2 and §3: the prefecture picks a county and compares its counties; the public page names its
// county and sums what is published before the cards; the performance section's ledger filters by year,
// section and unit in the address and shows the red flags' proposed cuts; a grade never moves the year.

const NEIGHBOUR = { code: '652899', name: '测试邻县' };
const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).innerText();

describe('county views', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launch();
    // A second county under the prefecture: one unit, one 2023 project reported in August with an open
    // yellow flag. Deleted in afterAll (the 2023 figures other tests read are the demo county's). Its section
    // and unit reuse the demo county's codes (教科文科 sec-jkw, 尉犁县教育局 jyj): codes are unique per county only.
    await onDatabase(databaseUrl, async (db) => {
      const { rows: r } = await db.query(
        `INSERT INTO region (parent_id, code, name, level, path)
         SELECT p.id, $1, $2, 'COUNTY', p.path FROM region p WHERE p.code = '652800' RETURNING id`,
        [NEIGHBOUR.code, NEIGHBOUR.name],
      );
      const id = r[0].id;
      await db.query(`UPDATE region SET path = path || id || '/' WHERE id = $1`, [id]);
      const { rows: s } = await db.query(
        `INSERT INTO section (region_id, code, name, kind) VALUES ($1, 'sec-jkw', '邻县业务科', 'BUSINESS') RETURNING id`,
        [id],
      );
      const { rows: u } = await db.query(
        `INSERT INTO unit (region_id, code, name, supervising_section_id) VALUES ($1, 'jyj', '邻县教育局', $2) RETURNING id`,
        [id, s[0].id],
      );
      const { rows: p } = await db.query(
        `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
         VALUES ($1, 2023, $2, 'GENERAL_PUBLIC', 'E2E-LX-2023', '邻县项目', 1000000, 'RECURRING', '2023-01-01', 'APPROVED') RETURNING id`,
        [id, u[0].id],
      );
      const { rows: c } = await db.query(
        `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
         VALUES ($1, 2023, 8, 'PROJECT', '2023-08-31', '2023-09-10', 'CONFIRMED') RETURNING id`,
        [id],
      );
      await db.query(
        `INSERT INTO monitoring_report (project_id, checkpoint_id, budget, executed, status, failed)
         VALUES ($1, $2, 1000000, 250000, 'CONFIRMED', true)`,
        [p[0].id, c[0].id],
      );
      await db.query(
        `INSERT INTO flag (project_id, raised_checkpoint_id, level, status, deadline) VALUES ($1, $2, 'YELLOW', 'OPEN', '2023-10-31')`,
        [p[0].id, c[0].id],
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      const region = `(SELECT id FROM region WHERE code = '${NEIGHBOUR.code}')`;
      await db.query(`DELETE FROM flag WHERE project_id IN (SELECT id FROM project WHERE region_id = ${region})`);
      await db.query(
        `DELETE FROM monitoring_report WHERE project_id IN (SELECT id FROM project WHERE region_id = ${region})`,
      );
      await db.query(`DELETE FROM monitoring_checkpoint WHERE region_id = ${region}`);
      await db.query(`DELETE FROM project WHERE region_id = ${region}`);
      await db.query(`DELETE FROM unit WHERE region_id = ${region}`);
      await db.query(`DELETE FROM section WHERE region_id = ${region}`);
      await db.query(`DELETE FROM region WHERE code = '${NEIGHBOUR.code}'`);
    });
  });

  it('lets the prefecture compare its counties and pick one: every panel then shows that county, named in the subtitle', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'prefecture');
    const table = page.locator('[data-testid="county-comparison"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2);
    const d = await api<{
      countyComparison: {
        regionCode: string;
        regionName: string;
        projectCount: number;
        openYellow: number;
        medium: number;
        poor: number;
      }[];
    }>(page, baseUrl, `{ countyComparison(year: 2023) { regionCode regionName projectCount openYellow medium poor } }`);
    expect(d.countyComparison.map((c) => c.regionName)).toEqual(['尉犁县', NEIGHBOUR.name]);
    for (const [i, c] of d.countyComparison.entries()) {
      const row = await table.locator('tbody tr').nth(i).innerText();
      expect(row).toContain(c.regionName);
      expect(row).toContain(String(c.projectCount));
      expect(row).toContain(`${c.medium} / ${c.poor}`);
    }
    expect(await text(page, 'page-subtitle')).toContain('所辖 2 个县');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/322\s*个/);
    await screenshot(page, 'prefecture-counties');

    // The picker: the county's figures alone, its name in the subtitle, the choice in the address.
    await page.selectOption('[data-testid="county-picker"]', '652823');
    await expect.poll(() => text(page, 'page-subtitle'), { timeout: 30_000 }).toContain('尉犁县 · 2023 年度');
    expect(address(page).query.get('county')).toBe('652823');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/321\s*个/);
    expect(await kpi(page, 'budget')).toMatch(/6\.45\s*亿元/);

    // A county's name in the comparison picks it too.
    await page.click(`[data-testid="county-link-${NEIGHBOUR.code}"]`);
    await expect.poll(() => text(page, 'page-subtitle'), { timeout: 30_000 }).toContain(NEIGHBOUR.name);
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/^[^\d]*1\s*个/);
    await expect.poll(() => kpi(page, 'yellow'), { timeout: 30_000 }).toMatch(/\b1\b/);
    await screenshot(page, 'prefecture-county-picked');

    // In English the counties with an English name are named in English; a county without one keeps its name.
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => table.locator('tbody tr').nth(0).innerText(), { timeout: 30_000 }).toContain('Yuli County');
    expect(await table.locator('tbody tr').nth(1).innerText()).toContain(NEIGHBOUR.name);
    expect(await page.locator('[data-testid="county-picker"] option[value="652823"]').innerText()).toBe('Yuli County');
    await page.selectOption('[data-testid="county-picker"]', '652823');
    await expect.poll(() => text(page, 'page-subtitle'), { timeout: 30_000 }).toContain('Yuli County');
    expect(await text(page, 'viewer')).toContain('Bayingolin Mongol Autonomous Prefecture');
    expect(await page.locator('[data-testid="viewer-scope"]').getAttribute('title')).toContain(
      'every county below Bayingolin Mongol Autonomous Prefecture',
    );
    await screenshot(page, 'prefecture-county-picked-en');
    expect(jsErrors(page)).toEqual([]);
  });

  it('names a section clicked at the prefecture by its code qualified by its county, and clearing it restores every county', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'prefecture');
    await chartsRendered(page, 6);
    const picker = page.locator('[data-testid="county-picker"]');
    const figures = () => Promise.all(['projects', 'budget', 'yellow', 'red'].map((k) => kpi(page, k)));
    const sorted = (q: URLSearchParams) => [...q.entries()].sort().map(([k, v]) => `${k}=${v}`);
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/322\s*个/);
    const before = { figures: await figures(), path: address(page).path, query: sorted(address(page).query) };
    expect(await picker.inputValue()).toBe('');

    // Every county: the neighbour's section shares 教科文科's code; clicking it names it with its county
    // (?section=652899.sec-jkw) and leaves the picker on every county.
    await pressChartKey(page, 'panel-execution-by-section', '邻县业务科');
    await page.waitForSelector('[data-testid="chip-section"]');
    expect(address(page).query.get('section')).toBe(`${NEIGHBOUR.code}.sec-jkw`);
    expect(address(page).query.get('county')).toBeNull();
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/^[^\d]*1\s*个/);
    await expect.poll(() => kpi(page, 'yellow'), { timeout: 30_000 }).toMatch(/\b1\b/);
    expect(await picker.inputValue()).toBe('');
    expect(await text(page, 'page-subtitle')).toContain('所辖 2 个县');
    // The chip names the section and its county.
    await expect
      .poll(() => page.locator('[data-testid="chip-section"]').innerText(), { timeout: 30_000 })
      .toContain(`邻县业务科（${NEIGHBOUR.name}）`);
    await screenshot(page, 'prefecture-section-chip');
    // A briefing of the page names the county whose figures it shows.
    expect((await download(page, '', 'export-briefing-png')).name).toBe(`汇报材料-${NEIGHBOUR.name}-2023.png`);
    // A reload, or the link shared, shows the same.
    await page.reload();
    await page.waitForSelector('[data-testid="chip-section"]');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/^[^\d]*1\s*个/);
    expect(await picker.inputValue()).toBe('');

    // Clearing the chip returns to where the click was made: every county, the same figures, the same address.
    await page.click('[data-testid="chip-section"]');
    await page.waitForSelector('[data-testid="filter-hint"]');
    await expect.poll(figures, { timeout: 30_000 }).toEqual(before.figures);
    expect(await picker.inputValue()).toBe('');
    expect(address(page).path).toBe(before.path);
    expect(sorted(address(page).query)).toEqual(before.query);

    // Older addresses still open: the county beside the plain code picks it; the same code in 尉犁县 is 教科文科's
    // 80 projects.
    await page.goto(`/overview?section=sec-jkw&county=${NEIGHBOUR.code}`);
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/^[^\d]*1\s*个/);
    expect(await picker.inputValue()).toBe(NEIGHBOUR.code);
    await page.goto('/overview?county=652823&section=sec-jkw');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);
    await page.goto('/overview?section=652823.sec-jkw');
    await expect.poll(() => kpi(page, 'projects'), { timeout: 30_000 }).toMatch(/80\s*个/);
    expect(await picker.inputValue()).toBe('');

    // Drilling into the neighbour's section, then its unit, qualifies their codes the same way:
    // /overview/section/652899.sec-jkw, then /overview/unit/652899.jyj, with no county picked.
    await page.goto(`/overview?section=${NEIGHBOUR.code}.sec-jkw`);
    await page.click('[data-testid="drill-section"]');
    await page.waitForURL(new RegExp(`/overview/section/${NEIGHBOUR.code}\\.sec-jkw`), { timeout: 30_000 });
    expect(address(page).query.get('county')).toBeNull();
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"]').innerText(), { timeout: 30_000 })
      .toContain(`邻县业务科（${NEIGHBOUR.name}）`);
    await pressChartKey(page, 'panel-execution-by-unit', '邻县教育局');
    await page.waitForSelector('[data-testid="drill-project-table"] [data-testid="project-rows"][data-status="ready"]');
    expect(address(page).path).toBe(`/overview/unit/${NEIGHBOUR.code}.jyj`);
    expect(address(page).query.get('county')).toBeNull();
    expect(await page.locator('[data-testid="drill-project-table"] tbody tr').count()).toBe(1);
    // The unit's section crumb leads back to the qualified section; the root to every county.
    const crumbs = page.locator('[data-testid="breadcrumb"] a');
    await expect.poll(() => crumbs.count(), { timeout: 30_000 }).toBe(2);
    expect(await crumbs.nth(1).getAttribute('href')).toBe(`/overview/section/${NEIGHBOUR.code}.sec-jkw`);
    expect(await crumbs.nth(0).getAttribute('href')).toBe('/overview');
    // The older drill address with the county beside the code still opens.
    await page.goto(`/overview/section/sec-jkw?county=${NEIGHBOUR.code}`);
    await pressChartKey(page, 'panel-execution-by-unit', '邻县教育局');
    await page.waitForSelector('[data-testid="drill-project-table"] [data-testid="project-rows"][data-status="ready"]');
    expect(address(page).path).toBe('/overview/unit/jyj');
    expect(address(page).query.get('county')).toBe(NEIGHBOUR.code);
    expect(await page.locator('[data-testid="drill-project-table"] tbody tr').count()).toBe(1);
    expect(jsErrors(page)).toEqual([]);
  });

  it('keeps the county the prefecture picked when it opens a project or a list, and names it there', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'prefecture');
    const listCount = async () => {
      const panel = page.locator('[data-testid="project-list"]');
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toMatch(/共\s*[\d,]+\s*个项目/);
      return Number(/共\s*([\d,]+)\s*个项目/.exec(await panel.innerText())![1]!.replace(/,/g, ''));
    };
    await page.goto('/overview?county=652823');
    await page.locator('[data-testid="panel-cockpit-cuts"][data-status="ready"]').waitFor({ timeout: 30_000 });

    // A number of the county's cockpit opens the county's rows: the list keeps the county and names it.
    const poor = page.locator('[data-testid="cuts-grade-POOR"]');
    const expected = Number(await poor.getAttribute('data-count'));
    await poor.click();
    await page.waitForURL(/\/projects\?/, { timeout: 30_000 });
    expect(address(page).query.get('county')).toBe('652823');
    expect(await listCount()).toBe(expected);
    expect(await text(page, 'page-subtitle')).toContain('尉犁县');
    // Without the county the neighbour's 2023 project counts too: the county is what narrows the list.
    const inCounty = await api<{ projects: { totalCount: number } }>(
      page,
      baseUrl,
      `{ projects(first: 1, filter: { year: 2023, regionCode: "652823" }) { totalCount } }`,
    );
    await page.goto('/projects?year=2023&county=652823');
    expect(await listCount()).toBe(inCounty.projects.totalCount);
    await page.goto('/projects?year=2023');
    expect(await listCount()).toBe(inCounty.projects.totalCount + 1);

    // A project opened from the county's cockpit keeps the county in its address, names it, and leads back to it.
    await page.goto('/overview?county=652823');
    const project = page.locator('[data-testid="cuts-ranking"] tbody a').first();
    await project.waitFor({ timeout: 30_000 });
    await project.click();
    await page.waitForURL(/\/projects\/[^?]+\?county=652823/, { timeout: 30_000 });
    await page.locator('[data-testid="project-detail"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => text(page, 'page-subtitle'), { timeout: 30_000 }).toMatch(/^尉犁县 · /);
    expect(await page.locator('[data-testid="breadcrumb"] a').first().getAttribute('href')).toContain('county=652823');
    await screenshot(page, 'prefecture-project-in-county');

    // The same project opened with no county picked: its way back names the section and the unit by code qualified
    // by the project's county (a code names a unit only within its county), picks no county, and leads to that
    // unit's rows.
    const projectPath = address(page).path;
    const own = await api<{ node: { unit: { code: string; name: string; section: { code: string } } } }>(
      page,
      baseUrl,
      `query($id: ID!) { node(id: $id) { ... on Project { unit { code name section { code } } } } }`,
      { id: decodeURIComponent(projectPath.split('/').pop()!) },
    );
    await page.goto(projectPath);
    await page.locator('[data-testid="project-detail"]').waitFor({ timeout: 30_000 });
    const crumbs = page.locator('[data-testid="breadcrumb"] a');
    await expect.poll(() => crumbs.count(), { timeout: 30_000 }).toBe(3);
    const sectionHref = new URL((await crumbs.nth(1).getAttribute('href'))!, baseUrl);
    const unitHref = new URL((await crumbs.nth(2).getAttribute('href'))!, baseUrl);
    expect(sectionHref.pathname).toBe(`/overview/section/652823.${own.node.unit.section.code}`);
    expect(unitHref.pathname).toBe(`/overview/unit/652823.${own.node.unit.code}`);
    expect(sectionHref.searchParams.get('county')).toBeNull();
    expect(unitHref.searchParams.get('county')).toBeNull();
    await crumbs.nth(2).click();
    await page.waitForURL(new RegExp(`/overview/unit/652823\\.${own.node.unit.code}`), { timeout: 30_000 });
    await expect
      .poll(() => page.locator('[data-testid="breadcrumb"]').innerText(), { timeout: 30_000 })
      .toContain(own.node.unit.name);

    // Readable, shareable addresses: the county, a unit and a grade by code and label; an old id address still works.
    const d = await api<{
      projects: { totalCount: number; edges: { node: { unit: { id: string; code: string } } }[] };
    }>(
      page,
      baseUrl,
      `{ projects(first: 1, filter: { year: 2022, grade: POOR, regionCode: "652823" }) { totalCount edges { node { unit { id code } } } } }`,
    );
    const unit = d.projects.edges[0]!.node.unit;
    const byId = await api<{ projects: { totalCount: number } }>(
      page,
      baseUrl,
      `query($u: ID) { projects(first: 1, filter: { year: 2022, grade: POOR, unitId: $u }) { totalCount } }`,
      { u: unit.id },
    );
    expect(byId.projects.totalCount).toBeGreaterThan(0);
    await page.goto(`/projects?year=2022&county=652823&unit=${unit.code}&grade=${encodeURIComponent('差')}`);
    expect(await listCount()).toBe(byId.projects.totalCount);
    expect(await page.locator('[data-testid="filter-unit"]').inputValue()).toBe(unit.code);
    await screenshot(page, 'prefecture-readable-url');
    await page.goto(`/projects?year=2022&county=652823&unit=${unit.id}&grade=POOR`);
    expect(await listCount()).toBe(byId.projects.totalCount);
    await page.click('[data-testid="lang-en"]');
    await page.goto('/projects?year=2023&county=652823');
    await expect.poll(() => text(page, 'page-subtitle'), { timeout: 30_000 }).toContain('Yuli County');
    await screenshot(page, 'prefecture-list-in-county-en');
    expect(jsErrors(page)).toEqual([]);
  });

  it('keeps every panel on the page’s year after 差 is chosen, and each subtitle names it', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await chartsRendered(page, 6);
    await pressChartKey(page, 'panel-grade-distribution', '差');
    await page.waitForSelector('[data-testid="chip-grade"]');
    await page.locator('[data-testid="panel-cockpit-cuts"][data-status="ready"]').waitFor({ timeout: 30_000 });
    await chartsRendered(page, 6);
    expect(await text(page, 'page-subtitle')).toContain('2023 年度');
    const subtitles = await page.locator('.jx-panel__subtitle').allInnerTexts();
    expect(subtitles.length).toBeGreaterThanOrEqual(8);
    for (const s of subtitles) expect(s, s).toContain('2023');
    // None of the budget-year panels moved to 2022.
    expect(await text(page, 'panel-execution-checkpoints')).toContain('2023 年与上年');
    expect(await kpi(page, 'projects')).toMatch(/321\s*个/);
    await screenshot(page, 'year-stays-after-grade');
    expect(jsErrors(page)).toEqual([]);
  });

  it('names the county on the public page, in Chinese and English, and sums what is published before the cards', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/public?year=2022');
    await page.locator('[data-testid="public-summary"]').waitFor({ timeout: 30_000 });
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ publicSummary(year: 2022) { county { name } projectCount evaluatedCount excellent good medium poor mediumOrPoor { code } } }`,
      }),
    });
    const s = ((await res.json()) as { data: { publicSummary: Record<string, any> } }).data.publicSummary;
    expect(await text(page, 'public-title')).toBe('尉犁县2022 年度预算绩效信息公开');
    expect(await text(page, 'public-kpi-projects')).toContain(formatCount(s.projectCount));
    expect(await text(page, 'public-kpi-evaluated')).toContain(formatCount(s.evaluatedCount));
    expect(await text(page, 'public-kpi-grades')).toContain(`${s.excellent} / ${s.good} / ${s.medium} / ${s.poor}`);
    expect(s.medium + s.poor).toBeGreaterThan(0);
    await page.click('[data-testid="public-medium-poor"] summary');
    expect(await page.locator('[data-testid="public-medium-poor"] tbody tr').count()).toBe(s.mediumOrPoor.length);
    // The summary comes before the cards.
    const summaryBox = (await page.locator('[data-testid="public-summary"]').boundingBox())!;
    const listBox = (await page.locator('[data-testid="public-disclosures"]').boundingBox())!;
    expect(summaryBox.y).toBeLessThan(listBox.y);
    await screenshot(page, 'public-summary');
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => text(page, 'public-title')).toBe('Budget performance disclosure of Yuli County, 2022');
    expect(await text(page, 'public-summary')).toContain('Projects with published targets');
    await screenshot(page, 'public-summary-en');
    expect(jsErrors(page)).toEqual([]);
  });

  it('filters the county ledger by year, section and unit in the address, and shows the proposed cuts', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    const ledger = page.locator('[data-testid="county-ledger"]');
    await ledger.locator('[data-testid="flag-rows"] tbody tr').first().waitFor({ timeout: 30_000 });
    const count = async () => {
      const m = /共\s*([\d,]+)\s*条/.exec(await ledger.locator('.jx-panel__subtitle').innerText());
      return m ? Number(m[1]!.replace(/,/g, '')) : -1;
    };
    await page.selectOption('[data-testid="ledger-year"]', '2023');
    await expect.poll(() => address(page).query.get('year')).toBe('2023');
    const y = await api<{ flags: { totalCount: number } }>(
      page,
      baseUrl,
      `{ flags(first: 1, filter: { year: 2023, status: OPEN }) { totalCount } }`,
    );
    await expect.poll(count, { timeout: 30_000 }).toBe(y.flags.totalCount);
    expect(await ledger.locator('.jx-panel__subtitle').innerText()).toContain('2023 年度预算项目');

    // A section, then one of its units: the address names them by code (readable, shareable; issue 15).
    const sections = await api<{ sections: { id: string; code: string; name: string; kind: string }[] }>(
      page,
      baseUrl,
      `{ sections { id code name kind } }`,
    );
    let picked: { section: string; unit: string; unitId: string; total: number } | null = null;
    for (const s of sections.sections.filter((x) => x.kind === 'BUSINESS')) {
      const f = await api<{
        flags: { totalCount: number; edges: { node: { project: { unit: { id: string; code: string } } } }[] };
      }>(
        page,
        baseUrl,
        `query($s: ID) { flags(first: 1, filter: { year: 2023, status: OPEN, sectionId: $s }) { totalCount edges { node { project { unit { id code } } } } } }`,
        { s: s.id },
      );
      if (f.flags.totalCount > 0) {
        const unit = f.flags.edges[0]!.node.project.unit;
        picked = { section: s.code, unit: unit.code, unitId: unit.id, total: f.flags.totalCount };
        break;
      }
    }
    expect(picked).not.toBeNull();
    await page.selectOption('[data-testid="ledger-section"]', picked!.section);
    await expect.poll(() => address(page).query.get('section')).toBe(picked!.section);
    await expect.poll(count, { timeout: 30_000 }).toBe(picked!.total);
    await page.selectOption('[data-testid="ledger-unit"]', picked!.unit);
    await expect.poll(() => address(page).query.get('unit')).toBe(picked!.unit);
    const u = await api<{ flags: { totalCount: number } }>(
      page,
      baseUrl,
      `query($u: ID) { flags(first: 1, filter: { year: 2023, status: OPEN, unitId: $u }) { totalCount } }`,
      { u: picked!.unitId },
    );
    await expect.poll(count, { timeout: 30_000 }).toBe(u.flags.totalCount);
    // A reload keeps the filters (they live in the address).
    await page.reload();
    await expect.poll(count, { timeout: 30_000 }).toBe(u.flags.totalCount);
    expect(await page.locator('[data-testid="ledger-unit"]').inputValue()).toBe(picked!.unit);
    // An older address with the unit's id still filters the same way and shows the unit picked.
    await page.goto(`/performance?year=2023&unit=${picked!.unitId}`);
    await expect.poll(count, { timeout: 30_000 }).toBe(u.flags.totalCount);

    // The red flags carry the server's proposed cut (funds not yet spent), shown in 建议压减.
    await page.goto('/performance?year=2023&level=RED&status=all');
    await ledger.locator('[data-testid="flag-rows"] tbody tr').first().waitFor({ timeout: 30_000 });
    const red = await api<{ flags: { edges: { node: { proposedReduction: string | null } }[] } }>(
      page,
      baseUrl,
      `{ flags(first: 20, filter: { year: 2023, level: RED }) { edges { node { proposedReduction } } } }`,
    );
    expect(red.flags.edges.length).toBeGreaterThan(0);
    expect(red.flags.edges.every((e) => e.node.proposedReduction !== null)).toBe(true);
    // Polled: the rows of the address before it (all levels, some without a cut) may still be on screen.
    const cells = () => ledger.locator('[data-testid="flag-rows"] tbody tr td:last-child').allInnerTexts();
    await expect
      .poll(async () => (await cells()).length > 0 && (await cells()).every((c) => /\d/.test(c)), { timeout: 30_000 })
      .toBe(true);
    await screenshot(page, 'ledger-filters');
    expect(jsErrors(page)).toEqual([]);
  });
});
