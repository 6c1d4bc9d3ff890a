// npm run demo:reset — empties the database and loads the demo county again.
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { connectAndMigrate } from '../database/connect.js';
import { startEmbeddedPostgres, StartupError } from '../database/embedded-postgres.js';
import { resetDemo } from './load.js';

try {
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dir: join(config.JIXIAO_DATA_DIR, 'postgres'),
        port: config.JIXIAO_PG_PORT,
        database: 'jixiao',
      });
  const db = await connectAndMigrate(config.DATABASE_URL ?? embedded!.url, console.log);
  const { ms } = await resetDemo(db, config.DEMO_PASSWORD);
  await db.destroy();
  await embedded?.stop();
  console.log(`Demo county reloaded in ${ms} ms.`);
  process.exit(0);
} catch (err) {
  console.error(`jixiao: ${err instanceof StartupError || err instanceof ConfigError ? err.message : String(err)}`);
  process.exit(1);
}
