import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { StartupError } from './embedded-postgres.js';

/** Connects and applies pending migrations; a bad DATABASE_URL becomes one line that says what to do. */
export async function connectAndMigrate(
  url: string,
  log: (msg: string) => void = () => {},
  options: { statementTimeoutMs?: number; replicaUrls?: string[] } = {},
): Promise<DataSource> {
  const db = createDataSource(url, options);
  try {
    await db.initialize();
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { code?: string };
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    const why =
      e.code === 'ECONNREFUSED'
        ? 'nothing listens there'
        : e.code === 'ENOTFOUND'
          ? 'unknown host'
          : e.code === '3D000'
            ? 'the database does not exist'
            : e.code === '28P01' || e.code === '28000'
              ? 'authentication failed'
              : (e.message ?? String(err)).split('\n')[0];
    throw new StartupError(
      `Cannot connect to PostgreSQL at ${safeUrl} (${why}): check DATABASE_URL${options.replicaUrls?.length ? ' and DATABASE_REPLICA_URLS' : ''}, or unset it to use the embedded database.`,
    );
  }
  // Migrations run on a connection of their own without the pool's statement timeout: one that builds a summary
  // over a province's million projects takes longer than a request may (15 s by default).
  const migrator = createDataSource(url, { poolSize: 1, applicationName: 'jixiao-migrate' });
  try {
    await migrator.initialize();
    const applied = await migrator.runMigrations({ transaction: 'all' });
    if (applied.length > 0) log(`Applied ${applied.length} migration(s).`);
  } catch (e) {
    await db.destroy();
    throw e;
  } finally {
    if (migrator.isInitialized) await migrator.destroy();
  }
  return db;
}
