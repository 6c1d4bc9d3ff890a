import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_DIR, SERVER_DIR } from '../../src/config.js';
import {
  createDatabase,
  demoBiTokenOf,
  freePort,
  gql,
  startServerProcess,
  type ServerProcess,
} from '../../src/testing/harness.js';

// Issue 11 §1: the built server, started the way compose and the Dockerfile start it (NODE_ENV=production),
// on databases as empty as a new county's.

const MAIN = resolve(SERVER_DIR, 'dist/main.js');
const secret = () => randomBytes(48).toString('base64');

/** A database with nothing in it, not even the migrations. */
async function emptyDatabase() {
  return createDatabase(inject('adminUrl'), 'template0');
}

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Runs the built server until it exits by itself (a refusal), or gives up after 30 s. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        JIXIAO_SECRET: '',
        JIXIAO_DEMO_IN_PRODUCTION: '',
        DEMO_PASSWORD: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not refuse:\n${stdout}${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const FORMER_COMPOSE_DEFAULT = 'change-me-to-a-long-random-secret-of-32-chars';

describe('production refuses to start unsafely, with a one-line reason, before touching the database', () => {
  const db: { url: string; drop(): Promise<void> } = {} as never;
  beforeAll(async () => Object.assign(db, await emptyDatabase()));
  afterAll(() => db.drop());

  it.each([
    ['a missing JIXIAO_SECRET', {}, 'JIXIAO_SECRET is required in production'],
    ['a JIXIAO_SECRET under 32 characters', { JIXIAO_SECRET: 'x'.repeat(31) }, 'at least 32 characters'],
    [
      'a JIXIAO_SECRET copied from the README (compose’s former default)',
      { JIXIAO_SECRET: FORMER_COMPOSE_DEFAULT },
      'printed in the Jixiao repository',
    ],
    [
      'the demo in production with the default DEMO_PASSWORD',
      { JIXIAO_SECRET: 'SECRET', JIXIAO_DEMO_IN_PRODUCTION: 'true' },
      'DEMO_PASSWORD must be a password of your own',
    ],
  ])('refuses %s', async (_name, env, reason) => {
    const run = await runToExit({
      DATABASE_URL: db.url,
      PORT: String(await freePort()),
      ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === 'SECRET' ? secret() : v])),
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(reason)]);
    expect(run.stderr).toMatch(/^jixiao: refusing to start in production: |^jixiao: Invalid environment: /);
    const tables = await sql<{ n: number }>(
      db.url,
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables[0]!.n).toBe(0);
  });

  it('takes the refused value from the README itself', () => {
    expect(readFileSync(resolve(REPO_DIR, 'README.md'), 'utf8')).toContain(FORMER_COMPOSE_DEFAULT);
  });
});

describe('a production start on an empty database', () => {
  let server: ServerProcess;
  const db: { url: string; drop(): Promise<void> } = {} as never;
  const env = { JIXIAO_SECRET: secret(), JIXIAO_LOAD_DEMO: 'true' };

  beforeAll(async () => {
    Object.assign(db, await emptyDatabase());
    server = await startServerProcess({ databaseUrl: db.url, env });
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  const counts = () =>
    sql<{ regions: number; users: number; projects: number; tokens: number }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM region) AS regions, (SELECT count(*)::int FROM app_user) AS users,
              (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM api_token) AS tokens`,
    );

  it('says production on its first line, ignores JIXIAO_LOAD_DEMO and starts empty', async () => {
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain('Press Ctrl-C to stop.');
    const lines = server.output().split('\n');
    expect(lines[0]).toBe('Jixiao 绩效 · production mode (NODE_ENV=production)');
    expect(server.output()).toContain('JIXIAO_LOAD_DEMO is ignored in production');
    expect(server.output()).toContain('npm run admin -- create-admin --region <code> --username <name>');
    expect(server.output()).not.toMatch(/Demo logins|jxbi_/);
    expect(await counts()).toEqual([{ regions: 0, users: 0, projects: 0, tokens: 0 }]);
  });

  it('answers no introspection to an anonymous caller', async () => {
    const res = await gql(server.graphqlUrl, '{ __schema { queryType { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const type = await gql(server.graphqlUrl, '{ __type(name: "Query") { fields { name } } }');
    expect(type.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('shows no Apollo landing page', async () => {
    const res = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(body).not.toMatch(/<html|apollo.*sandbox|embeddable/i);
  });

  const noLeak = (body: string) => {
    expect(body).not.toMatch(/stack|\bat \S+ \(|\.js:\d+|node_modules|Did you mean|SyntaxError|PayloadTooLarge/i);
  };

  it.each([
    ['a body that is not JSON', '{"query": "{ __typename }"', 400, 'not valid JSON'],
    ['a body over 1 MB', JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }), 413, 'too large'],
  ])('answers %s with a JSON error and no stack trace', async (_name, body, status, words) => {
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const json = JSON.parse(text);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toContain(words);
    noLeak(text);
  });

  it.each([
    ['a misspelt field', '{ projcts { id } }', {}],
    ['a misspelt argument', '{ targetSummary(yaer: 2023) { projectCount } }', {}],
    [
      'a misspelt enum value in a variable',
      'query($r: Role) { users(filter: { role: $r }) { totalCount } }',
      { r: 'ADMN' },
    ],
  ])('answers %s without a stack trace or a suggestion', async (_name, query, variables) => {
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text).errors.length).toBeGreaterThan(0);
    noLeak(text);
  });

  it('starts empty again after the database is lost', async () => {
    await server.stop();
    await sql(db.url, `DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
    server = await startServerProcess({ databaseUrl: db.url, env });
    // Said after the "is ready" line the harness waits for.
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain('No users yet');
    expect(await counts()).toEqual([{ regions: 0, users: 0, projects: 0, tokens: 0 }]);
  });
});

