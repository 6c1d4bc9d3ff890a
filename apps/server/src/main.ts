import 'reflect-metadata';
import http from 'node:http';
import { ConfigError, dashboardAvailable, loadConfig } from './config.js';
import { connectAndMigrate } from './database/connect.js';
import { assertPortFree, StartupError } from './database/embedded-postgres.js';
import { openDatabase } from './database/open.js';
import { resolveSecret } from './database/secret.js';
import { loadDemoIfEmpty, demoLoginBanner } from './demo/load.js';
import { buildAppSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { createLogger } from './logger.js';
import { createServices } from './services.js';
import { createCounters, createCounterStore } from './security/counters.js';

// Bootstrap only: config → database → schema → http.
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const say = (line: string) => console.log(line);
  say(
    config.mode === 'production'
      ? 'Jixiao 绩效 · production mode (NODE_ENV=production)'
      : 'Jixiao 绩效 · demo mode: the demo county, printed logins (NODE_ENV=production for a real county)',
  );
  if (config.mode === 'production' && !config.loadDemo && /^(1|true|yes)$/.test(process.env.JIXIAO_LOAD_DEMO ?? '')) {
    say('JIXIAO_LOAD_DEMO is ignored in production (JIXIAO_DEMO_IN_PRODUCTION=true loads the demo).');
  }

  await assertPortFree(config.PORT, config.HOST, 'PORT');
  const database = await openDatabase(config, { log: say });
  const url = database.url;

  let stopping = false;
  const shutdownHooks: Array<() => Promise<unknown>> = [];
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping …`);
    for (const hook of shutdownHooks.reverse()) await hook().catch((e) => log.error('shutdown', { error: String(e) }));
    await database.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (config.DATABASE_REPLICA_URLS.length > 0 && !config.DATABASE_URL) {
      throw new StartupError('DATABASE_REPLICA_URLS needs DATABASE_URL (the primary they replicate).');
    }
    const db = await connectAndMigrate(url, say, {
      statementTimeoutMs: config.JIXIAO_STATEMENT_TIMEOUT_MS,
      replicaUrls: config.DATABASE_REPLICA_URLS,
    });
    if (config.DATABASE_REPLICA_URLS.length > 0) {
      say(`Reads of queries go to ${config.DATABASE_REPLICA_URLS.length} read replica(s); writes to DATABASE_URL.`);
    }
    shutdownHooks.push(() => db.destroy());

    if (config.loadDemo) {
      const loaded = await loadDemoIfEmpty(db, {
        password: config.DEMO_PASSWORD,
        today: config.JIXIAO_DEMO_TODAY,
        log: say,
      });
      if (loaded) say(`Loaded the demo county in ${loaded.ms} ms.`);
    }
    const [{ users }] = await db.query(`SELECT count(*)::int AS users FROM app_user`);

    const secret = resolveSecret(config.JIXIAO_SECRET, config.JIXIAO_DATA_DIR);
    // Counters per database: two servers of one database (and one REDIS_URL) share them.
    const store = createCounterStore({
      redisUrl: config.REDIS_URL,
      prefix: `jixiao:${new URL(url).pathname.slice(1) || 'default'}`,
    });
    shutdownHooks.push(() => store.close());
    const services = createServices(
      db,
      secret,
      { maxBytes: config.JIXIAO_IMPORT_MAX_BYTES, maxUnzippedBytes: config.JIXIAO_IMPORT_MAX_UNZIPPED_BYTES },
      createCounters(store, config),
    );
    const schema = await buildAppSchema();
    const httpServer = http.createServer();
    const dashboardDir = dashboardAvailable(config) ? config.JIXIAO_DASHBOARD_DIR : null;
    const { app, apollo } = await createApp({ schema, db, services, httpServer, dashboardDir, log, config });
    shutdownHooks.push(() => apollo.stop());
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, resolve);
    });

    const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const base = `http://${shownHost}:${config.PORT}`;
    say('');
    say(`Jixiao 绩效 is ready in ${Math.round(performance.now() - started)} ms`);
    say(`  Dashboard: ${dashboardDir ? `${base}/` : '(not built: run `npm run build`)'}`);
    if (dashboardDir) say(`  Public disclosure (no login): ${base}/public`);
    say(`  GraphQL:   ${base}/graphql`);
    const banner = config.loadDemo ? await demoLoginBanner(db, config.DEMO_PASSWORD, `${base}/graphql`) : null;
    if (banner) say(banner);
    if (users === 0) {
      say('');
      say('No users yet. Create the first administrator (it prints a one-time password):');
      say('  npm run admin -- create-admin --region <code> --username <name>');
      say('  (in a container: docker compose run --rm app node dist/admin/cli.js create-admin …)');
    }
    say('Press Ctrl-C to stop.');
  } catch (err) {
    await database.stop().catch(() => {});
    throw err;
  }
}

main().catch((err) => {
  if (err instanceof StartupError || err instanceof ConfigError) {
    console.error(`jixiao: ${err.message}`);
  } else {
    const e = err as Error;
    console.error(`jixiao: failed to start: ${e.message ?? String(err)}`);
    if (process.env.LOG_LEVEL === 'debug') console.error(e.stack);
  }
  process.exit(1);
});
