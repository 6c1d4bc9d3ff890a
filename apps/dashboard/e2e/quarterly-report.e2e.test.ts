import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onDatabase } from '@jixiao/server/testing';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §3: the performance section's 季度上报 tab assembles 2023's first quarter from the data, sends it
// with its text; the prefecture picks the county, reads it and returns it with a comment, which the county
// then sees. The database is shared by the browser tests: the report made here is deleted afterwards.

describe('季度上报: the county sends, the prefecture returns', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launch();
    await onDatabase(databaseUrl, (db) => db.query(`DELETE FROM quarterly_report WHERE year = 2023 AND quarter = 1`));
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(databaseUrl, async (db) => {
      await db.query(
        `DELETE FROM audit_log WHERE entity = 'QuarterlyReport'
           AND entity_id IN (SELECT id::text FROM quarterly_report WHERE year = 2023 AND quarter = 1)`,
      );
      await db.query(`DELETE FROM quarterly_report WHERE year = 2023 AND quarter = 1`);
    });
  });

  it('assembles, sends, is returned with a comment; both sides see the history, in Chinese and English', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'pes');
    await page.goto('/?tab=quarterly');
    const panel = page.locator('[data-testid="panel-quarterly-submit"]');
    await panel.waitFor();
    await page.selectOption('[data-testid="quarterly-year"]', '2023');
    await page.selectOption('[data-testid="quarterly-quarter"]', '1');
    await page.click('[data-testid="quarterly-assemble"]');
    const self = page.locator('[data-testid="quarterly-draft-evaluations-SELF"]');
    await self.waitFor({ timeout: 20_000 });
    // The 257 self-evaluations of 2022 were finished by 20 March 2023.
    expect(await self.innerText()).toContain('257 个');
    expect(await page.locator('[data-testid="quarterly-draft-targets"]').innerText()).toContain('321 个项目');
    await page.fill('[data-testid="quarterly-text"]', '一季度完成2022年度项目单位自评257个。');
    await page.click('[data-testid="quarterly-submit"]');
    const card = page.locator('[data-testid="quarterly-report-2023-1"]');
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 20_000 }).toBe('SUBMITTED');
    expect(await page.locator('[data-testid="quarterly-history-2023-1"]').innerText()).toContain('上报');
    await screenshot(page, 'quarterly-report');
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('Quarterly report to the prefecture');
    expect(await page.locator('[data-testid="quarterly-status-2023-1"]').innerText()).toBe('Sent');
    await screenshot(page, 'quarterly-report-en');
    await page.click('[data-testid="lang-zh"]');
    expect(jsErrors(page)).toEqual([]);

    // The prefecture picks the county and returns the report with a comment.
    const upper = await newPage(browser, baseUrl);
    await loginAs(upper, 'prefecture');
    await upper.goto('/overview');
    const received = upper.locator('[data-testid="panel-quarterly-received"]');
    await received.waitFor({ timeout: 20_000 });
    const county = await upper.locator('[data-testid="quarterly-county"] option').nth(1).getAttribute('value');
    await upper.selectOption('[data-testid="quarterly-county"]', county!);
    const theirs = upper.locator('[data-testid="quarterly-report-2023-1"]');
    await expect.poll(() => theirs.getAttribute('data-status'), { timeout: 20_000 }).toBe('SUBMITTED');
    expect(await theirs.innerText()).toContain('一季度完成2022年度项目单位自评257个。');
    // An empty comment is refused by the server, named at the field.
    await upper.click('[data-testid="quarterly-return-2023-1"]');
    await upper.locator('[data-testid="field-error-comment"]').waitFor();
    await upper.fill('[data-testid="quarterly-comment-2023-1"]', '请补充重点评价工作进展。');
    await upper.click('[data-testid="quarterly-return-2023-1"]');
    await expect.poll(() => theirs.getAttribute('data-status'), { timeout: 20_000 }).toBe('RETURNED');
    await screenshot(upper, 'quarterly-received');
    expect(jsErrors(upper)).toEqual([]);

    // The county sees the comment and the history.
    await page.reload();
    await expect
      .poll(() => page.locator('[data-testid="quarterly-returned-note"]').count(), { timeout: 20_000 })
      .toBe(0);
    await page.selectOption('[data-testid="quarterly-year"]', '2023');
    await page.selectOption('[data-testid="quarterly-quarter"]', '1');
    await expect
      .poll(() => page.locator('[data-testid="quarterly-returned-note"]').innerText(), { timeout: 20_000 })
      .toContain('请补充重点评价工作进展。');
    expect(await page.locator('[data-testid="quarterly-history-2023-1"]').innerText()).toContain('退回');
    expect(jsErrors(page)).toEqual([]);
  });
});
