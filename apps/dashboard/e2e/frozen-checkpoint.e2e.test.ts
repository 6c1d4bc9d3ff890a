import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatRate } from '@jixiao/ui/format';
import { api } from './support/api.js';
import { jsErrors, launch, loginAs, newPage, screenshot } from './support/browser.js';

// Issue 13 §4: the cockpit shows a confirmed checkpoint's frozen figures beside today's, and what moved after
// the freeze. The demo's 2023 checkpoints were frozen as loaded.

const FIGURES = `query($m: Int!, $id: ID!) {
  frozen: executionSummary(year: 2023, month: $m, frozen: true) { projectCount executionRate }
  live: executionSummary(year: 2023, month: $m) { projectCount executionRate }
  frozenFlags: flagSummary(year: 2023, month: $m, frozen: true) { yellow red }
  changesSince(checkpointId: $id) { totalCount }
}`;

describe('the cockpit’s frozen checkpoint', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows May and August 2023 as frozen, beside today’s figures, with the changes since', async () => {
    const page = await newPage(browser, baseUrl);
    const errors = jsErrors(page);
    await loginAs(page, 'leader');
    const panel = page.locator('[data-testid="panel-frozen-checkpoint"]');
    await panel.locator('[data-testid="frozen-figures"]').waitFor({ timeout: 30_000 });
    const { checkpoints } = await api<{ checkpoints: { id: string; month: number; scope: string }[] }>(
      page,
      baseUrl,
      `{ checkpoints(year: 2023) { id month scope } }`,
    );
    for (const month of [8, 5]) {
      const cp = checkpoints.find((c) => c.month === month && c.scope === 'PROJECT')!;
      if (month === 5) await panel.locator('[data-testid="frozen-checkpoint"]').selectOption(cp.id);
      await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain(`截至${month}月底（已冻结）`);
      const d = await api<any>(page, baseUrl, FIGURES, { m: month, id: cp.id });
      const rows = panel.locator('[data-testid="frozen-figures"] tbody tr');
      await expect.poll(() => rows.nth(0).innerText()).toContain(String(d.frozen[0].projectCount));
      expect(await rows.nth(2).innerText()).toContain(formatRate(d.frozen[0].executionRate));
      expect(await rows.nth(2).innerText()).toContain(formatRate(d.live[0].executionRate));
      expect(await rows.nth(3).innerText()).toContain(String(d.frozenFlags.yellow));
      expect(await panel.locator('[data-testid="frozen-changes-title"]').innerText()).toBe(
        `冻结后变动（${d.changesSince.totalCount} 项）`,
      );
    }
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'cockpit-frozen-checkpoint');
    expect(errors).toEqual([]);
  });
});
