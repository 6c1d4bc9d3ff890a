import { afterAll, beforeAll, inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source.js';
import { createDatabase, startServerProcess, type ServerProcess } from '../../src/testing/harness.js';

/** A fresh database (a copy of the demo template, or an empty migrated one) for this test file. */
export function useDatabase(opts: { demo?: boolean } = {}) {
  const state: { url: string; db: DataSource } = {} as never;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createDatabase(
      inject('adminUrl'),
      opts.demo === false ? inject('emptyTemplate') : inject('template'),
    );
    drop = created.drop;
    state.url = created.url;
    state.db = createDataSource(created.url, { poolSize: 4 });
    await state.db.initialize();
  });
  afterAll(async () => {
    await state.db?.destroy();
    await drop();
  });
  return state;
}

/** The built server as a separate process on a fresh demo database. */
export function useServer(env: Record<string, string> = {}) {
  const state: { server: ServerProcess; graphqlUrl: string; databaseUrl: string } = {} as never;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createDatabase(inject('adminUrl'), inject('template'));
    drop = created.drop;
    state.databaseUrl = created.url;
    state.server = await startServerProcess({ databaseUrl: created.url, env });
    state.graphqlUrl = state.server.graphqlUrl;
  });
  afterAll(async () => {
    await state.server?.stop();
    await drop();
  });
  return state;
}
