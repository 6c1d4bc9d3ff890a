import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onDatabase } from '@jixiao/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { csvRows, jsErrors, launch, newPage, screenshot } from './support/browser.js';

// Issue 12 §1: the administrator imports users from the 数据导入 page: the kinds offered are its own (units,
// users, indicator library); a bad row is named; the corrected file commits and the new users' one-time
// passwords are shown once, with a list to download. The users it creates are removed afterwards.

const CLI = resolve(dirname(createRequire(import.meta.url).resolve('@jixiao/server/testing')), '../admin/cli.js');
const ADMIN = 'e2e-imp-admin';
const USERS = ['e2e-imp-u1', 'e2e-imp-u2'];

function createAdmin(): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, 'create-admin', '--region', '652823', '--username', ADMIN],
      { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } },
      (error, stdout, stderr) =>
        error ? fail(new Error(`${error.message}\n${stderr}`)) : done(/One-time password: (\S+)/.exec(stdout)![1]!),
    );
  });
}

async function upload(page: Page, file: string, bad: boolean): Promise<void> {
  const rows = [
    '用户名,姓名,角色,所属编码,状态',
    `${USERS[0]},导入测试一,部门单位,${bad ? 'no-such-unit' : 'jyj'},启用`,
    `${USERS[1]},导入测试二,业务科室,sec-jkw,启用`,
  ];
  writeFileSync(file, `\ufeff${rows.join('\r\n')}\r\n`);
  await page.selectOption('[data-testid="import-kind"]', 'USERS');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.click('[data-testid="import-submit"]');
}

describe('数据导入 for the administrator', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let dir = '';

  beforeAll(async () => {
    browser = await launch();
    page = await newPage(browser, baseUrl, { width: 1366, height: 900 });
    page.on('dialog', (d) => void d.accept());
    dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-admin-import-'));
    const oneTime = await createAdmin();
    await page.goto('/');
    await page.fill('input[name="username"]', ADMIN);
    await page.fill('input[name="password"]', oneTime);
    await page.keyboard.press('Enter');
    await page.fill('[data-testid="password-currentPassword"]', oneTime);
    await page.fill('[data-testid="password-newPassword"]', 'e2e-imp-admin-password-1');
    await page.fill('[data-testid="password-confirm"]', 'e2e-imp-admin-password-1');
    await page.click('[data-testid="password-submit"]');
    await page.waitForSelector('[data-testid="viewer-role"]');
  });
  afterAll(async () => {
    await browser?.close();
    await onDatabase(inject('databaseUrl'), (db) => db.query(`DELETE FROM app_user WHERE username = ANY($1)`, [USERS]));
  });

  it('offers its kinds, names a bad row, commits the corrected file and shows the passwords once', async () => {
    await page.click('a[href="/import"]');
    await page.locator('[data-testid="import-kind"]').waitFor();
    const kinds = await page.locator('[data-testid="import-kind"] option').allInnerTexts();
    expect(kinds).toEqual(['预算单位', '用户', '指标库模板']);

    await upload(page, join(dir, '用户名单.csv'), true);
    await page.locator('[data-testid="import-status"][data-status="PREVIEWED"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="import-error"]').count(), { timeout: 30_000 }).toBe(1);
    const errors = await page.locator('[data-testid="import-error"]').allInnerTexts();
    expect(errors[0]).toMatch(/第 2 行 D 列（所属编码）[\s\S]*单位不存在或不在您管辖的地区/);
    expect(await page.locator('[data-testid="import-commit"]').count()).toBe(0);

    await upload(page, join(dir, '用户名单（更正）.csv'), false);
    await expect.poll(() => page.innerText('[data-testid="import-preview"]'), { timeout: 60_000 }).toContain('更正');
    await page.locator('[data-testid="import-commit"]').waitFor({ timeout: 60_000 });
    await page.click('[data-testid="import-commit"]');
    await page.locator('[data-testid="import-passwords"]').waitFor({ timeout: 60_000 });
    const shown = await page.locator('[data-testid="import-passwords"] tbody tr').allInnerTexts();
    expect(shown.map((r) => r.split('\t')[0])).toEqual(USERS);
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.click('[data-testid="import-passwords-download"]'),
    ]);
    const list = csvRows(readFileSync(await file.path(), 'utf8'));
    expect(list[0]).toEqual(['用户名', '姓名', '一次性密码']);
    expect(list.slice(1).map((r) => r[0])).toEqual(USERS);
    expect(list[1]![2]).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
    await screenshot(page, 'admin-import-passwords');
    expect(jsErrors(page)).toEqual([]);
  });
});
