import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { connectAndMigrate } from './connect.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

const EMBEDDED_DATABASE = 'jixiao';

/**
 * The database of a start, migrated: DATABASE_URL's, or the embedded PostgreSQL of the data folder. The
 * server starts the embedded one; a command (`npm run import`) run beside a running server joins the
 * PostgreSQL that server started instead of starting (or stopping) one of its own.
 */
export async function startDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'JIXIAO_DATA_DIR' | 'JIXIAO_PG_PORT' | 'JIXIAO_STATEMENT_TIMEOUT_MS'>,
  say: (line: string) => void,
  opts: { joinRunning?: boolean } = {},
): Promise<{ db: DataSource; embedded: EmbeddedDatabase | null }> {
  const options = { statementTimeoutMs: config.JIXIAO_STATEMENT_TIMEOUT_MS };
  if (config.DATABASE_URL) return { db: await connectAndMigrate(config.DATABASE_URL, say, options), embedded: null };
  if (opts.joinRunning) {
    const url = `postgres://postgres:postgres@127.0.0.1:${config.JIXIAO_PG_PORT}/${EMBEDDED_DATABASE}`;
    const db = await connectAndMigrate(url, () => {}, options).catch(() => null);
    if (db) return { db, embedded: null };
  }
  const dir = join(config.JIXIAO_DATA_DIR, 'postgres');
  say(`Starting embedded PostgreSQL (data in ${dir}, port ${config.JIXIAO_PG_PORT}) …`);
  const embedded = await startEmbeddedPostgres({
    dir,
    port: config.JIXIAO_PG_PORT,
    database: EMBEDDED_DATABASE,
    log: (line) => (line.startsWith('Stopping a PostgreSQL') ? say(line) : undefined),
  });
  try {
    return { db: await connectAndMigrate(embedded.url, say, options), embedded };
  } catch (err) {
    await embedded.stop().catch(() => {});
    throw err;
  }
}
