import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { address, jsErrors, launch, newPage, screenshot } from './support/browser.js';

// Issue 11 §2: the first administrator comes from the command line; in the browser it must change its
// one-time password first, then creates a user, who in turn must change theirs before anything else.

// The built command beside the built harness (apps/server/dist/testing → apps/server/dist/admin).
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

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.keyboard.press('Enter');
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.fill('[data-testid="password-currentPassword"]', current);
  await page.fill('[data-testid="password-newPassword"]', next);
  await page.fill('[data-testid="password-confirm"]', next);
  await page.click('[data-testid="password-submit"]');
}

describe('user administration in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the administrator creates a user, who logs in and must change the password first', async () => {
    const admin = await newPage(browser, baseUrl);
    const oneTime = await createAdmin('e2e-admin');
    await logIn(admin, 'e2e-admin', oneTime);

    // A one-time password: the form to change it, before anything else.
    await admin.waitForSelector('[data-testid="forced-password-change"]');
    expect(await admin.locator('h1').innerText()).toBe('请先设置新密码');
    await screenshot(admin, 'password-forced-admin');
    await changePassword(admin, oneTime, 'e2e-admin-password-1');
    await admin.waitForSelector('[data-testid="viewer-role"]');
    expect(await admin.locator('[data-testid="viewer-role"]').innerText()).toBe('系统管理员');
    expect(address(admin).path).toBe('/admin');
    expect(await admin.locator('[data-testid="nav-admin"]').innerText()).toBe('用户管理');

    // 组织机构: a new unit of the county, overseen by a business section; a code already used is named.
    await admin.click('[data-testid="nav-organisation"]');
    await admin.waitForSelector('[data-testid="create-unit-form"]');
    expect(address(admin).path).toBe('/organisation');
    const section = admin.locator('[data-testid="unit-sectionId"] option', { hasText: '教科文' }).first();
    await admin.selectOption('[data-testid="unit-sectionId"]', (await section.getAttribute('value'))!);
    const taken = await admin.locator('[data-testid="org-units"] tbody tr td .mono').first().innerText();
    await admin.fill('[data-testid="unit-code"]', taken);
    await admin.fill('[data-testid="unit-name"]', '尉犁县测试中心');
    await admin.click('[data-testid="unit-create"]');
    await expect.poll(() => admin.locator('[data-testid="error-code"]').innerText()).toContain('已被使用');
    await admin.fill('[data-testid="unit-code"]', '909001');
    await admin.click('[data-testid="unit-create"]');
    await expect
      .poll(() => admin.locator('[data-testid="org-notice"]').innerText())
      .toContain('已新设单位 尉犁县测试中心');
    await expect.poll(() => admin.locator('[data-testid="org-units"]').innerText()).toContain('909001');
    await screenshot(admin, 'organisation-units');
    await admin.click('[data-testid="lang-en"]');
    await admin.click('[data-testid="tab-sections"]');
    await expect.poll(() => admin.locator('[data-testid="org-sections"]').innerText()).toContain('Business');
    await screenshot(admin, 'organisation-sections-en');
    await admin.click('[data-testid="lang-zh"]');
    await admin.click('[data-testid="tab-agencies"]');
    await admin.waitForSelector('[data-testid="org-agencies"]');
    await screenshot(admin, 'organisation-agencies');
    await admin.click('[data-testid="nav-admin"]');
    await admin.waitForSelector('[data-testid="create-user-form"]');

    // A unit user of the new unit.
    await admin.fill('[data-testid="user-username"]', 'e2e-jyj');
    await admin.fill('[data-testid="user-displayName"]', '测试中心绩效专员');
    await admin.selectOption('[data-testid="user-role"]', 'UNIT');
    const unit = admin.locator('[data-testid="user-unitId"] option', { hasText: '尉犁县测试中心' }).first();
    await admin.selectOption('[data-testid="user-unitId"]', (await unit.getAttribute('value'))!);
    await admin.click('[data-testid="user-create"]');
    const shown = admin.locator('[data-testid="one-time-password-value"]');
    await shown.waitFor();
    const password = await shown.innerText();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await admin.fill('[data-testid="user-search"]', 'e2e-jyj');
    await expect.poll(() => admin.locator('[data-testid="user-rows"]').innerText()).toContain('待改初始密码');
    expect(await admin.locator('[data-testid="user-rows"]').innerText()).toContain('尉犁县测试中心');
    await screenshot(admin, 'user-admin');

    // A username already taken: the server names the field, the form shows it there.
    await admin.fill('[data-testid="user-username"]', 'leader');
    await admin.fill('[data-testid="user-displayName"]', '重复');
    await admin.click('[data-testid="user-create"]');
    await expect.poll(() => admin.locator('[data-testid="error-username"]').innerText()).toContain('已存在');

    // The new user: the change-password form first; a password the policy refuses is named under its field.
    const user = await newPage(browser, baseUrl);
    await logIn(user, 'e2e-jyj', password);
    await user.waitForSelector('[data-testid="forced-password-change"]');
    await user.click('[data-testid="lang-en"]');
    await expect.poll(() => user.locator('h1').innerText()).toBe('Set a new password first');
    await user.click('[data-testid="lang-zh"]');
    await changePassword(user, password, 'e2e-jyj');
    await expect
      .poll(() => user.locator('[data-testid="password-form"] .field-error').first().innerText())
      .toBe('密码不能与用户名相同');
    await changePassword(user, password, 'jyj-own-password-2025');
    await user.waitForSelector('[data-testid="viewer-role"]');
    await expect.poll(() => address(user).path).toBe('/unit');
    expect(await user.locator('[data-testid="viewer-role"]').innerText()).toBe('部门单位');

    // Every user can change their password again from the header.
    await user.click('[data-testid="change-password"]');
    await user.waitForSelector('[data-testid="panel-password"]');
    expect(address(user).path).toBe('/password');
    await screenshot(user, 'password-page');

    expect(jsErrors(admin)).toEqual([]);
    expect(jsErrors(user)).toEqual([]);
  });
});
