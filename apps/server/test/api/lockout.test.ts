import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 14 §2: failed logins lock a username out, counted atomically before the password is checked; the
// real user is told so in Chinese and English; an administrator sees the lockout and lifts it.

const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const USERS = `query($s: String) { users(first: 10, filter: { search: $s }) { edges { node { id username lockedUntil } } } }`;
const UNLOCK = `mutation($id: ID!) { unlockUser(id: $id) { username lockedUntil } }`;

function createAdmin(databaseUrl: string, region: string, username: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, 'create-admin', '--region', region, '--username', username],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout) => (error ? fail(error) : done(/password(?: of \S+)?: (\S+)/.exec(stdout)![1]!)),
    );
  });
}

describe('login lockout', () => {
  const ctx = useServer({ JIXIAO_LOGIN_FAILURE_LIMIT: '5', JIXIAO_LOGIN_FAILURE_LIMIT_IP: '1000' });
  let db: pg.Client;
  let adminToken = '';
  const q = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;
  const tryLogin = (u: string, p: string) => gql(ctx.graphqlUrl, LOGIN, { u, p });
  const failedRows = async (username: string) =>
    Number(
      (
        await q(`SELECT count(*) AS n FROM audit_log WHERE action = 'LOGIN_FAILED' AND after->>'username' = $1`, [
          username,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const [county] = await q(`SELECT code FROM region WHERE level = 'COUNTY' LIMIT 1`);
    const oneTime = await createAdmin(ctx.databaseUrl, county.code, 'lock-admin');
    const first = await login(ctx.graphqlUrl, 'lock-admin', oneTime);
    const changed = await gql(
      ctx.graphqlUrl,
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`,
      { c: oneTime, n: 'a-long-admin-password-1' },
      first,
    );
    adminToken = changed.data!.changePassword.token;
  });
  afterAll(() => db?.end());

  it('8 parallel wrong passwords lock the account; the right one is then refused with a clear message', async () => {
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => tryLogin('unit-jyj', `wrong-${i}`)));
    const codes = guesses.map((g) => g.errors![0]!.extensions!.code);
    expect(codes.every((c) => c === 'UNAUTHENTICATED' || c === 'ACCOUNT_LOCKED')).toBe(true);
    expect(codes).toContain('ACCOUNT_LOCKED');
    // Only the first five were checked against the password (and audited as failures).
    expect(await failedRows('unit-jyj')).toBe(5);
    const right = await tryLogin('unit-jyj', 'jixiao-demo');
    expect(right.data?.login ?? null).toBeNull();
    expect(right.errors![0]!.extensions).toMatchObject({ code: 'ACCOUNT_LOCKED', retryAfter: expect.any(Number) });
    expect(right.errors![0]!.message).toMatch(
      /账户已锁定.*系统管理员解锁 \/ Too many failed logins: the account is locked/,
    );
  });

  it('60 parallel guesses: five are checked, none gets through, the right password is refused after them', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => tryLogin('unit-wjw', i === 59 ? 'jixiao-demo' : `guess-${i}`)),
    );
    expect(guesses.filter((g) => g.data?.login).length).toBeLessThanOrEqual(1);
    expect(await failedRows('unit-wjw')).toBeLessThanOrEqual(5);
    expect(guesses.filter((g) => g.errors?.[0]?.extensions?.code === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(
      54,
    );
    expect((await tryLogin('unit-wjw', 'jixiao-demo')).errors![0]!.extensions!.code).toBe('ACCOUNT_LOCKED');
  });

  it('locks an unknown username the same way, so a lockout tells nothing about who exists', async () => {
    for (let i = 0; i < 5; i++) await tryLogin('nobody-here', `x${i}`);
    expect((await tryLogin('nobody-here', 'x')).errors![0]!.extensions!.code).toBe('ACCOUNT_LOCKED');
  });

  it('shows the lockout to an administrator, who lifts it (audited); the user logs in again', async () => {
    const listed = await gql(ctx.graphqlUrl, USERS, { s: 'unit-jyj' }, adminToken);
    const node = listed.data!.users.edges.find((e: any) => e.node.username === 'unit-jyj').node;
    const until = new Date(node.lockedUntil).getTime();
    expect(until).toBeGreaterThan(Date.now() + 200_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 300_000 + 5_000);
    const other = await gql(ctx.graphqlUrl, USERS, { s: 'unit-nyj' }, adminToken);
    expect(other.data!.users.edges.find((e: any) => e.node.username === 'unit-nyj').node.lockedUntil).toBeNull();

    const unlocked = await gql(ctx.graphqlUrl, UNLOCK, { id: node.id }, adminToken);
    expect(unlocked.data!.unlockUser).toEqual({ username: 'unit-jyj', lockedUntil: null });
    const [audit] = await q(
      `SELECT a.before->>'lockedUntil' AS before, a.after->>'lockedUntil' AS after FROM audit_log a
        WHERE a.action = 'UNLOCK' AND a.entity = 'User'`,
    );
    expect(audit).toMatchObject({ before: expect.any(String), after: null });
    expect(await login(ctx.graphqlUrl, 'unit-jyj')).toMatch(/\./);

    // Not locked any more: refused, and nothing is written.
    const count = (await q(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
    const again = await gql(ctx.graphqlUrl, UNLOCK, { id: node.id }, adminToken);
    expect(again.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    expect((await q(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(count);
  });

  it('refuses unlockUser to anyone but an administrator', async () => {
    const listed = await gql(ctx.graphqlUrl, USERS, { s: 'unit-wjw' }, adminToken);
    const id = listed.data!.users.edges[0].node.id;
    const pes = await login(ctx.graphqlUrl, 'pes');
    expect((await gql(ctx.graphqlUrl, UNLOCK, { id }, pes)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a username over 64 characters before counting, looking up or auditing it', async () => {
    const before = (await q(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
    const res = await tryLogin('u'.repeat(10_000), 'x'); // under the anonymous body limit, so the argument check answers
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect((await q(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(before);
  });
});

describe('failed logins per IP', () => {
  const ctx = useServer({ JIXIAO_LOGIN_FAILURE_LIMIT: '100', JIXIAO_LOGIN_FAILURE_LIMIT_IP: '6' });

  it('stops an IP that guesses across many usernames', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await gql(ctx.graphqlUrl, LOGIN, { u: `user-${i}`, p: 'x' });
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const res = await gql(ctx.graphqlUrl, LOGIN, { u: 'leader', p: 'jixiao-demo' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 6 });
    expect(res.errors![0]!.message).toMatch(/登录失败次数过多.*Too many failed logins from this address/);
  });
});
