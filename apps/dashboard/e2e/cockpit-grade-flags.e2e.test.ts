import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { jsErrors, kpi, launch, loginAs, newPage, pressChartKey, screenshot } from './support/browser.js';

// Issue 10: choosing a grade on the cockpit asks the server's flagSummary with the grade in its filter; the
// browser never downloads the flag ledger (`flags`) to count it, and shows exactly the server's counts.

/** The GraphQL documents a page sent, as text. */
function graphqlBodies(requests: Request[]): string[] {
  return requests
    .filter((r) => r.url().endsWith('/graphql') && r.method() === 'POST')
    .map((r) => {
      const body = JSON.parse(r.postData() ?? '{}') as { query?: string };
      return body.query ?? '';
    });
}

/** Whether a document asks for the flag ledger (the `flags` connection, aliased or not). */
const asksLedger = (query: string) => /(^|[\s{:])flags\s*(\(|\{)/.test(query);

describe('the grade on the cockpit', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends no request for the flag ledger, and shows the counts of flagSummary filtered by the grade', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await kpi(page, 'yellow');
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));

    await pressChartKey(page, 'panel-grade-distribution', '中');
    await page.waitForSelector('[data-testid="chip-grade"]');
    // The year evaluated on the 2023 cockpit is 2022, its latest checkpoint with reports the end of August.
    await expect.poll(() => kpi(page, 'yellow'), { timeout: 30_000 }).toContain('8月');
    const yellow = await kpi(page, 'yellow');
    const red = await kpi(page, 'red');

    const sent = graphqlBodies(requests);
    expect(sent.some((q) => /flagSummary/.test(q))).toBe(true);
    expect(sent.filter(asksLedger)).toEqual([]);
    // The detector itself recognises a ledger query.
    expect(asksLedger('query L { flags(first: 100) { totalCount } }')).toBe(true);

    const server = await api<{
      flagSummary: { yellow: number; red: number; newYellow: number; escalatedToRed: number };
    }>(
      page,
      baseUrl,
      `{ flagSummary(year: 2022, month: 8, filter: { grade: MEDIUM }) { yellow red newYellow escalatedToRed } }`,
    );
    const all = await api<{ flagSummary: { yellow: number } }>(
      page,
      baseUrl,
      `{ flagSummary(year: 2022, month: 8) { yellow } }`,
    );
    // The grade narrows: the figures are the graded projects', not the year's.
    expect(all.flagSummary.yellow).toBeGreaterThan(server.flagSummary.yellow);
    const figure = (text: string) =>
      Number(
        text
          .split('\n')
          .find((l) => /^\d[\d,]*$/.test(l.trim()))!
          .replace(/,/g, ''),
      );
    expect(figure(yellow)).toBe(server.flagSummary.yellow);
    expect(figure(red)).toBe(server.flagSummary.red);
    expect(yellow).toContain(String(server.flagSummary.newYellow));
    expect(red).toContain(String(server.flagSummary.escalatedToRed));
    await screenshot(page, 'cockpit-grade-flags');
    expect(jsErrors(page)).toEqual([]);
  });
});
