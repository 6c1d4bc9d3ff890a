import 'reflect-metadata';
import http from 'node:http';
import { ConfigError, dashboardAvailable, loadConfig } from './config.js';
import { startDatabase } from './database/start.js';
import { assertPortFree, StartupError, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { resolveSecret } from './database/secret.js';
import { loadDemoIfEmpty, demoLoginBanner } from './demo/load.js';
import { buildAppSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { createLogger } from './logger.js';
import { createServices } from './services.js';

// Bootstrap only: config → database → schema → http.
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const say = (line: string) => console.log(line);

  await assertPortFree(config.PORT, config.HOST, 'PORT');

  let embedded: EmbeddedDatabase | null = null;
  let stopping = false;
  const shutdownHooks: Array<() => Promise<unknown>> = [];
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping …`);
    for (const hook of shutdownHooks.reverse()) await hook().catch((e) => log.error('shutdown', { error: String(e) }));
    if (embedded) await embedded.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const database = await startDatabase(config, say);
    const db = database.db;
    embedded = database.embedded;
    shutdownHooks.push(() => db.destroy());

    if (config.JIXIAO_LOAD_DEMO) {
      const loaded = await loadDemoIfEmpty(db, { password: config.DEMO_PASSWORD, log: say });
      if (loaded) say(`Loaded the demo county in ${loaded.ms} ms.`);
    }

    const secret = resolveSecret(config.JIXIAO_SECRET, config.JIXIAO_DATA_DIR);
    const services = createServices(db, secret, {
      maxBytes: config.JIXIAO_IMPORT_MAX_BYTES,
      maxUnzippedBytes: config.JIXIAO_IMPORT_MAX_UNZIPPED_BYTES,
    });
    const schema = await buildAppSchema();
    const httpServer = http.createServer();
    const dashboardDir = dashboardAvailable(config) ? config.JIXIAO_DASHBOARD_DIR : null;
    const { app, apollo } = await createApp({ schema, db, services, httpServer, dashboardDir, log, config });
    shutdownHooks.push(() => apollo.stop());
    shutdownHooks.push(() => services.imports.allReading());
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
    if (config.JIXIAO_LOAD_DEMO) say(await demoLoginBanner(db, config.DEMO_PASSWORD, `${base}/graphql`));
    say('Press Ctrl-C to stop.');
  } catch (err) {
    if (embedded) await embedded.stop().catch(() => {});
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
