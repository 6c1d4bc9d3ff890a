import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../src/config.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { demoBiTokenOf, gql, login, onDatabase } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 14 §3, the HTTP and input parts, against the built server (NODE_ENV=production): security headers on
// every response, 404 for unknown files, compression, text limits from the schema, NUL bytes and lone
// surrogates, bad ids, years and cursors named, `nodes` over its limit, no field suggestions.

/** A dashboard build of two files: the page (no inline script or style, like vite's) and a script. */
const dashboardDir = mkdtempSync(join(tmpdir(), 'jixiao-dashboard-'));
mkdirSync(join(dashboardDir, 'assets'));
writeFileSync(
  join(dashboardDir, 'index.html'),
  '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
);
const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, name: `row ${i}` })))};\n`;
writeFileSync(join(dashboardDir, 'assets', 'app.js'), script);
afterAll(() => rmSync(dashboardDir, { recursive: true, force: true }));

/** A raw request (fetch would add and undo its own Accept-Encoding): status, headers and the body as sent. */
function raw(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

const ctx = useServer({ JIXIAO_DASHBOARD_DIR: dashboardDir, JIXIAO_RATE_LIMIT: '100000' });

describe('security headers, unknown files and compression', () => {
  it('sends the security headers on the page, an asset, a 404 and /graphql', async () => {
    const graphql = await raw(ctx.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.status).toBe(200);
    for (const res of [
      await raw(`${ctx.server.url}/`),
      await raw(`${ctx.server.url}/assets/app.js`),
      await raw(`${ctx.server.url}/assets/nope.js`),
      graphql,
    ]) {
      const csp = String(res.headers['content-security-policy']);
      const directive = (name: string) => csp.split(';').find((d) => d.trim().startsWith(`${name} `));
      expect(directive('script-src')).toBe("script-src 'self'");
      expect(directive('script-src-attr')).toBe("script-src-attr 'none'");
      // Style sheets only from the server; style attributes (the charts' tooltips) are allowed.
      expect(directive('style-src')).toBe("style-src 'self'");
      expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves a page the CSP allows: the dashboard’s index.html has no inline script or style', () => {
    const page = readFileSync(resolve(REPO_DIR, 'apps/dashboard/index.html'), 'utf8');
    expect(page.match(/<script\b[^>]*>/g)!.every((tag) => / src=/.test(tag))).toBe(true);
    expect(page).not.toMatch(/<style\b| style=| on[a-z]+=/i);
  });

  it('answers 404 for a file that is not there, and the page for client routes', async () => {
    for (const path of ['/assets/nope.js', '/assets/nope', '/favicon.ico', '/projects/report.pdf', '/.env']) {
      const res = await raw(`${ctx.server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).not.toMatch(/html/);
    }
    for (const path of ['/', '/projects?x=1', '/unit', '/overview?year=2023']) {
      const res = await raw(`${ctx.server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
      expect(res.body.toString()).toContain('<div id="root">');
    }
  });

  it('compresses GraphQL JSON (Brotli or gzip) and assets when the client accepts it, and only then', async () => {
    const token = await login(ctx.graphqlUrl, 'leader');
    const query = JSON.stringify({
      query: '{ projects(first: 50, filter: { year: 2023 }) { edges { node { id name } } } }',
    });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const zipped = await raw(ctx.graphqlUrl, {
      method: 'POST',
      headers: { ...headers, 'accept-encoding': 'gzip' },
      body: query,
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(gunzipSync(zipped.body).toString('utf8'));
    expect(json.data.projects.edges).toHaveLength(50);
    const plain = await raw(ctx.graphqlUrl, { method: 'POST', headers, body: query });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    // Brotli when accepted (browsers send it with gzip, and it is preferred), the same JSON.
    for (const accepted of ['br', 'gzip, deflate, br']) {
      const br = await raw(ctx.graphqlUrl, {
        method: 'POST',
        headers: { ...headers, 'accept-encoding': accepted },
        body: query,
      });
      expect(br.headers['content-encoding'], accepted).toBe('br');
      expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
      expect(br.body.length).toBeLessThan(plain.body.length / 2);
    }

    const asset = await raw(`${ctx.server.url}/assets/app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString('utf8')).toBe(script);
  });
});

