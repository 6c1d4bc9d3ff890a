// Serves the built dashboard with the built server on a fresh demo database, for a look by hand
// (`npm run serve:demo -w @jixiao/dashboard`, then open the printed address). Ctrl-C stops it all.
import { resolve } from 'node:path';
import {
  createDatabase,
  createTemplate,
  dropDatabase,
  startServerProcess,
  startTestCluster,
} from '@jixiao/server/testing';

const cluster = await startTestCluster();
const template = await createTemplate(cluster.adminUrl, { demo: true });
const db = await createDatabase(cluster.adminUrl, template);
const server = await startServerProcess({
  databaseUrl: db.url,
  env: {
    JIXIAO_DASHBOARD_DIR: resolve(import.meta.dirname, '../dist'),
    JIXIAO_RATE_LIMIT: '100000',
    ...(process.env.PORT ? { PORT: process.env.PORT } : {}),
  },
});
console.log(`demo ready at ${server.url}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await db.drop();
  await dropDatabase(cluster.adminUrl, template);
  await cluster.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
