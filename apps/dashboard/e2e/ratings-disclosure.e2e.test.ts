import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { horizontalOverflow, jsErrors, launch, loginAs, newPage, screenshot as save } from './support/browser.js';
import { api } from './support/api.js';

// DOMAIN.md steps 6 and 7: the performance section rates the third-party agencies of a year (satisfaction
// entered, the rest from their work) and publishes the ratings; the public page shows what is disclosed
// to anyone, with no session. The demo's 2022 and 2023 ratings are published and cannot be computed
// again, and only 2022–2024 have rules: 2024, which no other browser test rates, is the year rated here.

const YEAR = 2024;

interface AgencyInfo {
  id: string;
  code: string;
  name: string;
  ratings: { year: number; published: boolean }[];
}

interface RatingRow {
  agencyId: string;
  quantity: number;
  quality: number;
  effect: number;
  satisfaction: number;
  score: number;
  rating: string;
}

interface PublicNode {
  code: string;
  name: string;
  unitName: string;
  evaluations: { kind: string; score: number | null; grade: string | null; publishedOn: string }[];
}

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

/** Asks the API with no session at all, as a member of the public. */
async function anonymous<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data: T; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

const PUBLIC_PAGE = `query ($year: Int!, $after: String) { publicDisclosures(year: $year, first: 100, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { code name unitName evaluations { kind score grade publishedOn } } } } }`;

/** Every project disclosed for a year, in the API's order. */
async function allDisclosed(baseUrl: string, year: number): Promise<{ totalCount: number; nodes: PublicNode[] }> {
  const nodes: PublicNode[] = [];
  let after: string | null = null;
  let totalCount: number;
  for (;;) {
    const data: {
      publicDisclosures: {
        totalCount: number;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        edges: { node: PublicNode }[];
      };
    } = await anonymous(baseUrl, PUBLIC_PAGE, { year, after });
    totalCount = data.publicDisclosures.totalCount;
    nodes.push(...data.publicDisclosures.edges.map((e) => e.node));
    if (!data.publicDisclosures.pageInfo.hasNextPage) break;
    after = data.publicDisclosures.pageInfo.endCursor;
  }
  return { totalCount, nodes };
}

/** The codes of the project cards on screen, in order. */
async function cardCodes(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid="public-list"] article')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^public-project-/, ''));
}

