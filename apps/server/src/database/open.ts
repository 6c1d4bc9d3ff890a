import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { embeddedUrl, startEmbeddedPostgres } from './embedded-postgres.js';

export interface OpenedDatabase {
  url: string;
  /** Stops the embedded PostgreSQL this call started; nothing for DATABASE_URL or one reused. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'jixiao';

/** The pid and port of the embedded PostgreSQL running on `dir`, if one runs. */
function runningEmbedded(dir: string): { pid: number; port: number } | null {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null;
  }
}

/**
 * The database of this deployment: DATABASE_URL's PostgreSQL, or the embedded one in the data folder.
 * The server starts the embedded one (stopping one an earlier start left behind); a command run beside a
 * running server (`npm run admin`) passes `reuseRunning` and connects to the server's PostgreSQL instead.
 */
export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'JIXIAO_DATA_DIR' | 'JIXIAO_PG_PORT'>,
  opts: { log?: (line: string) => void; reuseRunning?: boolean } = {},
): Promise<OpenedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  const dir = join(config.JIXIAO_DATA_DIR, 'postgres');
  const running = opts.reuseRunning ? runningEmbedded(dir) : null;
  if (running) return { url: embeddedUrl(running.port, EMBEDDED_DATABASE), stop: async () => {} };
  opts.log?.(`Starting embedded PostgreSQL (data in ${dir}, port ${config.JIXIAO_PG_PORT}) …`);
  const embedded = await startEmbeddedPostgres({
    dir,
    port: config.JIXIAO_PG_PORT,
    database: EMBEDDED_DATABASE,
    log: (line) => (line.startsWith('Stopping a PostgreSQL') ? opts.log?.(line) : undefined),
  });
  return embedded;
}