describe('the demo in production, asked for with JIXIAO_DEMO_IN_PRODUCTION and a password of one’s own', () => {
  let server: ServerProcess;
  const db: { url: string; drop(): Promise<void> } = {} as never;
  const password = `own-${randomBytes(9).toString('base64url')}`;

  beforeAll(async () => {
    Object.assign(db, await emptyDatabase());
    server = await startServerProcess({
      databaseUrl: db.url,
      env: { JIXIAO_DEMO_IN_PRODUCTION: 'true', DEMO_PASSWORD: password },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  it('prints a BI token random to this database, which reads the demo county', async () => {
    // The banner follows the "is ready" line the harness waits for.
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain('Press Ctrl-C to stop.');
    const printed = /BI token \(read-only, scope of leader; random for this database\): (jxbi_demo_\S+)/.exec(
      server.output(),
    )![1]!;
    expect(printed).toBe(await demoBiTokenOf(db.url));
    // The tests' demo template was loaded with the default password: a token derived from the password would match.
    expect(printed).not.toBe(await demoBiTokenOf(createdTemplateUrl()));
    const res = await gql(server.graphqlUrl, '{ targetSummary(year: 2023) { projectCount } }', {}, printed);
    expect(res.data!.targetSummary.projectCount).toBe(321);
  });

  it('logs in with the password set, not the public default', async () => {
    const q = 'mutation($p: String!) { login(username: "leader", password: $p) { token } }';
    expect((await gql(server.graphqlUrl, q, { p: 'jixiao-demo' })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await gql(server.graphqlUrl, q, { p: password })).data!.login.token).toBeTruthy();
  });
});

function createdTemplateUrl(): string {
  const u = new URL(inject('adminUrl'));
  u.pathname = `/${inject('template')}`;
  return u.toString();
}

describe('the image’s user: not root, with only its data folder to write', () => {
  it('starts the embedded PostgreSQL in its data folder and serves', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'jixiao-unprivileged-'));
    chmodSync(parent, 0o755);
    const dataDir = join(parent, 'data');
    // As root (CI, the development machines) drop to `nobody`, as the image's USER does; anyone else already is.
    const asRoot = process.getuid?.() === 0;
    const { execFileSync } = await import('node:child_process');
    execFileSync('install', ['-d', '-m', '0750', ...(asRoot ? ['-o', 'nobody', '-g', 'nogroup'] : []), dataDir]);
    const port = await freePort();
    const [command, args] = asRoot
      ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, MAIN]]
      : [process.execPath, [MAIN]];
    const child = spawn(command, args, {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        DATABASE_URL: '',
        HOME: parent,
        NODE_ENV: 'production',
        JIXIAO_SECRET: secret(),
        JIXIAO_DATA_DIR: dataDir,
        JIXIAO_PG_PORT: String(await freePort()),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await new Promise<void>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`not ready in 60 s:\n${out}`)), 60_000);
        child.stdout.on('data', () => {
          if (!out.includes('is ready')) return;
          clearTimeout(timer);
          ok();
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          fail(new Error(`exited with ${code}:\n${out}`));
        });
      });
      const res = await gql(`http://127.0.0.1:${port}/graphql`, '{ __typename }');
      expect(res.data).toEqual({ __typename: 'Query' });
      const owner = statSync(join(dataDir, 'postgres', 'PG_VERSION')).uid;
      expect(owner).toBe(
        asRoot ? Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })) : process.getuid!(),
      );
    } finally {
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
