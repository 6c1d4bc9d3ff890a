import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './support/api.js';
import { jsErrors, kpi, launch, loginAs, newPage, pressChartKey, screenshot } from './support/browser.js';

// Issue 10: the cockpit's flag figures are the server's flagSummary; the browser never downloads the flag
// ledger (`flags`) to count them. Issue 15 §2: a grade (of the 2022 budget, evaluated in 2023) does not move
// the 2023 cockpit's flag figures to 2022: they stay the 2023 budget's, as the page says.

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

  it('sends no request for the flag ledger, and keeps the page year’s flagSummary when a grade is chosen', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await kpi(page, 'yellow');
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));

    await pressChartKey(page, 'panel-grade-distribution', '中');
    await page.waitForSelector('[data-testid="chip-grade"]');
    // The page's year is 2023, its latest checkpoint with reports the end of August.
    await expect.poll(() => kpi(page, 'yellow'), { timeout: 30_000 }).toContain('8月');
    const yellow = await kpi(page, 'yellow');
    const red = await kpi(page, 'red');

    const sent = graphqlBodies(requests);
    expect(sent.filter(asksLedger)).toEqual([]);
    // The detector itself recognises a ledger query.
    expect(asksLedger('query L { flags(first: 100) { totalCount } }')).toBe(true);

    const server = await api<{
      flagSummary: { yellow: number; red: number; newYellow: number; escalatedToRed: number };
    }>(page, baseUrl, `{ flagSummary(year: 2023, month: 8) { yellow red newYellow escalatedToRed } }`);
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
