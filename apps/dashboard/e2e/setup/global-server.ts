import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  createTemplate,
  dropDatabase,
  startServerProcess,
  startTestCluster,
} from '@jixiao/server/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database, for commands run beside it (npm run admin). */
    databaseUrl: string;
  }
}

/** One server for the browser tests: the built server and the built dashboard on a fresh demo database. */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  const template = await createTemplate(cluster.adminUrl, { demo: true });
  const db = await createDatabase(cluster.adminUrl, template);
  const server = await startServerProcess({
    databaseUrl: db.url,
    // JIXIAO_E2E_DASHBOARD_DIR: a dashboard built elsewhere (`vite build --outDir …`), so that two people
    // working in one tree do not serve each other's half-written build.
    env: {
      JIXIAO_DASHBOARD_DIR: process.env.JIXIAO_E2E_DASHBOARD_DIR ?? resolve(import.meta.dirname, '../../dist'),
      JIXIAO_RATE_LIMIT: '100000',
    },
  });
  project.provide('baseUrl', server.url);
  project.provide('databaseUrl', db.url);
  return async () => {
    await server.stop();
    await db.drop();
    await dropDatabase(cluster.adminUrl, template);
    await cluster.stop();
  };
}
