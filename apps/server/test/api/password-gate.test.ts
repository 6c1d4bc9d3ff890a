import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, login, TEST_DEMO_PASSWORD } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2: a person holding a one-time password changes it before anything else. /graphql refuses every
// other operation (identity.test.ts); the file routes beside it — uploads for imports and the official
// forms' downloads — refuse too, and open once the password is changed.

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`;

describe('the one-time password gate on the file routes', () => {
  const ctx = useServer();
  const base = () => ctx.graphqlUrl.replace(/\/graphql$/, '');
  let token = '';

  beforeAll(async () => {
    // The performance section's user holds a one-time password, as after an administrator's reset.
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    await db.query(`UPDATE app_user SET must_change_password = true WHERE username = 'pes'`);
    await db.end();
    token = await login(ctx.graphqlUrl, 'pes');
  });
  const download = () =>
    fetch(`${base()}/export/reports/2023/annual-report.docx`, { headers: { authorization: `Bearer ${token}` } });
  const upload = () =>
    fetch(`${base()}/files?name=${encodeURIComponent('项目.csv')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: '项目编码,项目名称\n',
    });

  it('refuses a download with PASSWORD_CHANGE_REQUIRED', async () => {
    const res = await download();
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(body.errors[0]!.message).toMatch(/请先修改一次性密码 \/ Change your one-time password first/);
  });

  it('refuses an upload with PASSWORD_CHANGE_REQUIRED, keeping nothing', async () => {
    const res = await upload();
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '请先修改一次性密码 / Change your one-time password first',
    });
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const files = await db.query(`SELECT count(*)::int AS n FROM import_file`);
    await db.end();
    expect(files.rows[0].n).toBe(0);
  });

  it('opens both once the password is changed', async () => {
    const res = await gql(ctx.graphqlUrl, CHANGE, { c: TEST_DEMO_PASSWORD, n: 'a-new-long-password' }, token);
    expect(res.errors).toBeUndefined();
    token = res.data!.changePassword.token;
    const file = await download();
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/wordprocessingml/);
    const up = await upload();
    expect(up.status).toBe(201);
    expect(((await up.json()) as { id: string }).id).toBeTruthy();
  });
});