describe('agency ratings and the public disclosure page', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the performance section enter satisfaction, compute the year’s agency ratings and publish them', async () => {
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const { agencies } = await api<{ agencies: AgencyInfo[] }>(
      pes,
      baseUrl,
      'query { agencies { id code name ratings { year published } } }',
    );
    expect(agencies.length).toBeGreaterThan(1);
    expect(agencies.every((a) => !a.ratings.some((r) => r.year === YEAR))).toBe(true);

    await pes.goto('/work?tab=agency-ratings');
    await pes.waitForSelector('[data-testid="panel-agency-ratings"][data-status="ready"]');
    expect(await pes.locator('[data-testid="ratings-state"]').getAttribute('data-state')).toBe('none');
    expect(await pes.locator('[data-testid="ratings-rules"]').innerText()).toContain('A ≥ 90');
    expect(await pes.locator('[data-testid="ratings-table"] tbody tr').count()).toBe(agencies.length);

    // One satisfaction out of range: the error shows at that agency, nothing is computed.
    const satisfaction = agencies.map((_, i) => [96, 88.5, 81, 77.25, 66, 58][i % 6]!);
    const bad = agencies[1]!;
    for (const [i, a] of agencies.entries())
      await pes.fill(`[data-testid="ratings-satisfaction-${a.code}"]`, a === bad ? '150' : String(satisfaction[i]));
    await pes.click('[data-testid="ratings-compute"]');
    const error = pes.locator(`[data-testid="ratings-error-${bad.code}"]`);
    await error.waitFor();
    expect(await error.innerText()).toContain('0–100');
    expect(await pes.locator(`[data-testid="ratings-satisfaction-${bad.code}"]`).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await pes.locator('[data-testid^="ratings-error-"]').count()).toBe(1);
    // The server holds the same rule: 150 is refused there too, and no rating was written.
    const refused = api(
      pes,
      baseUrl,
      'mutation ($y: Int!, $s: [AgencySatisfactionInput!]!) { computeAgencyRatings(year: $y, satisfaction: $s) }',
      {
        y: YEAR,
        s: agencies.map((a, i) => ({ agencyId: a.id, satisfaction: a === bad ? 150 : satisfaction[i] })),
      },
    );
    await expect(refused).rejects.toThrow(/BAD_USER_INPUT/);
    expect(
      (await api<{ agencyRatings: RatingRow[] }>(pes, baseUrl, `query { agencyRatings(year: ${YEAR}) { agencyId } }`))
        .agencyRatings,
    ).toEqual([]);
    await screenshot(pes, 'ratings-invalid');

    // Corrected and computed: each agency's score and rating are those the API now holds.
    await pes.fill(`[data-testid="ratings-satisfaction-${bad.code}"]`, String(satisfaction[1]));
    await pes.click('[data-testid="ratings-compute"]');
    await toast(pes, `已计算 ${agencies.length} 家机构的 ${YEAR} 年度评级`);
    await pes.locator('[data-testid="ratings-state"][data-state="computed"]').waitFor();
    expect(await pes.locator('[data-testid^="ratings-error-"]').count()).toBe(0);
    const { agencyRatings } = await api<{ agencyRatings: RatingRow[] }>(
      pes,
      baseUrl,
      `query { agencyRatings(year: ${YEAR}) { agencyId quantity quality effect satisfaction score rating } }`,
    );
    expect(agencyRatings).toHaveLength(agencies.length);
    for (const [i, a] of agencies.entries()) {
      const row = agencyRatings.find((r) => r.agencyId === a.id)!;
      expect(row.satisfaction, a.code).toBe(satisfaction[i]);
      expect(await pes.locator(`[data-testid="ratings-score-${a.code}"]`).innerText(), a.code).toBe(
        row.score.toFixed(2),
      );
      expect(await pes.locator(`[data-testid="ratings-rating-${a.code}"]`).getAttribute('data-rating'), a.code).toBe(
        row.rating,
      );
      const cells = await pes.locator('[data-testid="ratings-table"] tbody tr').nth(i).locator('td').allInnerTexts();
      expect(cells.slice(2, 5), a.code).toEqual([row.quantity, row.quality, row.effect].map((v) => v.toFixed(2)));
    }
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'ratings-computed');

    // A score retyped after computing must be computed again before anything is published.
    const first = agencies[0]!;
    await pes.fill(`[data-testid="ratings-satisfaction-${first.code}"]`, '70');
    expect(await pes.locator('[data-testid="ratings-publish"]').isDisabled()).toBe(true);
    await pes.locator('[data-testid="ratings-changed"]').waitFor();
    await pes.fill(`[data-testid="ratings-satisfaction-${first.code}"]`, String(satisfaction[0]));
    expect(await pes.locator('[data-testid="ratings-publish"]').isEnabled()).toBe(true);

    // Published after a confirmation: every rating of the year is public, and nothing can be typed any more.
    await pes.click('[data-testid="ratings-publish"]');
    await pes.locator('[data-testid="ratings-publish-confirm"]').waitFor();
    await screenshot(pes, 'ratings-publish-confirm');
    await pes.click('[data-testid="ratings-publish-yes"]');
    await toast(pes, `已公布 ${agencies.length} 家机构的 ${YEAR} 年度评级`);
    await pes.locator('[data-testid="ratings-state"][data-state="published"]').waitFor();
    expect(await pes.locator('[data-testid="ratings-table"] input').count()).toBe(0);
    expect(await pes.locator('[data-testid="ratings-compute"]').count()).toBe(0);
    const after = await api<{ agencies: AgencyInfo[]; agencyRatings: RatingRow[] }>(
      pes,
      baseUrl,
      `query { agencies { id code name ratings { year published } } agencyRatings(year: ${YEAR}) { agencyId quantity quality effect satisfaction score rating } }`,
    );
    expect(after.agencies.map((a) => a.ratings.filter((r) => r.year === YEAR).map((r) => r.published))).toEqual(
      agencies.map(() => [true]),
    );
    expect(after.agencyRatings).toEqual(agencyRatings);
    await screenshot(pes, 'ratings-published');

    await pes.click('[data-testid="lang-en"]');
    await pes.locator('[data-testid="ratings-state"]', { hasText: 'Published' }).waitFor();
    expect(await horizontalOverflow(pes)).toBeLessThanOrEqual(0);
    await screenshot(pes, 'ratings-published-en');
    expect(jsErrors(pes)).toEqual([]);
  });

  it('shows anyone the disclosed targets and evaluations with no session, never a classified unit’s', async () => {
    // The classified units and a project of theirs with approved targets (so the check below can fail).
    const pes = await newPage(browser, baseUrl);
    await loginAs(pes, 'pes');
    const { units } = await api<{ units: { edges: { node: { id: string; name: string; classified: boolean } }[] } }>(
      pes,
      baseUrl,
      'query { units(first: 100) { edges { node { id name classified } } } }',
    );
    const classified = units.edges.map((e) => e.node).filter((u) => u.classified);
    expect(classified.length).toBeGreaterThan(0);
    const approved = await api<{ projects: { totalCount: number } }>(
      pes,
      baseUrl,
      'query ($u: ID!) { projects(first: 1, filter: { year: 2022, unitId: $u, targetStatus: APPROVED }) { totalCount } }',
      { u: classified[0]!.id },
    );
    expect(approved.projects.totalCount).toBeGreaterThan(0);

    const disclosed = await allDisclosed(baseUrl, 2022);
    expect(disclosed.totalCount).toBeGreaterThan(10);
    expect(disclosed.nodes).toHaveLength(disclosed.totalCount);
    const classifiedNames = new Set(classified.map((u) => u.name));
    expect(disclosed.nodes.filter((n) => classifiedNames.has(n.unitName))).toEqual([]);

    // A visitor with no session: from the login page to 信息公开, every question asked without a token or cookie.
    const page = await newPage(browser, baseUrl);
    const asked: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/graphql')) asked.push(r);
    });
    await page.goto('/');
    await page.locator('[data-testid="login-public"]').waitFor();
    await screenshot(page, 'login-public-link');
    await page.click('[data-testid="login-public"]');
    await page.waitForSelector('[data-testid="public-disclosures"][data-status="ready"]');
    expect(new URL(page.url()).pathname).toBe('/public');
    expect(await page.locator('input[name="password"]').count()).toBe(0);

    await page.selectOption('[data-testid="year-picker"]', '2022');
    await page
      .locator('[data-testid="public-disclosures"] .jx-panel__header', {
        hasText: `共公开 ${disclosed.totalCount} 个项目`,
      })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('year')).toBe('2022');
    // The summary (issue 15) comes first; the cards follow it.
    await page.locator(`[data-testid="public-project-${disclosed.nodes[0]!.code}"]`).waitFor();
    expect(await cardCodes(page)).toEqual(disclosed.nodes.slice(0, 10).map((n) => n.code));
    // The first disclosed project with a published evaluation on this page shows its kind, score and grade.
    const evaluated = disclosed.nodes.slice(0, 10).find((n) => n.evaluations.length > 0)!;
    expect(evaluated).toBeDefined();
    const evalRows = await page
      .locator(`[data-testid="public-project-${evaluated.code}"] [data-testid="public-evaluations"] tbody tr`)
      .allInnerTexts();
    expect(evalRows).toHaveLength(evaluated.evaluations.length);
    const first = evaluated.evaluations[0]!;
    expect(evalRows[0]).toContain(first.score === null ? '—' : first.score.toFixed(2));
    expect(evalRows[0]).toContain(first.publishedOn);
    expect(
      await page.locator(`[data-testid="public-project-${evaluated.code}"] [data-testid="public-budget"]`).innerText(),
    ).toMatch(/^[\d,]+\.\d{2} 万元$/);
    // The targets open from the keyboard.
    await page.locator(`[data-testid="public-project-${evaluated.code}"] summary`).focus();
    await page.keyboard.press('Enter');
    expect(
      await page.locator(`[data-testid="public-project-${evaluated.code}"] details tbody tr`).count(),
    ).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'public-2022');

    await page.click('[data-testid="pager-next"]');
    await page.waitForFunction(
      (code) =>
        document.querySelector('[data-testid="public-list"] article')?.getAttribute('data-testid') ===
        `public-project-${code}`,
      disclosed.nodes[10]!.code,
    );
    expect(await cardCodes(page)).toEqual(disclosed.nodes.slice(10, 20).map((n) => n.code));
    const text = await page.locator('main').innerText();
    for (const name of classifiedNames) expect(text).not.toContain(name);

    await page.click('[data-testid="lang-en"]');
    await page.locator('h1', { hasText: /^Budget performance disclosure of .+, 2022$/ }).waitFor();
    expect(await page.locator('[data-testid="public-budget"]').first().innerText()).toMatch(/^¥/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'public-2022-en');

    // Searching by name and keeping projects with evaluation results: the server filters, the count follows.
    const searched = await anonymous<{ publicDisclosures: { totalCount: number } }>(
      baseUrl,
      'query { publicDisclosures(year: 2022, first: 1, search: "教育", withEvaluations: true) { totalCount } }',
    );
    expect(searched.publicDisclosures.totalCount).toBeGreaterThan(0);
    expect(searched.publicDisclosures.totalCount).toBeLessThan(disclosed.totalCount);
    await page.fill('[data-testid="public-search"]', '教育');
    await page.check('[data-testid="public-evaluated"]');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('q') === '教育' &&
        new URL(location.href).searchParams.get('evaluated') === '1',
    );
    await page
      .locator('[data-testid="public-disclosures"] .jx-panel__header', {
        hasText: `${searched.publicDisclosures.totalCount}`,
      })
      .waitFor();
    for (const card of await page.locator('[data-testid="public-list"] article').all()) {
      expect(await card.locator('[data-testid="public-evaluations"] tbody tr').count()).toBeGreaterThan(0);
      expect(await card.innerText()).toContain('教育');
    }

    expect(asked.length).toBeGreaterThan(1);
    for (const r of asked) {
      const headers = await r.allHeaders();
      expect(headers.authorization, r.url()).toBeUndefined();
      expect(headers.cookie, r.url()).toBeUndefined();
      expect(r.postData() ?? '').not.toMatch(/\bme\b|login/);
    }
    expect(jsErrors(page)).toEqual([]);

    // A browser still holding a colleague's session sends none of it from the public page either.
    const before = asked.length;
    await pes.goto('/public?year=2023');
    const fromPes: Request[] = [];
    pes.on('request', (r) => {
      if (r.url().includes('/graphql')) fromPes.push(r);
    });
    await pes.reload();
    await pes.waitForSelector('[data-testid="public-disclosures"][data-status="ready"]');
    expect(await pes.evaluate(() => localStorage.getItem('jixiao.token'))).toBeTruthy();
    expect(fromPes.length).toBeGreaterThan(0);
    for (const r of fromPes) expect((await r.allHeaders()).authorization, r.url()).toBeUndefined();
    expect(asked.length).toBe(before);
  });
});
