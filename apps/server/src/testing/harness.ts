// Test harness shared by the server's tests and the dashboard's browser tests (exported as
// `@jixiao/server/testing`): a real PostgreSQL (DATABASE_URL's server, or an embedded one),
// a migrated template database with the demo county, a fresh database per test file,
// and the built server started as a separate process.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { SERVER_DIR } from '../config.js';
import { connectAndMigrate } from '../database/connect.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { PINNED_DEMO_TODAY } from '../demo/build-county.js';
import { loadDemo } from '../demo/load.js';

export const TEST_DEMO_PASSWORD = 'jixiao-demo';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolvePort(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestCluster {
  /** A URL to the cluster's maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** DATABASE_URL's server when set (tests then create and drop their own databases on it), else an embedded one. */
export async function startTestCluster(): Promise<TestCluster> {
  if (process.env.DATABASE_URL) {
    return { adminUrl: withDatabase(process.env.DATABASE_URL, 'postgres'), stop: async () => {} };
  }
  const parent = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
  // PostgreSQL runs as the `postgres` system user when we are root: it must be able to enter the folder.
  chmodSync(parent, 0o755);
  const dir = join(parent, 'pg');
  const embedded = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
  return {
    adminUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      // The cluster is throw-away: leave no data folder behind in /tmp.
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a migrated database, with the demo county unless `demo: false`; returns its name. */
export async function createTemplate(adminUrl: string, opts: { demo?: boolean } = {}): Promise<string> {
  const name = `jixiao_tpl_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const db = await connectAndMigrate(withDatabase(adminUrl, name));
  // The tests' demo stands on a fixed day (JIXIAO_DEMO_TODAY, else 2024-05-30 with 2024 the year in progress):
  // the same rows whatever the day the tests run.
  if (opts.demo !== false) {
    await loadDemo(db, TEST_DEMO_PASSWORD, { today: process.env.JIXIAO_DEMO_TODAY || PINNED_DEMO_TODAY });
  }
  await db.destroy();
  return name;
}

/** A fresh database copied from a template: each test file gets its own. */
export async function createDatabase(
  adminUrl: string,
  template: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `jixiao_test_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The demo BI token of a database loaded with the demo (random per database; copies share their template's). */
export async function demoBiTokenOf(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT bi_token FROM demo_state WHERE id = 1`);
    if (!rows[0]) throw new Error('this database holds no demo');
    return rows[0].bi_token as string;
  } finally {
    await client.end();
  }
}

export interface ServerProcess {
  url: string;
  graphqlUrl: string;
  /** The server process's id (e.g. to read its memory from /proc). */
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the built server (apps/server/dist/main.js) as its own process and waits until it listens. */
export async function startServerProcess(
  opts: {
    databaseUrl?: string;
    env?: Record<string, string>;
    /** another build's dist/main.js (the bench's before) */ main?: string;
  } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const main = opts.main ?? resolve(SERVER_DIR, 'dist/main.js');
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      JIXIAO_SECRET: randomBytes(32).toString('hex'),
      JIXIAO_LOAD_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('is ready')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    pid: child.pid!,
    output: () => out,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
  extensions?: Record<string, unknown>;
  headers: Headers;
}

/** One GraphQL request over HTTP, as a client would send it. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: res.status, headers: res.headers, ...body };
}

export async function login(graphqlUrl: string, username: string, password = TEST_DEMO_PASSWORD): Promise<string> {
  const res = await gql<{ login: { token: string } }>(
    graphqlUrl,
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
  );
  if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/**
 * The server's pure rules (src/rules), for browser tests that check what a page shows against the rule
 * itself: a test calls the rule, never a copy of it.
 */
export * as rules from '../rules/index.js';

/** Runs `fn` with a client on a test database (a browser test setting up a case the demo lacks), then closes it. */
export async function onDatabase<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