describe('text limits and characters, from the schema', () => {
  const SET_PLAN = `mutation($id: ID!, $owner: String!, $plan: String!, $v: Int!) {
    setFlagPlan(id: $id, ownerName: $owner, rectificationPlan: $plan, version: $v) { rectificationPlan version } }`;

  /** An open flag and the unit user who plans it, and the flag's row as stored. */
  async function openFlag() {
    const [row] = await onDatabase(ctx.databaseUrl, async (c) => {
      const r = await c.query(`SELECT f.id, u.username FROM flag f JOIN project p ON p.id = f.project_id
          JOIN app_user u ON u.unit_id = p.unit_id AND u.role = 'UNIT' AND u.active
          WHERE f.status = 'OPEN' ORDER BY f.id LIMIT 1`);
      return r.rows as { id: number; username: string }[];
    });
    const stored = () =>
      onDatabase(ctx.databaseUrl, async (c) => {
        const r = await c.query(`SELECT owner_name, rectification_plan, version FROM flag WHERE id = $1`, [row!.id]);
        return r.rows[0] as { owner_name: string; rectification_plan: string; version: number };
      });
    return { id: toGlobalId('Flag', row!.id), token: await login(ctx.graphqlUrl, row!.username), stored };
  }

  it('states the limit in the schema and refuses a longer text naming the field, the database unchanged', async () => {
    const flag = await openFlag();
    const before = await flag.stored();
    // 300,000 characters: refused before GraphQL parses the operation; 5,001: refused by the schema's limit.
    for (const [plan, limit] of [
      ['x'.repeat(300_000), 100_000],
      ['整'.repeat(5001), 5000],
    ] as const) {
      const res = await gql(
        ctx.graphqlUrl,
        SET_PLAN,
        { id: flag.id, owner: '张三', plan, v: before.version },
        flag.token,
      );
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rectificationPlan' });
      expect(res.errors![0]!.message).toContain(`rectificationPlan：最多 ${limit} 个字符`);
      expect(res.errors![0]!.message).toContain(`rectificationPlan: at most ${limit} characters (got ${plan.length})`);
    }
    const long = await gql(
      ctx.graphqlUrl,
      SET_PLAN,
      { id: flag.id, owner: 'x'.repeat(61), plan: '整改', v: before.version },
      flag.token,
    );
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerName' });
    expect(long.errors![0]!.message).toMatch(/ownerName：最多 60 个字符.* \/ ownerName: at most 60 characters/);
    expect(await flag.stored()).toEqual(before);

    // At the limit it is stored.
    const ok = await gql(
      ctx.graphqlUrl,
      SET_PLAN,
      { id: flag.id, owner: '张三', plan: '整'.repeat(5000), v: before.version },
      flag.token,
    );
    expect(ok.errors).toBeUndefined();
    expect((await flag.stored()).rectification_plan).toHaveLength(5000);
  });

  it('refuses a too-long field inside an input object, naming its path', async () => {
    const pes = await login(ctx.graphqlUrl, 'pes');
    const res = await gql(
      ctx.graphqlUrl,
      `mutation($p: ID!, $i: SupervisionFindingInput!) { recordSupervisionFinding(projectId: $p, input: $i) { id } }`,
      {
        p: toGlobalId('Project', 1),
        i: {
          kind: 'AUDIT',
          source: '县审计局',
          foundOn: '2023-06-01',
          documentNo: 'x'.repeat(101),
          description: '问题',
        },
      },
      pes,
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.documentNo' });
    expect(res.errors![0]!.message).toMatch(/input\.documentNo：最多 100 个字符/);
  });

  it.each([
    ['a NUL byte in a variable', { n: 'a\u0000b' }, 'note', /note：不能包含 NUL 字符 \/ note: must not contain NUL/],
    [
      'a lone surrogate in a variable',
      { n: 'a\udc00b' },
      'note',
      /note: contains invalid Unicode \(a lone surrogate\)/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, field, message) => {
    const flag = await openFlag();
    const before = await flag.stored();
    const res = await gql(
      ctx.graphqlUrl,
      `mutation($n: String!) { closeFlag(id: "${flag.id}", version: ${before.version}, note: $n) { id } }`,
      variables,
      flag.token,
    );
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, variable: '$n' });
    expect(res.errors![0]!.message).toMatch(message);
    expect(await flag.stored()).toEqual(before);
  });

  it('names the path of a NUL byte inside an input variable', async () => {
    const pes = await login(ctx.graphqlUrl, 'pes');
    const res = await gql(
      ctx.graphqlUrl,
      `mutation($p: ID!, $finding: SupervisionFindingInput!) { recordSupervisionFinding(projectId: $p, input: $finding) { id } }`,
      {
        p: toGlobalId('Project', 1),
        finding: { kind: 'AUDIT', source: '审计\u0000局', foundOn: '2023-06-01', documentNo: '1', description: '问题' },
      },
      pes,
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.source' });
  });
});

describe('bad ids, years and cursors; nodes over its limit', () => {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['a malformed id', '{ node(id: "garbage") { id } }', 'id'],
    ['an id past the database’s range', `{ node(id: "${toGlobalId('Project', '99999999999')}") { id } }`, 'id'],
    ['a bad id among ids', `{ nodes(ids: ["${toGlobalId('Project', 1)}", "junk"]) { id } }`, 'ids[1]'],
    ['a bad id in a filter', '{ projects(filter: { unitId: "junk" }) { totalCount } }', 'filter.unitId'],
    ['a year out of range', '{ targetSummary(year: 99999) { projectCount } }', 'year'],
    ['a year out of range (checkpoints)', '{ checkpoints(year: 99999) { id } }', 'year'],
    ['a year out of range in a filter', '{ projects(filter: { year: 1 }) { totalCount } }', 'filter.year'],
    ['a junk cursor', '{ projects(after: "junk") { totalCount } }', 'after'],
    ['a cursor with text for a date', `{ flags(after: "${cursor(['abc', 1])}") { edges { cursor } } }`, 'after'],
    [
      'a cursor with an id past the range',
      `{ projects(after: "${cursor(['a', 99999999999])}") { edges { cursor } } }`,
      'after',
    ],
    [
      'a mutation’s id past the range',
      `mutation { closeFlag(id: "${toGlobalId('Flag', '99999999999')}", version: 1) { id } }`,
      'id',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, query, field) => {
    const token = await login(ctx.graphqlUrl, 'pes');
    const res = await gql(ctx.graphqlUrl, query, {}, token);
    expect(res.errors![0]!.extensions, JSON.stringify(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toContain(`${field}：`);
    expect(res.errors![0]!.message).toContain(` / ${field}: `);
  });

  it('still pages with the cursors it gave out, and answers null for a well-formed id it does not have', async () => {
    const token = await login(ctx.graphqlUrl, 'pes');
    for (const list of ['flags', 'projects', 'evaluations', 'auditLog']) {
      const first = await gql(ctx.graphqlUrl, `{ ${list}(first: 2) { pageInfo { endCursor } } }`, {}, token);
      const after = first.data![list].pageInfo.endCursor;
      const next = await gql(
        ctx.graphqlUrl,
        `{ ${list}(first: 2, after: "${after}") { edges { cursor } } }`,
        {},
        token,
      );
      expect(next.errors, list).toBeUndefined();
    }
    const missing = await gql(
      ctx.graphqlUrl,
      `{ node(id: "${toGlobalId('Project', 2_000_000_000)}") { id } }`,
      {},
      token,
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.node).toBeNull();
  });

  it('refuses nodes(ids:) past its limit of 100 instead of cutting the list', async () => {
    const token = await login(ctx.graphqlUrl, 'pes');
    const ids = (n: number) => Array.from({ length: n }, (_, i) => toGlobalId('Project', i + 1));
    const QUERY = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const hundred = await gql(ctx.graphqlUrl, QUERY, { ids: ids(100) }, token);
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.nodes).toHaveLength(100);
    const more = await gql(ctx.graphqlUrl, QUERY, { ids: ids(101) }, token);
    expect(more.data).toBeNull();
    expect(more.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
      limit: 100,
      requested: 101,
    });
    expect(more.errors![0]!.message).toBe('ids：最多 100 个（收到 101 个） / ids: at most 100 (got 101)');
  });
});

describe('no field suggestions in production', () => {
  // Anonymous callers, people, and a BI token (which may introspect): nobody gets a hint.
  it.each([
    ['a misspelt field', '{ projcts { totalCount } }'],
    ['a misspelt argument', '{ projects(fist: 1) { totalCount } }'],
    ['a misspelt enum value', '{ users(filter: { role: LEADERSHP }) { totalCount } }'],
    ['a misspelt input field', '{ projects(filter: { yaer: 2023 }) { totalCount } }'],
  ])('gives none for %s, signed in or not', async (_name, query) => {
    const people = [await login(ctx.graphqlUrl, 'pes'), await login(ctx.graphqlUrl, 'leader')];
    for (const token of [undefined, ...people, await demoBiTokenOf(ctx.databaseUrl)]) {
      const res = await gql(ctx.graphqlUrl, query, {}, token);
      expect(res.errors!.length).toBeGreaterThan(0);
      for (const e of res.errors!) expect(e.message).not.toMatch(/did you mean/i);
    }
  });
});
