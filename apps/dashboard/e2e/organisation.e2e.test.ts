import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { address, jsErrors, launch, newPage, screenshot } from './support/browser.js';

// 组织机构 (/organisation): the administrator keeps the county's regions, sections, units and agencies
// from the browser: each tab has a create form and an edit form beside its table, and the server's
// refusals show under the field they name.

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

async function signInAdmin(page: Page, username: string): Promise<void> {
  const oneTime = await createAdmin(username);
  await page.goto('/');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', oneTime);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="forced-password-change"]');
  await page.fill('[data-testid="password-currentPassword"]', oneTime);
  await page.fill('[data-testid="password-newPassword"]', `${username}-password-1`);
  await page.fill('[data-testid="password-confirm"]', `${username}-password-1`);
  await page.click('[data-testid="password-submit"]');
  await page.waitForSelector('[data-testid="viewer-role"]');
}

// A full-page screenshot from the top: a page scrolled down draws its sticky header mid-page.
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).innerText();

describe('organisation in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the administrator creates a section, moves a unit to it, creates an agency and names a bureau', async () => {
    const admin = await newPage(browser, baseUrl);
    await signInAdmin(admin, 'e2e-org-admin');
    await admin.click('[data-testid="nav-organisation"]');
    await admin.waitForSelector('[data-testid="create-unit-form"]');

    // 科室: a fund section without its fund family is refused on that field; a business section is created.
    await admin.click('[data-testid="tab-sections"]');
    await admin.waitForSelector('[data-testid="create-section-form"]');
    expect(address(admin).path).toBe('/organisation');
    await admin.fill('[data-testid="section-code"]', 'E2E-KS');
    await admin.fill('[data-testid="section-name"]', '测试业务科');
    await admin.selectOption('[data-testid="section-kind"]', 'FUND');
    await admin.click('[data-testid="section-create"]');
    await expect.poll(() => text(admin, 'error-ownedFundFamily')).toContain('资金科室须指定主管的资金类别');
    await admin.selectOption('[data-testid="section-kind"]', 'BUSINESS');
    await admin.click('[data-testid="section-create"]');
    await expect.poll(() => text(admin, 'org-notice')).toContain('已新设科室 测试业务科');
    await expect.poll(() => text(admin, 'org-sections')).toContain('E2E-KS');
    expect(await admin.locator('[data-testid="org-sections"] tr', { hasText: 'E2E-KS' }).innerText()).toContain(
      '业务科室',
    );
    await shot(admin, 'org-tab-sections');

    // 单位: edit the first unit, moving it to the new section; its row then names the section.
    await admin.click('[data-testid="tab-units"]');
    const unitCode = await admin.locator('[data-testid="org-units"] tbody tr td .mono').first().innerText();
    await admin.click(`[data-testid="unit-${unitCode}-edit"]`);
    await admin.waitForSelector('[data-testid="edit-unit-form"]');
    const section = admin.locator('[data-testid="unit-sectionId"] option', { hasText: '测试业务科' });
    await admin.selectOption('[data-testid="unit-sectionId"]', (await section.getAttribute('value'))!);
    await admin.click('[data-testid="unit-save"]');
    await expect.poll(() => text(admin, 'org-notice')).toContain('已保存');
    await admin.waitForSelector('[data-testid="create-unit-form"]');
    const row = admin.locator('[data-testid="org-units"] tr', { hasText: unitCode });
    await expect.poll(() => row.innerText()).toContain('测试业务科');
    await shot(admin, 'org-tab-units');

    // 第三方机构: a credit code of the wrong length is named; an agency with 18 characters is listed.
    await admin.click('[data-testid="tab-agencies"]');
    await admin.waitForSelector('[data-testid="create-agency-form"]');
    await admin.fill('[data-testid="agency-code"]', 'E2E-JG');
    await admin.fill('[data-testid="agency-name"]', '测试评价事务所');
    await admin.fill('[data-testid="agency-creditCode"]', '91652823');
    await admin.click('[data-testid="agency-create"]');
    await expect.poll(() => text(admin, 'error-creditCode')).toContain('18位');
    await admin.fill('[data-testid="agency-creditCode"]', '91652823MA7E2E0001');
    await admin.click('[data-testid="agency-create"]');
    await expect.poll(() => text(admin, 'org-notice')).toContain('已新增第三方机构 测试评价事务所');
    await expect.poll(() => text(admin, 'org-agencies')).toContain('91652823MA7E2E0001');
    // Cleared for classified work (涉密业务资质) from its edit form: the table marks it.
    await admin.click('[data-testid="agency-E2E-JG-edit"]');
    await admin.check('[data-testid="agency-clearedForClassified"]');
    await admin.click('[data-testid="agency-save"]');
    await expect.poll(() => text(admin, 'org-agencies')).toContain('涉密资质');
    await shot(admin, 'org-tab-agencies');

    // 地区与财政局: a county has no region below it; its finance bureau is renamed from its row.
    await admin.click('[data-testid="tab-regions"]');
    await admin.waitForSelector('[data-testid="region-none"]');
    await admin.click('[data-testid="region-652823-edit"]');
    await admin.fill('[data-testid="region-bureauName"]', '尉犁县财政局（测试）');
    await admin.click('[data-testid="region-save"]');
    await expect.poll(() => text(admin, 'org-regions')).toContain('尉犁县财政局（测试）');
    await shot(admin, 'org-tab-regions');

    // In English: the sections tab with a section's edit form open.
    await admin.click('[data-testid="lang-en"]');
    await admin.click('[data-testid="tab-sections"]');
    await admin.click('[data-testid="section-E2E-KS-edit"]');
    await expect.poll(() => admin.locator('[data-testid="panel-edit-sections"]').innerText()).toContain('Save');
    await shot(admin, 'org-tab-sections-edit-en');
    await admin.click('[data-testid="lang-zh"]');

    expect(jsErrors(admin)).toEqual([]);
  });
});
