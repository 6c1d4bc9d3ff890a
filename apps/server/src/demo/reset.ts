// npm run demo:reset — empties the database and loads the demo county again.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config.js';
import { connectAndMigrate } from '../database/connect.js';
import { StartupError } from '../database/embedded-postgres.js';
import { openDatabase } from '../database/open.js';
import { resetDemo } from './load.js';

try {
  const config = loadConfig();
  if (config.mode === 'production' && !config.loadDemo) {
    // It empties every table: a county's real data must not be one mistyped command away from gone.
    throw new ConfigError('demo:reset empties the database: refused in production (NODE_ENV=production).');
  }
  const database = await openDatabase(config);
  const db = await connectAndMigrate(database.url, console.log);
  const { ms } = await resetDemo(db, config.DEMO_PASSWORD, { today: config.JIXIAO_DEMO_TODAY });
  await db.destroy();
  await database.stop();
  console.log(`Demo county reloaded in ${ms} ms.`);
  process.exit(0);
} catch (err) {
  console.error(`jixiao: ${err instanceof StartupError || err instanceof ConfigError ? err.message : String(err)}`);
  process.exit(1);
}
