import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import { createDatabase, gql, login, startServerProcess, type ServerProcess } from '../../src/testing/harness.js';

// Issue 14 §2: with REDIS_URL every counter lives in Redis, so two server processes of one database share
// one person's rate limit and one username's lockout. Redis runs on the development machines at 127.0.0.1:6379.

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two server processes with one REDIS_URL', () => {
  const servers: ServerProcess[] = [];
  let drop = async () => {};
  let databaseName = '';

  beforeAll(async () => {
    const created = await createDatabase(inject('adminUrl'), inject('template'));
    drop = created.drop;
    databaseName = new URL(created.url).pathname.slice(1);
    const env = { REDIS_URL, JIXIAO_RATE_LIMIT: '6', JIXIAO_LOGIN_FAILURE_LIMIT: '3' };
    for (let i = 0; i < 2; i++) servers.push(await startServerProcess({ databaseUrl: created.url, env }));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await drop();
    // The counters of this test's database (keys are prefixed with it).
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`jixiao:${databaseName}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('shares one user’s limit: each process counts the other’s requests, the 7th is refused by either', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    // Two sessions of one person, one on each process (the logins are the IP's requests, not the user's).
    const tokenA = await login(a.graphqlUrl, 'leader');
    const tokenB = await login(b.graphqlUrl, 'leader');
    const remaining: number[] = [];
    for (let i = 0; i < 6; i++) {
      const [url, token] = i % 2 === 0 ? [a.graphqlUrl, tokenA] : [b.graphqlUrl, tokenB];
      const res = await gql(url, '{ __typename }', {}, token);
      expect(res.status).toBe(200);
      remaining.push(Number(res.headers.get('x-ratelimit-remaining')));
    }
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0]);
    for (const [url, token] of [
      [a.graphqlUrl, tokenA],
      [b.graphqlUrl, tokenB],
    ] as const) {
      const refused = await gql(url, '{ __typename }', {}, token);
      expect(refused.status).toBe(429);
      expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    }
  });

  it('shares the lockout: failures on one process lock the username on the other', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const user = `unit-jyj`;
    for (let i = 0; i < 3; i++)
      await gql(a.graphqlUrl, LOGIN, { u: user, p: `wrong-${randomBytes(3).toString('hex')}` });
    const right = await gql(b.graphqlUrl, LOGIN, { u: user, p: 'jixiao-demo' });
    expect(right.errors![0]!.extensions!.code).toBe('ACCOUNT_LOCKED');
  });
});
