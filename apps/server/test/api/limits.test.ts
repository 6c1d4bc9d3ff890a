import { getIntrospectionQuery } from 'graphql';
import { serverAudits } from 'graphql-http';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: targetSummary(year: 2023) { projectCount }`).join(' ')} }`;
/**
 * `projects(first: 1) { edges { node { unit { projects(first: 1) { edges { node { … { id } } } } } } } } }`,
 * exactly `levels` fields deep, every step one item: Project.unit, Project.carriedOverFrom and Unit.section are 1 level, a connection
 * (Unit.projects, Section.units, with its edges and node) 3. Its cost is one per object field: levels − 1.
 */
const deep = (levels: number) => {
  type At = 'Project' | 'Unit' | 'Section';
  const steps: Record<At, [string, number, At][]> = {
    Project: [
      ['unit', 1, 'Unit'],
      ['carriedOverFrom', 1, 'Project'],
    ],
    Unit: [
      ['projects(first: 1) { edges { node', 3, 'Project'],
      ['section', 1, 'Section'],
    ],
    Section: [['units(first: 1) { edges { node', 3, 'Unit']],
  };
  // The path of steps that uses exactly `left` levels before the `id` (a small depth-first search).
  const path = (at: At, left: number): string[] | null => {
    if (left === 0) return [];
    for (const [field, size, to] of steps[at]) {
      if (size > left) continue;
      const rest = path(to, left - size);
      if (rest) return [field, ...rest];
    }
    return null;
  };
  const chain = path('Project', levels - 4)!;
  const open = chain.map((f) => `${f} { `).join('');
  const close = chain.map((f) => '} '.repeat(f.split('{').length)).join('');
  return `{ projects(first: 1) { edges { node { ${open}id ${close}} } } }`;
};
/** 100 × (project 1 + edge 1 + node 1 + 10 evaluations × (1 + 10 findings)) = 11,300. */
const FINDINGS_OF_100_PROJECTS = '{ projects(first: 100) { edges { node { evaluations { findings { id } } } } } }';
/**
 * A valid operation of exactly n tokens: nested `... on Query {` (5 tokens a level) around a few `__typename`
 * (thousands of one field would trip graphql-js's own budget for comparing overlapping fields).
 */
const tokens = (n: number) => {
  const levels = Math.floor((n - 3) / 5);
  const fields = '__typename '.repeat(1 + ((n - 3) % 5));
  return `{ ${'... on Query { '.repeat(levels)}${fields}${'} '.repeat(levels)}}`;
};
/**
 * `levels` fragments, each spreading the next ten times, around a leaf costing 11 (health 1, fundFamilies 10):
 * short and shallow, but its static cost is 11 × 10^levels.
 */
