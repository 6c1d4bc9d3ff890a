import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { onDatabase } from '@jixiao/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { address, jsErrors, launch, newPage, screenshot } from './support/browser.js';

// Issue 11 §2: the administrator manages the expert library (专家库) and the indicator library of each
// year (指标库) from the dashboard: an expert with a unit it must not review, a template added to a
// year's library and then retired from it.

const CLI = resolve(dirname(createRequire(import.meta.url).resolve('@jixiao/server/testing')), '../admin/cli.js');

function createAdmin(username: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, 'create-admin', '--region', '652823', '--username', username],
      { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } },
      (error, stdout, stderr) =>
        error ? fail(new Error(`${error.message}\n${stderr}`)) : done(/One-time password: (\S+)/.exec(stdout)![1]!),
    );
  });
}

/** A full-page picture from the top, with nothing focused (the sticky header stays in place). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(page, name);
}

async function signIn(page: Page, username: string): Promise<void> {
  const oneTime = await createAdmin(username);
  await page.goto('/');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', oneTime);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="forced-password-change"]');
  await page.fill('[data-testid="password-currentPassword"]', oneTime);
  await page.fill('[data-testid="password-newPassword"]', 'library-admin-password-1');
  await page.fill('[data-testid="password-confirm"]', 'library-admin-password-1');
  await page.click('[data-testid="password-submit"]');
  await page.waitForSelector('[data-testid="viewer-role"]');
}

describe('expert and indicator libraries in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    // The shared demo database keeps no template of this test.
    await onDatabase(databaseUrl, (db) => db.query(`DELETE FROM indicator_template WHERE code = 'E2E-T1'`));
  });

  it('the administrator adds an expert with a conflicted unit, then adds a template to a year and retires it', async () => {
    const admin = await newPage(browser, baseUrl);
    admin.on('dialog', (dialog) => void dialog.accept());
    await signIn(admin, 'e2e-library-admin');

    // 专家库: an empty name is refused under its field; then the expert, with a unit to avoid, is listed.
    await admin.click('[data-testid="nav-admin-experts"]');
    await admin.waitForSelector('[data-testid="expert-form"]');
    expect(address(admin).path).toBe('/admin/experts');
    expect(await admin.locator('h1').innerText()).toBe('专家库');
    const unit = admin.locator('[data-testid="expert-conflicts"] label').first();
    const unitName = (await unit.innerText()).replace(/（.*$/, '').trim();
    await unit.locator('input').check();
    await admin.fill('[data-testid="expert-field"]', '农业经济');
    await admin.fill('[data-testid="expert-organisation"]', '新疆农业大学');
    await admin.fill('[data-testid="expert-contact"]', '0991-8762000');
    await admin.click('[data-testid="expert-submit"]');
    await expect.poll(() => admin.locator('[data-testid="error-name"]').innerText()).toBe('姓名不能为空');
    await admin.fill('[data-testid="expert-name"]', '艾尔肯·测试');
    await admin.click('[data-testid="expert-submit"]');
    await expect.poll(() => admin.locator('[data-testid="lib-notice"]').innerText()).toBe('已新增专家 艾尔肯·测试');
    const row = admin.locator('[data-testid="expert-rows"] tbody tr', { hasText: '艾尔肯·测试' });
    await expect.poll(() => row.innerText()).toContain(unitName);
    expect(await row.innerText()).toContain('新疆农业大学');
    expect(await row.innerText()).toContain('在库');
    // Editing shows the stored conflict checked.
    await admin.click('[data-testid="expert-edit-艾尔肯·测试"]');
    await expect.poll(() => unit.locator('input').isChecked()).toBe(true);
    await shot(admin, 'admin-experts');
    await admin.click('[data-testid="lang-en"]');
    await expect.poll(() => admin.locator('h1').innerText()).toBe('Experts');
    await shot(admin, 'admin-experts-en');
    await admin.click('[data-testid="lang-zh"]');

    // 指标库: the year after the server's last one, a new template, listed; a code in use is named.
    await admin.click('[data-testid="nav-admin-library"]');
    await admin.waitForSelector('[data-testid="template-form"]');
    expect(address(admin).path).toBe('/admin/library');
    const years = await admin
      .locator('[data-testid="library-year"] option')
      .evaluateAll((o) => o.map((x) => Number((x as HTMLOptionElement).value)));
    const year = years.at(-1)!;
    await admin.selectOption('[data-testid="library-year"]', String(year));
    await expect
      .poll(() => admin.locator('[data-testid="panel-templates"]').innerText())
      .toContain(`${year}年度指标库`);
    const existing = await admin.locator('[data-testid="template-rows"] tbody tr td .mono').first().innerText();
    // The demo's library is the province's: listed with its region, not offered for change to a county.
    const above = admin.locator('[data-testid="template-rows"] tbody tr').first();
    expect(await above.innerText()).toContain('新疆维吾尔自治区');
    expect(await above.locator(`[data-testid="template-above-${existing}"]`).innerText()).toBe('上级管理');
    expect(await admin.locator(`[data-testid="template-edit-${existing}"]`).count()).toBe(0);
    await shot(admin, 'admin-library-above');
    const group = await admin.locator('[data-testid="template-groupCode"] option:not([disabled])').first();
    await admin.selectOption('[data-testid="template-groupCode"]', (await group.getAttribute('value'))!);
    await admin.fill('[data-testid="template-code"]', existing);
    await admin.selectOption('[data-testid="template-level1"]', 'OUTPUT');
    await admin.fill('[data-testid="template-level2"]', '数量指标');
    await admin.fill('[data-testid="template-name"]', '测试培训人次');
    await admin.selectOption('[data-testid="template-comparator"]', 'GE');
    await admin.fill('[data-testid="template-unitOfMeasure"]', '人次');
    await admin.fill('[data-testid="template-referenceValue"]', '120');
    await admin.click('[data-testid="template-submit"]');
    await expect.poll(() => admin.locator('[data-testid="error-code"]').innerText()).toMatch(/编码/);
    await admin.fill('[data-testid="template-code"]', 'E2E-T1');
    await admin.click('[data-testid="template-submit"]');
    await expect.poll(() => admin.locator('[data-testid="lib-notice"]').innerText()).toBe('已新增指标 测试培训人次');
    await admin.fill('[data-testid="library-search"]', '测试培训');
    const template = admin.locator('[data-testid="template-rows"] tbody tr', { hasText: 'E2E-T1' });
    await expect.poll(() => template.innerText()).toContain('测试培训人次');
    expect(await template.innerText()).toContain('≥ 120 人次');
    expect(await template.innerText()).toContain(`${year}起`);
    expect(await template.innerText()).toContain('尉犁县');
    await shot(admin, 'admin-library');

    // Edited while someone else changed it: the conflict is said, and the reload opens the fresh version.
    await admin.click('[data-testid="template-edit-E2E-T1"]');
    await admin.fill('[data-testid="template-referenceValue"]', '150');
    await onDatabase(databaseUrl, (db) =>
      db.query(`UPDATE indicator_template SET version = version + 1 WHERE code = 'E2E-T1'`),
    );
    await admin.click('[data-testid="template-submit"]');
    const conflict = admin.locator('[data-testid="failure-conflict"]');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.innerText()).toContain('指标库模板已被他人修改');
    await shot(admin, 'admin-library-conflict');
    await admin.click('[data-testid="conflict-reload"]');
    await expect.poll(() => conflict.count()).toBe(0);
    expect(await admin.locator('[data-testid="template-referenceValue"]').inputValue()).toBe('120');
    await admin.fill('[data-testid="template-referenceValue"]', '150');
    await admin.click('[data-testid="template-submit"]');
    await expect.poll(() => admin.locator('[data-testid="lib-notice"]').innerText()).toBe('已保存指标 测试培训人次');
    await expect.poll(() => template.innerText()).toContain('≥ 150 人次');

    // Retired from that year: gone from the year's library, shown muted when retired ones are asked for.
    await admin.click('[data-testid="template-retire-E2E-T1"]');
    await expect
      .poll(() => admin.locator('[data-testid="lib-notice"]').innerText())
      .toBe(`已自${year}年度起停用指标 测试培训人次`);
    await expect.poll(() => template.count()).toBe(0);
    await admin.check('[data-testid="library-include-retired"]');
    await expect.poll(() => template.innerText()).toContain('已停用');
    expect(await template.getAttribute('class')).toContain('row--muted');
    expect(await admin.locator('[data-testid="template-retire-E2E-T1"]').count()).toBe(0);
    await admin.click('[data-testid="lang-en"]');
    await expect.poll(() => admin.locator('h1').innerText()).toBe('Indicator library');
    await expect.poll(() => template.innerText()).toContain('Retired');
    expect(await template.innerText()).toContain(`retired from ${year}`);
    expect(await admin.locator('[data-testid="lib-notice"]').innerText()).toBe(
      `Retired the indicator 测试培训人次 from ${year} on`,
    );
    await shot(admin, 'admin-library-en');

    expect(jsErrors(admin)).toEqual([]);
  });
});
