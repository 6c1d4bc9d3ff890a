import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 14 §1: nobody starves the server without logging in — bounded memory for failed logins with huge
// usernames, cheap checks before validation, strings checked before any work; §2: one budget per person.

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('bounded memory and CPU', () => {
  const ctx = useServer({ JIXIAO_RATE_LIMIT: '100000' });

  it('300 failed logins with 1 MB usernames leave the server’s memory under a bound and the audit log untouched', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    // Ended whatever the outcome: the file's database is dropped after it, which would cut this connection.
    onTestFinished(() => db.end());
    const audits = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n as number;
    const before = await audits();
    const huge = 'u'.repeat(1024 * 1024 - 200);
    let rssBefore = 0;
    // 50 first, to let the heap reach its working size; then 300 measured. Keeping the usernames (the defect this
    // guards) would add ≥ 300 MB; the bound leaves room for the collector's timing on a busy machine.
    for (let i = -50; i < 300; i++) {
      if (i === 0) rssBefore = rssMb(ctx.server.pid);
      // Half without a token (the body limit refuses it while it streams in), half with one (then the string check).
      const res = await fetch(ctx.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(i % 2 ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: LOGIN, variables: { u: `${i}${huge}`.slice(0, huge.length), p: 'x' } }),
      });
      expect([400, 413]).toContain(res.status);
      if (i % 2)
        expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ field: 'username', variable: '$u' });
      else await res.arrayBuffer();
    }
    const growth = rssMb(ctx.server.pid) - rssBefore;
    console.log(
      `RSS ${rssBefore.toFixed(0)} MB → ${(rssBefore + growth).toFixed(0)} MB after 300 logins with 1 MB usernames`,
    );
    expect(growth).toBeLessThan(150);
    expect(await audits()).toBe(before);
  });

  it('refuses an anonymous query of 745 repeated fields before validating it', async () => {
    const res = await gql(ctx.graphqlUrl, `{ ${'__typename '.repeat(745)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      measure: 'selections',
      requested: 745,
      limit: 40,
    });
    expect(res.errors![0]!.message).toMatch(/选择集.*745.* \/ One selection set has 745 selections/);
  });

  it('gives a signed-in person a larger budget than an anonymous caller', async () => {
    const token = await login(ctx.graphqlUrl, 'pes');
    const query = `{ ${'__typename '.repeat(100)}}`;
    expect((await gql(ctx.graphqlUrl, query)).status).toBe(400);
    expect((await gql(ctx.graphqlUrl, query, {}, token)).status).toBe(200);
    const tooMany = await gql(ctx.graphqlUrl, `{ ${'__typename '.repeat(151)}}`, {}, token);
    expect(tooMany.errors![0]!.extensions).toMatchObject({ measure: 'selections', limit: 150 });
  });

  it.each([
    ['a NUL byte in a variable', LOGIN, { u: 'lead\u0000er', p: 'x' }, 'username', /NUL/],
    ['a lone surrogate in a variable', LOGIN, { u: 'lead\ud800er', p: 'x' }, 'username', /lone surrogate/],
    [
      'a NUL byte written in the document',
      `mutation { login(username: "a\\u0000b", password: "x") { token } }`,
      {},
      'username',
      /NUL/,
    ],
    [
      'a username of 65 characters written in the document',
      `mutation { login(username: "${'a'.repeat(65)}", password: "x") { token } }`,
      {},
      'username',
      /at most 64/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming it', async (_name, query, variables, field, en) => {
    const res = await gql(ctx.graphqlUrl, query, variables);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toMatch(en);
  });

  it('answers 401 UNAUTHENTICATED to a token that was valid and is no more', async () => {
    const token = await login(ctx.graphqlUrl, 'budget');
    await gql(ctx.graphqlUrl, 'mutation { logout }', {}, token);
    const res = await gql(ctx.graphqlUrl, '{ me { username } }', {}, token);
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('one budget per person', () => {
  const ctx = useServer({ JIXIAO_RATE_LIMIT: '5' });

  it('counts every session of a person together: a fresh login brings no fresh budget', async () => {
    const first = await login(ctx.graphqlUrl, 'leader');
    let passed = 0;
    for (let i = 0; i < 4; i++) {
      // A new session each time (logins are the IP's requests, not the person's).
      const token = i === 0 ? first : await login(ctx.graphqlUrl, 'leader').catch(() => first);
      for (let j = 0; j < 5; j++) if ((await gql(ctx.graphqlUrl, '{ __typename }', {}, token)).status === 200) passed++;
    }
    expect(passed).toBe(5);
  });
});

describe('while the database is gone', () => {
  const ctx = useServer();

  it('stays live, is not ready, and answers 503 UNAVAILABLE; ready again when the database is back', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    const name = new URL(ctx.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: ctx.databaseUrl.replace(`/${name}`, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      expect((await fetch(`${ctx.server.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${ctx.server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as any).errors[0].extensions.code).toBe('UNAVAILABLE');
      for (const [query, t] of [
        ['{ me { username } }', token],
        ['{ targetSummary(year: 2023) { projectCount } }', token],
        [`mutation { login(username: "leader", password: "jixiao-demo") { token } }`, undefined],
      ] as const) {
        const res = await gql(ctx.graphqlUrl, query, {}, t);
        expect(res.status).toBe(503);
        expect(res.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
        expect(res.errors![0]!.message).toMatch(/数据库暂不可用.*\/ The database is unavailable/);
      }
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    expect((await fetch(`${ctx.server.url}/readyz`)).status).toBe(200);
    expect((await gql(ctx.graphqlUrl, '{ me { username } }', {}, token)).data!.me.username).toBe('leader');
  });
});
