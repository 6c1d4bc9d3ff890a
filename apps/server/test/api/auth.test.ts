import { describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

describe('login and errors over HTTP', () => {
  const ctx = useServer();

  it('answers { __typename } and the health check without a login', async () => {
    const res = await gql(ctx.graphqlUrl, '{ __typename health { ok } }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query', health: { ok: true } });
  });

  it('logs in a demo user and tells who they are and what they see', async () => {
    const token = await login(ctx.graphqlUrl, 'sec-jkw');
    const res = await gql(ctx.graphqlUrl, '{ me { username role sectionName scopeDescription readOnly } }', {}, token);
    expect(res.data!.me).toMatchObject({
      username: 'sec-jkw',
      role: 'BUSINESS_SECTION',
      sectionName: '教科文科',
      readOnly: false,
    });
    expect(res.data!.me.scopeDescription).toContain('教科文科');
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await gql(ctx.graphqlUrl, 'mutation { login(username: "leader", password: "nope-nope") { token } }');
    const unknown = await gql(
      ctx.graphqlUrl,
      'mutation { login(username: "nobody", password: "nope-nope") { token } }',
    );
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('refuses figures without a token, with a stable code and a request id', async () => {
    const res = await gql(ctx.graphqlUrl, '{ targetSummary(year: 2023) { projectCount } }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(res.errors![0]!.extensions!.requestId).toMatch(/[\w-]{8,}/);
    expect(res.headers.get('x-request-id')).toBe(res.errors![0]!.extensions!.requestId);
  });

  it('refuses a forged token', async () => {
    const res = await gql(ctx.graphqlUrl, '{ me { username } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.bad');
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('names the bad argument in Chinese and English', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    const res = await gql(ctx.graphqlUrl, '{ executionSummary(year: 2023, month: 13) { key } }', {}, token);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(res.errors![0]!.message).toMatch(/month：月份.*month: must be between 1 and 12/);
  });

  it('stops accepting a token after logout', async () => {
    const token = await login(ctx.graphqlUrl, 'pes');
    expect((await gql(ctx.graphqlUrl, '{ me { username } }', {}, token)).data!.me.username).toBe('pes');
    expect((await gql(ctx.graphqlUrl, 'mutation { logout }', {}, token)).data!.logout).toBe(true);
    const after = await gql(ctx.graphqlUrl, '{ me { username } }', {}, token);
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('does not leak stack traces or SQL in errors', async () => {
    const res = await gql(ctx.graphqlUrl, '{ nope }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js:\d+|SELECT /);
  });
});
