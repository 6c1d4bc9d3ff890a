import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { gql, login, type GraphQLResponse } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2 (identity): the first administrator from the command line, one-time passwords that must be
// changed, sessions that end together, and an administrator's users — over HTTP against the built server.

const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const ONE_TIME = /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

function admin(databaseUrl: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
const passwordIn = (stdout: string) => /password(?: of \S+)?: (\S+)/.exec(stdout)![1]!;

const ME = '{ me { username role mustChangePassword } }';
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword me { role } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token mustChangePassword me { mustChangePassword } } }`;
const USERS = `query($after: String) { users(first: 100, after: $after) { totalCount edges { node { username } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword user { id username role regionCode sectionName unitName agencyName mustChangePassword active } } }`;
const RESET = `mutation($id: ID!) { resetPassword(id: $id) { oneTimePassword user { username mustChangePassword } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { username active } }`;

describe('identity: the first administrator, one-time passwords, sessions, user administration', () => {
  const ctx = useServer();
  let db: pg.Client;
  const q = async <T = Record<string, any>>(text: string, values: unknown[] = []) =>
    (await db.query(text, values)).rows as T[];
  const state = { county: '', prefecture: '', adminPassword: '', adminToken: '' };
  const snapshot = async () =>
    (
      await q(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'LOGIN%'
                AND action <> 'TOKEN_USED') AS changes, (SELECT string_agg(u.username || ':' || u.password_hash || ':' ||
                u.session_epoch || ':' || u.active, ',' ORDER BY u.id) FROM app_user u) AS users_state`)
    )[0];

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const regions = await q<{ code: string; level: string }>(`SELECT code, level FROM region`);
    state.county = regions.find((r) => r.level === 'COUNTY')!.code;
    state.prefecture = regions.find((r) => r.level === 'PREFECTURE')!.code;
  });
  afterAll(() => db?.end());

  describe('npm run admin -- create-admin', () => {
    it('creates a county administrator with a one-time password, audited without the hash', async () => {
      const run = await admin(ctx.databaseUrl, 'create-admin', '--region', state.county, '--username', 'admin-c');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('System administrator (系统管理员) of 尉犁县');
      state.adminPassword = passwordIn(run.stdout);
      expect(state.adminPassword).toMatch(ONE_TIME);
      const [row] = await q(
        `SELECT u.role, u.must_change_password, r.code, u.password_hash FROM app_user u JOIN region r ON r.id = u.region_id
          WHERE u.username = 'admin-c'`,
      );
      expect(row).toMatchObject({ role: 'ADMIN', must_change_password: true, code: state.county });
      expect(row!.password_hash).not.toContain(state.adminPassword);
      const audit = await q(
        `SELECT action, entity, request_id, after::text FROM audit_log WHERE entity = 'User' AND after->>'username' = 'admin-c'`,
      );
      expect(audit).toEqual([{ action: 'CREATE', entity: 'User', request_id: 'cli', after: expect.any(String) }]);
      expect(audit[0]!.after).not.toMatch(/scrypt|hash/i);
      expect(audit[0]!.after).not.toContain(state.adminPassword);
    });

    it.each([
      ['an existing username', ['--region', '652823', '--username', 'admin-c'], 1, 'admin-c is already taken'],
      ['an existing username in other letter case', ['--region', '652823', '--username', 'Leader'], 1, 'already taken'],
      ['an unknown region', ['--region', '999999', '--username', 'nobody-x'], 1, 'No region with code 999999'],
      [
        'a region that exists, given as new',
        ['--region', '652823', '--username', 'x-y', '--region-name', '某县', '--region-level', 'county'],
        1,
        'exists already',
      ],
      ['no --username', ['--region', '652823'], 2, 'needs --username'],
      ['an unknown command', [], 2, 'a command is needed'],
    ])('refuses %s with a clear message and a non-zero exit, changing nothing', async (_n, args, code, message) => {
      const before = await snapshot();
      const run = await admin(ctx.databaseUrl, ...(args.length ? ['create-admin', ...args] : []));
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(message);
      expect(await snapshot()).toEqual(before);
    });

    it('creates a prefecture administrator too', async () => {
      const run = await admin(ctx.databaseUrl, 'create-admin', '--region', state.prefecture, '--username', 'admin-p');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('巴音郭楞');
    });
  });

  describe('a one-time password must be changed first', () => {
    it('is said by login and me', async () => {
      const res = await gql(ctx.graphqlUrl, LOGIN, { u: 'admin-c', p: state.adminPassword });
      expect(res.data!.login).toMatchObject({ mustChangePassword: true, me: { role: 'ADMIN' } });
      state.adminToken = res.data!.login.token;
      expect((await gql(ctx.graphqlUrl, ME, {}, state.adminToken)).data!.me).toEqual({
        username: 'admin-c',
        role: 'ADMIN',
        mustChangePassword: true,
      });
    });

    it.each([
      ['a query of the role', '{ users { totalCount } }'],
      ['an analytics query', '{ targetSummary(year: 2023) { projectCount } }'],
      ['a mutation', 'mutation { createApiToken(name: "bi") { token } }'],
      ['me beside another field', '{ me { username } users { totalCount } }'],
      ['a field hidden in a fragment', '{ ...F } fragment F on Query { users { totalCount } }'],
      ['a field in an inline fragment', '{ ... on Query { auditLog { totalCount } } }'],
    ])('refuses %s with PASSWORD_CHANGE_REQUIRED', async (_n, query) => {
      const res = await gql(ctx.graphqlUrl, query, {}, state.adminToken);
      expect(res.data ?? null).toBeNull();
      expect(res.errors![0]!.extensions!.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.errors![0]!.message).toMatch(/请先修改一次性密码.* \/ Change your one-time password first/);
    });

    it.each([
      [
        'a wrong current password',
        'not-the-password',
        'a-long-new-password',
        'currentPassword',
        'is not your current password',
      ],
      ['under 10 characters', 'CURRENT', 'short-pw', 'newPassword', 'must be at least 10 characters'],
      ['the username', 'CURRENT', 'Admin-C', 'newPassword', 'must not be the username'],
      ['the demo password', 'CURRENT', 'jixiao-demo', 'newPassword', 'must not be the public demo password'],
      ['the current password', 'CURRENT', 'CURRENT', 'newPassword', 'must differ from the current password'],
    ])('refuses a new password that is %s, naming the field, changing nothing', async (_n, c, n, field, en) => {
      const fill = (v: string) => (v === 'CURRENT' ? state.adminPassword : v);
      const before = await snapshot();
      const res = await gql(ctx.graphqlUrl, CHANGE, { c: fill(c), n: fill(n) }, state.adminToken);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0]!.message).toMatch(new RegExp(`^${field}：.+ / ${field}: ${en}`));
      expect(await snapshot()).toEqual(before);
    });

    it('changes it: every earlier session ends, the answer carries a working one', async () => {
      const second = (await gql(ctx.graphqlUrl, LOGIN, { u: 'admin-c', p: state.adminPassword })).data!.login.token;
      const res = await gql(
        ctx.graphqlUrl,
        CHANGE,
        { c: state.adminPassword, n: 'county-admin-2025!' },
        state.adminToken,
      );
      expect(res.data!.changePassword).toMatchObject({ mustChangePassword: false, me: { mustChangePassword: false } });
      for (const old of [state.adminToken, second]) {
        expect((await gql(ctx.graphqlUrl, ME, {}, old)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      }
      state.adminToken = res.data!.changePassword.token;
      expect((await gql(ctx.graphqlUrl, USERS, {}, state.adminToken)).data!.users.totalCount).toBeGreaterThan(0);
      const [audit] = await q(
        `SELECT before, after FROM audit_log WHERE action = 'CHANGE_PASSWORD' AND entity_id = (SELECT id::text FROM app_user WHERE username = 'admin-c')`,
      );
      expect(audit).toEqual({
        before: { mustChangePassword: true, sessionEpoch: 0 },
        after: { mustChangePassword: false, sessionEpoch: 1 },
      });
      expect(
        (await gql(ctx.graphqlUrl, LOGIN, { u: 'admin-c', p: state.adminPassword })).errors![0]!.extensions!.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('is open to every user for their own password, not to a BI token', async () => {
      const token = await login(ctx.graphqlUrl, 'unit-jyj');
      const other = await login(ctx.graphqlUrl, 'unit-jyj');
      const res = await gql(ctx.graphqlUrl, CHANGE, { c: 'jixiao-demo', n: 'education-bureau-2025' }, token);
      expect(res.data!.changePassword.mustChangePassword).toBe(false);
      expect((await gql(ctx.graphqlUrl, ME, {}, other)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect(await login(ctx.graphqlUrl, 'unit-jyj', 'education-bureau-2025')).toBeTruthy();
      const created = await gql(
        ctx.graphqlUrl,
        'mutation { createApiToken(name: "bi") { token } }',
        {},
        await login(ctx.graphqlUrl, 'leader'),
      );
      const viaBi = await gql(
        ctx.graphqlUrl,
        CHANGE,
        { c: 'jixiao-demo', n: 'a-long-new-password' },
        created.data!.createApiToken.token,
      );
      expect(viaBi.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    });

    it('gives BI tokens to the roles that use them only: a unit or an agency is refused, and no token is stored', async () => {
      const before = await q(`SELECT count(*)::int AS n FROM api_token`);
      for (const username of ['unit-lcj', 'agency-xinhe']) {
        const res = await gql(
          ctx.graphqlUrl,
          'mutation { createApiToken(name: "bi") { token } }',
          {},
          await login(ctx.graphqlUrl, username),
        );
        expect(res.errors![0]!.extensions!.code, username).toBe('FORBIDDEN');
        expect(res.errors![0]!.message).toContain('BI');
      }
      expect(await q(`SELECT count(*)::int AS n FROM api_token`)).toEqual(before);
    });
  });

  describe("an administrator's users", () => {
    const allUsers = async (token: string) => {
      const names: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse = await gql(ctx.graphqlUrl, USERS, { after }, token);
        names.push(...res.data!.users.edges.map((e: any) => e.node.username));
        if (!res.data!.users.pageInfo.hasNextPage) return { names, total: res.data!.users.totalCount };
        after = res.data!.users.pageInfo.endCursor;
      }
    };
    const oracle = async (username: string) =>
      (
        await q<{ username: string }>(
          `SELECT u.username FROM app_user u JOIN region r ON r.id = u.region_id
            WHERE r.path LIKE (SELECT r2.path || '%' FROM app_user a JOIN region r2 ON r2.id = a.region_id WHERE a.username = $1)
            ORDER BY u.username COLLATE "C"`,
          [username],
        )
      ).map((r) => r.username);

    it('lists exactly the users of its region and the regions below', async () => {
      const county = await allUsers(state.adminToken);
      const expected = await oracle('admin-c');
      expect(county.names.slice().sort()).toEqual(expected.slice().sort());
      expect(county.total).toBe(expected.length);
      expect(county.names).not.toContain('prefecture');
      expect(county.names).toContain('unit-gaj');

      const run = await admin(ctx.databaseUrl, 'reset-password', '--username', 'admin-p');
      const first = await gql(ctx.graphqlUrl, LOGIN, { u: 'admin-p', p: passwordIn(run.stdout) });
      const changed = await gql(
        ctx.graphqlUrl,
        CHANGE,
        { c: passwordIn(run.stdout), n: 'prefecture-admin-2025' },
        first.data!.login.token,
      );
      const prefecture = await allUsers(changed.data!.changePassword.token);
      expect(prefecture.names.slice().sort()).toEqual((await oracle('admin-p')).slice().sort());
      expect(prefecture.names).toEqual(expect.arrayContaining(['prefecture', 'admin-c', 'leader']));
    });

    it('sees no project figures', async () => {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM project WHERE year = 2023`);
      expect(n).toBeGreaterThan(0);
      const res = await gql(
        ctx.graphqlUrl,
        '{ targetSummary(year: 2023) { projectCount } projects(first: 5) { totalCount } }',
        {},
        state.adminToken,
      );
      expect(res.data).toEqual({ targetSummary: { projectCount: 0 }, projects: { totalCount: 0 } });
    });

    it.each([
      ['leadership', 'leader'],
      ['the performance section', 'pes'],
    ])('is not open to %s', async (_n, who) => {
      const token = await login(ctx.graphqlUrl, who);
      for (const [query, variables] of [
        [USERS, {}],
        [CREATE, { i: { username: 'x-x', displayName: 'x', role: 'LEADERSHIP', regionCode: state.county } }],
        [RESET, { id: gid('User', 1) }],
      ] as const) {
        expect((await gql(ctx.graphqlUrl, query, variables, token)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
    });

    const ids = async () => {
      const one = async (sql: string) => (await q<{ id: number }>(sql))[0]!.id;
      return {
        classifiedUnit: gid('Unit', await one(`SELECT id FROM unit WHERE classified ORDER BY id LIMIT 1`)),
        business: gid('Section', await one(`SELECT id FROM section WHERE kind = 'BUSINESS' ORDER BY id LIMIT 1`)),
        fund: gid('Section', await one(`SELECT id FROM section WHERE kind = 'FUND' ORDER BY id LIMIT 1`)),
        performance: gid('Section', await one(`SELECT id FROM section WHERE kind = 'PERFORMANCE' ORDER BY id LIMIT 1`)),
        agency: gid('Agency', await one(`SELECT id FROM agency ORDER BY id LIMIT 1`)),
      };
    };

    it.each([
      [
        'a leader of the county',
        { role: 'LEADERSHIP', regionCode: 'COUNTY' },
        `u.region_id = (SELECT id FROM region WHERE level = 'COUNTY')`,
      ],
      [
        'a user of a classified unit',
        { role: 'UNIT', unitId: 'classifiedUnit' },
        `u.unit_id = (SELECT id FROM unit WHERE classified ORDER BY id LIMIT 1)`,
      ],
      ['a business section user', { role: 'BUSINESS_SECTION', sectionId: 'business' }, `s.kind = 'BUSINESS'`],
      ['a fund section user', { role: 'FUND_SECTION', sectionId: 'fund' }, `s.kind = 'FUND'`],
      ['a performance section user', { role: 'PERFORMANCE', sectionId: 'performance' }, `s.kind = 'PERFORMANCE'`],
      [
        'an agency user',
        { role: 'AGENCY', agencyId: 'agency' },
        `u.agency_id = (SELECT id FROM agency ORDER BY id LIMIT 1)`,
      ],
      ['another administrator', { role: 'ADMIN', regionCode: 'COUNTY' }, `u.role = 'ADMIN'`],
    ])('creates %s with a one-time password, audited', async (name, binding, check) => {
      const known = await ids();
      const username = `new-${binding.role.toLowerCase().replace(/_/g, '-')}`;
      const input: Record<string, string> = { username, displayName: name, role: binding.role };
      for (const [k, v] of Object.entries(binding)) {
        if (k !== 'role') input[k] = v === 'COUNTY' ? state.county : known[v as keyof typeof known];
      }
      const res = await gql(ctx.graphqlUrl, CREATE, { i: input }, state.adminToken);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createUser.oneTimePassword).toMatch(ONE_TIME);
      expect(res.data!.createUser.user).toMatchObject({
        username,
        role: binding.role,
        mustChangePassword: true,
        active: true,
      });
      const [row] = await q(
        `SELECT u.must_change_password, u.role FROM app_user u LEFT JOIN section s ON s.id = u.section_id
          WHERE u.username = $1 AND ${check}`,
        [username],
      );
      expect(row).toEqual({ must_change_password: true, role: binding.role });
      const [audit] = await q(
        `SELECT action, before, after FROM audit_log WHERE entity = 'User' AND after->>'username' = $1`,
        [username],
      );
      expect(audit).toMatchObject({
        action: 'CREATE',
        before: null,
        after: { username, role: binding.role, mustChangePassword: true },
      });
      const first = await gql(ctx.graphqlUrl, LOGIN, { u: username, p: res.data!.createUser.oneTimePassword });
      expect(first.data!.login.mustChangePassword).toBe(true);
    });

    it.each([
      ['a username that exists', { username: 'leader', role: 'LEADERSHIP', regionCode: 'COUNTY' }, 'username'],
      ['a username with a space', { username: 'a b', role: 'LEADERSHIP', regionCode: 'COUNTY' }, 'username'],
      ['an empty name', { displayName: '  ', role: 'LEADERSHIP', regionCode: 'COUNTY' }, 'displayName'],
      ['a unit user without a unit', { role: 'UNIT' }, 'unitId'],
      ['a business section user with a fund section', { role: 'BUSINESS_SECTION', sectionId: 'fund' }, 'sectionId'],
      ['an upper level bound to a county', { role: 'UPPER_LEVEL', regionCode: 'COUNTY' }, 'regionCode'],
      [
        'an upper level above the administrator’s region',
        { role: 'UPPER_LEVEL', regionCode: 'PREFECTURE' },
        'regionCode',
      ],
      ['a region given to a unit user', { role: 'UNIT', unitId: 'classifiedUnit', regionCode: 'COUNTY' }, 'regionCode'],
      ['a section id that is a unit’s', { role: 'FUND_SECTION', sectionId: 'classifiedUnit' }, 'sectionId'],
    ])('refuses %s, naming the field, changing nothing', async (_n, given, field) => {
      const known = await ids();
      const input: Record<string, string> = { username: 'refused-user', displayName: '某人' };
      for (const [k, v] of Object.entries(given)) {
        input[k] = v === 'COUNTY' ? state.county : v === 'PREFECTURE' ? state.prefecture : ((known as any)[v] ?? v);
      }
      const before = await snapshot();
      const res = await gql(ctx.graphqlUrl, CREATE, { i: input }, state.adminToken);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0]!.message).toMatch(new RegExp(`^${field}：.*[\\u4e00-\\u9fff].* / ${field}: [a-z]`));
      expect(await snapshot()).toEqual(before);
    });

    it('resets a password: every session of the user ends, a one-time password replaces the old one', async () => {
      const [{ id }] = await q(`SELECT id FROM app_user WHERE username = 'sec-jkw'`);
      const sessions = [await login(ctx.graphqlUrl, 'sec-jkw'), await login(ctx.graphqlUrl, 'sec-jkw')];
      const res = await gql(ctx.graphqlUrl, RESET, { id: gid('User', id) }, state.adminToken);
      expect(res.data!.resetPassword.user).toEqual({ username: 'sec-jkw', mustChangePassword: true });
      for (const s of sessions) {
        expect((await gql(ctx.graphqlUrl, ME, {}, s)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      }
      expect((await gql(ctx.graphqlUrl, LOGIN, { u: 'sec-jkw', p: 'jixiao-demo' })).errors![0]!.extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
      const again = await gql(ctx.graphqlUrl, LOGIN, { u: 'sec-jkw', p: res.data!.resetPassword.oneTimePassword });
      expect(again.data!.login.mustChangePassword).toBe(true);
      const [audit] = await q(
        `SELECT before, after FROM audit_log WHERE action = 'RESET_PASSWORD' AND entity_id = $1`,
        [String(id)],
      );
      expect(audit!.before).toMatchObject({ username: 'sec-jkw', mustChangePassword: false, sessionEpoch: 0 });
      expect(audit!.after).toMatchObject({ username: 'sec-jkw', mustChangePassword: true, sessionEpoch: 1 });
    });

    it('does not find a user outside its region', async () => {
      const [{ id }] = await q(`SELECT id FROM app_user WHERE username = 'prefecture'`);
      const before = await snapshot();
      for (const mutation of [RESET, DEACTIVATE]) {
        const res = await gql(ctx.graphqlUrl, mutation, { id: gid('User', id) }, state.adminToken);
        expect(res.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      }
      expect(await snapshot()).toEqual(before);
    });

    it('deactivates a user: sessions and BI tokens stop at once, the login is refused; not twice, not itself', async () => {
      const [{ id }] = await q(`SELECT id FROM app_user WHERE username = 'budget'`);
      const session = await login(ctx.graphqlUrl, 'budget');
      const bi = (await gql(ctx.graphqlUrl, 'mutation { createApiToken(name: "bi") { token } }', {}, session)).data!
        .createApiToken.token;
      expect((await gql(ctx.graphqlUrl, ME, {}, bi)).data!.me.username).toBe('budget');
      const res = await gql(ctx.graphqlUrl, DEACTIVATE, { id: gid('User', id) }, state.adminToken);
      expect(res.data!.deactivateUser).toEqual({ username: 'budget', active: false });
      for (const token of [session, bi]) {
        expect((await gql(ctx.graphqlUrl, ME, {}, token)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      }
      expect((await gql(ctx.graphqlUrl, LOGIN, { u: 'budget', p: 'jixiao-demo' })).errors![0]!.extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
      const twice = await gql(ctx.graphqlUrl, DEACTIVATE, { id: gid('User', id) }, state.adminToken);
      expect(twice.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
      const [{ id: self }] = await q(`SELECT id FROM app_user WHERE username = 'admin-c'`);
      const itself = await gql(ctx.graphqlUrl, DEACTIVATE, { id: gid('User', self) }, state.adminToken);
      expect(itself.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('never writes a password or its hash into the audit log', async () => {
      const [{ n }] = await q(
        `SELECT count(*)::int AS n FROM audit_log WHERE coalesce(before::text, '') || coalesce(after::text, '') ~* 'scrypt|password_hash|passwordHash'`,
      );
      expect(n).toBe(0);
    });
  });
});
