import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  createTemplate,
  freePort,
  gql,
  login,
  startServerProcess,
  type ServerProcess,
} from '../../src/testing/harness.js';

// Issue 16 §5: DATABASE_REPLICA_URLS. A PostgreSQL of this test's own (initdb on a temp folder, wal_level=replica)
// and a streaming replica of it (pg_basebackup -R), both on loopback from Debian's binaries; the built server
// on both. Which server ran a statement is read from pg_stat_statements of each (no debug switch in the API).

const BIN = ['/usr/lib/postgresql']
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).map((v) => join(d, v, 'bin')))
  .filter((d) => existsSync(join(d, 'pg_basebackup')))
  .sort()
  .pop();
if (!BIN)
  throw new Error('Debian’s PostgreSQL binaries (/usr/lib/postgresql/*/bin) are needed: apt-get install postgresql');

const root = process.getuid?.() === 0;
const POSTGRES_UID = root ? Number(execFileSync('id', ['-u', 'postgres']).toString()) : 0;
const POSTGRES_GID = root ? Number(execFileSync('id', ['-g', 'postgres']).toString()) : 0;

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` system user. */
function pgTool(tool: string, args: string[]): string {
  const [cmd, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', join(BIN!, tool), ...args]]
    : [join(BIN!, tool), args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

const PROJECTS = `query($y: Int!) { projects(filter: { year: $y }, first: 100) { totalCount edges { node { id name } } } }`;
// The project reader's statements (project.reader.ts: PROJECT_FROM).
const PROJECT_SQL = '%FROM project p JOIN unit u ON u.id = p.unit_id%';

const url = (port: number, db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;

/**
 * Starts the PostgreSQL in `dir` on a port free at that moment, and returns it. Another test file's server may
 * take a port between its choice and the start (the replica's was chosen before the template and the base backup,
 * seconds earlier, and was once taken): each try chooses a new one (a later `port` line overrides an earlier one).
 */
async function startOnFreePort(dir: string, log: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    appendFileSync(join(dir, 'postgresql.conf'), `port = ${port}\n`);
    try {
      pgTool('pg_ctl', ['-D', dir, '-l', log, '-w', 'start']);
      return port;
    } catch (e) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      if (attempt >= 3 || !/could not bind|already in use/i.test(tail))
        throw new Error(`${String(e)}\n${tail}`, { cause: e });
    }
  }
}

async function onServer<T>(port: number, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url(port, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'jixiao-replica-'));
  const [primaryDir, replicaDir] = [join(parent, 'primary'), join(parent, 'replica')];
  let primaryPort = 0;
  let replicaPort = 0;
  let database = '';
  let server: ServerProcess;
  const started: string[] = [];

  /** Calls of the database's statements since the last reset, on one server. */
  const calls = (port: number, like = '%') =>
    onServer(port, async (c) => {
      const { rows } = await c.query(
        `SELECT coalesce(sum(s.calls), 0)::int AS n FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = $1 AND s.query ILIKE $2`,
        [database, like],
      );
      return rows[0].n as number;
    });
  const reset = () =>
    Promise.all(
      [primaryPort, replicaPort].map((p) => onServer(p, (c) => c.query(`SELECT pg_stat_statements_reset()`))),
    );

  beforeAll(async () => {
    if (root) chownSync(parent, POSTGRES_UID, POSTGRES_GID);
    pgTool('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    appendFileSync(
      join(primaryDir, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `unix_socket_directories = '${parent}'`,
        `wal_level = replica`,
        `max_wal_senders = 4`,
        `fsync = off`,
        `shared_preload_libraries = 'pg_stat_statements'`,
        `pg_stat_statements.track = all`,
        '',
      ].join('\n'),
    );
    appendFileSync(join(primaryDir, 'pg_hba.conf'), `host replication postgres 127.0.0.1/32 trust\n`);
    primaryPort = await startOnFreePort(primaryDir, join(parent, 'primary.log'));
    started.push(primaryDir);
    await onServer(primaryPort, (c) => c.query(`CREATE EXTENSION pg_stat_statements`));
    // The demo county, migrated and loaded on the primary before the replica is cloned from it.
    database = await createTemplate(url(primaryPort, 'postgres'));
    pgTool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    appendFileSync(join(replicaDir, 'postgresql.conf'), `hot_standby = on\n`);
    replicaPort = await startOnFreePort(replicaDir, join(parent, 'replica.log'));
    started.push(replicaDir);
    server = await startServerProcess({
      databaseUrl: url(primaryPort, database),
      env: { DATABASE_REPLICA_URLS: url(replicaPort, database) },
    });
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    for (const dir of started.reverse()) pgTool('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
    rmSync(parent, { recursive: true, force: true });
  });

  it('runs on a real streaming replica of the primary', async () => {
    const recovery = (port: number) =>
      onServer(port, async (c) => (await c.query(`SELECT pg_is_in_recovery() AS r`)).rows[0].r as boolean);
    expect(await recovery(primaryPort)).toBe(false);
    expect(await recovery(replicaPort)).toBe(true);
    const senders = await onServer(
      primaryPort,
      async (c) => (await c.query(`SELECT state FROM pg_stat_replication`)).rows,
    );
    expect(senders).toEqual([{ state: 'streaming' }]);
  });

  it('serves a query’s reads from the replica, none from the primary', async () => {
    const token = await login(server.graphqlUrl, 'leader');
    await reset();
    const res = await gql(server.graphqlUrl, PROJECTS, { y: 2023 }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.projects.totalCount).toBeGreaterThan(300);
    // The project reader's statements ran on the replica; the primary saw none of them.
    expect(await calls(replicaPort, PROJECT_SQL)).toBeGreaterThan(0);
    expect(await calls(primaryPort, PROJECT_SQL)).toBe(0);
  });

  it('keeps a mutation and its payload on the primary, and its author reads the new value at once', async () => {
    const token = await login(server.graphqlUrl, 'unit-jyj');
    const before = (await gql(server.graphqlUrl, PROJECTS, { y: 2025 }, token)).data!.projects;
    await reset();
    const name = '2025年副本读写测试项目';
    const CREATE = `mutation($n: String!) { createProject(input: { year: 2025, name: $n, fundFamily: GENERAL_PUBLIC,
      budget: "120000.00", kind: RECURRING }) { id name year budget unit { name } } }`;
    const created = await gql(server.graphqlUrl, CREATE, { n: name }, token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject).toMatchObject({
      name,
      year: 2025,
      budget: '120000.00',
      unit: { name: '尉犁县教育局' },
    });
    // Nothing of the mutation's request ran on the replica (a write there would have failed anyway).
    expect(await calls(replicaPort)).toBe(0);
    expect(await calls(primaryPort, '%INSERT INTO project%')).toBeGreaterThan(0);

    // The writer's next query, sent at once, sees the new project: it reads from the primary for a while.
    const after = (await gql(server.graphqlUrl, PROJECTS, { y: 2025 }, token)).data!.projects;
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(name);
    expect(await calls(replicaPort, PROJECT_SQL)).toBe(0);
    expect(await calls(primaryPort, PROJECT_SQL)).toBeGreaterThan(0);

    // The change reaches the replica by streaming; someone else's query, read there, shows it once replayed.
    const lsn = await onServer(primaryPort, async (c) => (await c.query(`SELECT pg_current_wal_lsn() AS l`)).rows[0].l);
    for (let i = 0; i < 600; i++) {
      const replayed = await onServer(
        replicaPort,
        async (c) => (await c.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok`, [lsn])).rows[0].ok,
      );
      if (replayed) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const leader = await login(server.graphqlUrl, 'leader');
    await reset();
    const seen = (await gql(server.graphqlUrl, PROJECTS, { y: 2025 }, leader)).data!.projects;
    expect(seen.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(name);
    expect(await calls(replicaPort, PROJECT_SQL)).toBeGreaterThan(0);
    expect(await calls(primaryPort, PROJECT_SQL)).toBe(0);
  });
});