const fragmentBomb = (levels: number) => {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment L${i + 1} on Query { ${`...L${i} `.repeat(10)}}`,
  );
  return `{ ...L${levels} } ${fragments.join(' ')} fragment L0 on Query { health { ok } fundFamilies { code } }`;
};

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('operation limits, introspection and transport hygiene', () => {
  const ctx = useServer();
  const tokenOf: Record<string, string> = {};
  beforeAll(async () => {
    tokenOf.person = await login(ctx.graphqlUrl, 'leader');
    tokenOf.bi = await demoBiTokenOf(ctx.databaseUrl);
  });
  const as = (who: string) => (who === 'anonymous' ? undefined : tokenOf[who]);

  it.each([
    ['an operation 11 levels deep', 'person', deep(11), 'depth', 11, 10],
    ['an operation 11 levels deep from a BI token', 'bi', deep(11), 'depth', 11, 10],
    ['an operation with 21 aliases', 'person', aliases(21), 'aliases', 21, 20],
    ['an operation of 3,001 tokens', 'person', tokens(3001), 'tokens', 3001, 3000],
    ['an operation of 3,001 tokens from a BI token', 'bi', tokens(3001), 'tokens', 3001, 3000],
    [
      '100 projects × evaluations × findings (cost 11,300) from a person',
      'person',
      FINDINGS_OF_100_PROJECTS,
      'cost',
      11_300,
      10_000,
    ],
    ['a fragment bomb costing 11,000 from an anonymous client', 'anonymous', fragmentBomb(3), 'cost', 11_000, 10_000],
    ['a fragment bomb costing 110,000 from a BI token', 'bi', fragmentBomb(4), 'cost', 110_000, 100_000],
  ])('refuses %s with QUERY_TOO_COMPLEX and HTTP 400', async (_name, who, query, measure, requested, limit) => {
    const res = await gql(ctx.graphqlUrl, query, {}, as(who));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure, requested, limit });
    expect(res.errors![0]!.message).toContain(`${requested}`);
    expect(res.errors![0]!.message).toContain(`${limit}`);
    expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fff].* \/ The operation/);
  });

  it.each([
    ['an operation 10 levels deep', 'person', deep(10), 9],
    ['an operation with 20 aliases', 'person', aliases(20), 20],
    ['an operation of 3,000 tokens', 'person', tokens(3000), 0],
    ['100 projects × evaluations × findings (cost 11,300) from a BI token', 'bi', FINDINGS_OF_100_PROJECTS, 11_300],
    ['a fragment bomb costing 11,000 from a BI token', 'bi', fragmentBomb(3), 11_000],
  ])('answers %s, reporting its cost', async (_name, who, query, cost) => {
    const res = await gql(ctx.graphqlUrl, query, {}, as(who));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.extensions!.cost).toEqual({ requested: cost, limit: who === 'bi' ? 100_000 : 10_000 });
  });

  it.each([
    ['anonymous', '{ health { ok } }', { requested: 1, limit: 10_000 }],
    ['person', '{ me { username } targetSummary(year: 2023) { projectCount } }', { requested: 2, limit: 10_000 }],
    [
      'bi',
      '{ executionSummary(year: 2023, month: 8, groupBy: FUND_FAMILY) { label } }',
      { requested: 10, limit: 100_000 },
    ],
  ])('reports extensions.cost as { requested, limit } to %s', async (who, query, cost) => {
    const res = await gql(ctx.graphqlUrl, query, {}, as(who));
    expect(res.status).toBe(200);
    expect(res.extensions!.cost).toEqual(cost);
  });

  it('refuses an over-limit mutation before any resolver runs', async () => {
    const token = await login(ctx.graphqlUrl, 'pes');
    const logouts = `mutation { ${Array.from({ length: 21 }, (_, i) => `a${i}: logout`).join(' ')} }`;
    const res = await gql(ctx.graphqlUrl, logouts, {}, token);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'aliases' });
    // logout did not run: the token still works.
    expect((await gql(ctx.graphqlUrl, '{ me { username } }', {}, token)).data!.me.username).toBe('pes');
  });

  it.each([
    ['anonymous', '{ __schema { queryType { name } } }'],
    ['anonymous', '{ __type(name: "Query") { name } }'],
    ['person', '{ __schema { queryType { name } } }'],
    ['person', 'query { ...I } fragment I on Query { __type(name: "Me") { fields { name } } }'],
  ])('refuses introspection to %s with FORBIDDEN and HTTP 403: %s', async (who, query) => {
    const res = await gql(ctx.graphqlUrl, query, {}, as(who));
    expect(res.status).toBe(403);
    expect(res.data).toBeUndefined();
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an anonymous client', '__typename', 'anonymous', '{ __typename }'],
    ['a person', '__typename', 'person', '{ __typename me { __typename } }'],
    ['a BI token', '__type', 'bi', '{ __type(name: "Me") { name } }'],
    [
      'a BI token',
      'the full introspection query',
      'bi',
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true, oneOf: true }),
    ],
  ])('lets %s ask for %s', async (_who, _what, who, query) => {
    const res = await gql(ctx.graphqlUrl, query, {}, as(who));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('serves no landing page outside development', async () => {
    const res = await fetch(ctx.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await res.text()).not.toMatch(/<html/i);
  });

  it.each<[string, string, RequestInit]>([
    [
      'a batched JSON array',
      '',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
      },
    ],
    ['a GET without a preflight header', '?query=%7B__typename%7D', { method: 'GET' }],
    [
      'a text/plain POST',
      '',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' },
    ],
    [
      'a form POST',
      '',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      },
    ],
  ])('refuses %s with HTTP 400', async (_name, search, init) => {
    const res = await fetch(`${ctx.graphqlUrl}${search}`, init);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a GET that carries apollo-require-preflight', async () => {
    const res = await fetch(`${ctx.graphqlUrl}?query=%7B__typename%7D`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
  });

  it('masks an internal error: no SQL, no table, no stack', async () => {
    await withClient(ctx.databaseUrl, (c) => c.query('ALTER TABLE agency_rating RENAME TO agency_rating_away'));
    try {
      const res = await gql(ctx.graphqlUrl, '{ agencyRatings(year: 2023) { rating } }', {}, tokenOf.person);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(res.errors![0]!.message).toBe('服务器内部错误 / Internal server error');
      expect(JSON.stringify(res.errors)).not.toMatch(/agency_rating|SELECT|stacktrace|\.js:\d+/);
    } finally {
      await withClient(ctx.databaseUrl, (c) => c.query('ALTER TABLE agency_rating_away RENAME TO agency_rating'));
    }
  });

  it('reports the rate limit on every response, refusals included', async () => {
    const res = await gql(ctx.graphqlUrl, aliases(21), {}, tokenOf.person);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-ratelimit-limit')).toBe('600');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(600);
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
  });

  describe('graphql-http audits (with a BI token: one MUST audit introspects)', () => {
    const fetchFn = (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${tokenOf.bi}`);
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: () => ctx.graphqlUrl, fetchFn });

    it.each(audits.map((a) => [a.name, a] as const))('%s', async (name, audit) => {
      const result = await audit.fn();
      if (result.status === 'warn') console.warn(`graphql-http warning: ${name}: ${result.reason}`);
      expect(result.status === 'error' ? `${name}: ${result.reason}` : 'no MUST failure').toBe('no MUST failure');
    });
  });
});

