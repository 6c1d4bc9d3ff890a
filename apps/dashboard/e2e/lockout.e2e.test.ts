import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsErrors, launch, newPage, screenshot } from './support/browser.js';

// Issue 14 §2 in the browser: failed logins lock an account; the real user is told why and for how long; the
// administrator sees the lockout in 用户管理 and lifts it, and the user logs in again. The guesses come through
// loopback (a trusted proxy) as another address, so the per-address limit of the other browser tests is untouched.

const CLI = resolve(dirname(createRequire(import.meta.url).resolve('@jixiao/server/testing')), '../admin/cli.js');
const VICTIM = 'agency-lixin';

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

describe('a login lockout, seen and lifted in the browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells the locked-out user why, shows the administrator until when, and lets it lift the lockout', async () => {
    // Six wrong passwords from another address: the fifth locks the account.
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
        body: JSON.stringify({ query: `mutation { login(username: "${VICTIM}", password: "wrong-${i}") { token } }` }),
      });
      const json = (await res.json()) as { errors?: { extensions: { code: string } }[] };
      codes.push(json.errors![0]!.extensions.code);
    }
    expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');

    // The real user, with the right password, is refused with the reason.
    const user = await newPage(browser, baseUrl);
    await logIn(user, VICTIM, 'jixiao-demo');
    await expect.poll(() => user.locator('body').innerText(), { timeout: 20_000 }).toContain('账户已锁定');
    await screenshot(user, 'lockout-login');

    // The administrator finds the user locked, until a time in the county's clock, and unlocks it.
    const admin = await newPage(browser, baseUrl);
    const oneTime = await createAdmin('e2e-lock-admin');
    await logIn(admin, 'e2e-lock-admin', oneTime);
    await admin.fill('[data-testid="password-currentPassword"]', oneTime);
    await admin.fill('[data-testid="password-newPassword"]', 'e2e-lock-admin-password-1');
    await admin.fill('[data-testid="password-confirm"]', 'e2e-lock-admin-password-1');
    await admin.click('[data-testid="password-submit"]');
    await admin.waitForSelector('[data-testid="create-user-form"]');
    await admin.fill('[data-testid="user-search"]', VICTIM);
    const locked = admin.locator(`[data-testid="locked-${VICTIM}"]`);
    await locked.waitFor({ timeout: 20_000 });
    expect(await locked.innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await screenshot(admin, 'lockout-admin');
    await admin.click(`[data-testid="unlock-${VICTIM}"]`);
    await expect
      .poll(() => admin.locator('[data-testid="users-notice"]').innerText(), { timeout: 20_000 })
      .toContain(`已解除 ${VICTIM} 的登录锁定`);
    await expect.poll(() => locked.count()).toBe(0);

    // The user logs in again.
    await logIn(user, VICTIM, 'jixiao-demo');
    await user.waitForSelector('[data-testid="viewer-role"]', { timeout: 30_000 });
    expect(await user.locator('[data-testid="viewer-role"]').innerText()).toBe('第三方机构');
    expect(jsErrors(admin)).toEqual([]);
  });
});