describe('rate limit per token', () => {
  const ctx = useServer({ JIXIAO_RATE_LIMIT: '5', JIXIAO_RATE_LIMIT_BI: '8' });
  const tokenOf: Record<string, string | undefined> = { anonymous: undefined };
  beforeAll(async () => {
    tokenOf.bi = await demoBiTokenOf(ctx.databaseUrl);
    // This login is the anonymous client's first request.
    tokenOf.person = await login(ctx.graphqlUrl, 'leader');
  });

  it.each([
    ['an anonymous client (by IP)', 5, 'anonymous'],
    ['a person’s token', 5, 'person'],
    ['a BI token', 8, 'bi'],
  ])('lets %s send %i requests a minute, then answers 429 RATE_LIMITED with retry-after', async (_name, limit, who) => {
    const send = () => gql(ctx.graphqlUrl, '{ __typename }', {}, tokenOf[who]);
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe(String(limit));
    let remaining = Number(first.headers.get('x-ratelimit-remaining'));
    expect(remaining).toBeLessThan(limit);
    while (remaining > 0) {
      const res = await send();
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBe(--remaining);
    }
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(refused.errors![0]!.message).toMatch(/请求过于频繁.* \/ Too many requests/);
    expect(refused.headers.get('x-ratelimit-limit')).toBe(String(limit));
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // x-ratelimit-reset is the moment the window restarts, in Unix seconds (the common convention).
    const reset = Number(refused.headers.get('x-ratelimit-reset'));
    expect(Math.abs(reset - (Math.ceil(Date.now() / 1000) + retryAfter))).toBeLessThanOrEqual(2);
  });
});

describe('failed authentications per IP', () => {
  const ctx = useServer({ JIXIAO_RATE_LIMIT: '1000', JIXIAO_AUTH_FAILURE_LIMIT: '4' });

  it('a client sending a new invalid token each time gets 401, then 429 past the limit; valid tokens go on', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    const bi = await demoBiTokenOf(ctx.databaseUrl);
    expect((await gql(ctx.graphqlUrl, '{ me { username } }', {}, bi)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const res = await gql(ctx.graphqlUrl, '{ me { username } }', {}, `jxbi_guess${i}${'x'.repeat(40)}`);
      expect(res.status).toBe(401);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    // Each guess had its own key, so the per-token limit never saw more than one; the IP's failures did.
    const guess = await gql(ctx.graphqlUrl, '{ me { username } }', {}, 'jxbi_yetanotherguess');
    expect(guess.status).toBe(429);
    expect(guess.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 4 });
    expect(guess.errors![0]!.message).toMatch(/认证失败次数过多.*\/ Too many failed authentications/);
    expect(Number(guess.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Issue 14 §2: junk tokens from an IP no longer lock out the valid tokens of the same IP.
    const valid = await gql(ctx.graphqlUrl, '{ me { username } }', {}, token);
    expect(valid.status).toBe(200);
    expect(valid.data!.me.username).toBe('leader');
    expect((await gql(ctx.graphqlUrl, '{ me { username } }', {}, bi)).status).toBe(200);
    const forged = await gql(ctx.graphqlUrl, '{ me { username } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.bad');
    expect(forged.status).toBe(429);
    // Logging in (no token) stays open to the IP's other users.
    expect(await login(ctx.graphqlUrl, 'pes')).toMatch(/\./);
  });
});

describe('statement timeout', () => {
  const ctx = useServer({ JIXIAO_STATEMENT_TIMEOUT_MS: '500' });

  it('answers TIMEOUT, not an internal error, when a statement runs past JIXIAO_STATEMENT_TIMEOUT_MS', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    // A lock held by another session makes the API's statement wait until PostgreSQL cancels it.
    await withClient(ctx.databaseUrl, async (c) => {
      await c.query('BEGIN');
      await c.query('LOCK TABLE training_session IN ACCESS EXCLUSIVE MODE');
      try {
        const res = await gql(ctx.graphqlUrl, '{ trainingSummary(year: 2023) { sessions } }', {}, token);
        expect(res.errors![0]!.extensions).toMatchObject({ code: 'TIMEOUT' });
        expect(res.errors![0]!.message).toMatch(/查询超时.* \/ The query took too long/);
        expect(JSON.stringify(res.errors)).not.toMatch(/training_session|statement timeout|SELECT/);
      } finally {
        await c.query('ROLLBACK');
      }
    });
  });
});

describe('development mode', () => {
  const ctx = useServer({ NODE_ENV: 'development' });

  it('serves the sandbox landing page', async () => {
    const res = await fetch(ctx.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('lets anyone introspect', async () => {
    const res = await gql(ctx.graphqlUrl, getIntrospectionQuery());
    expect(res.status).toBe(200);
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });
});
