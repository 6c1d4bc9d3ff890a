import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectAndMigrate } from '../../src/database/connect.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { createDatabase } from '../../src/testing/harness.js';

// A migration that builds a summary over a province's million projects runs longer than a request may: pending
// migrations run without the pool's statement timeout, and the pool keeps it.
describe('migrations and the statement timeout', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('apply every migration to an empty database while a statement waits longer than the pool’s timeout, which the pool then keeps', async () => {
    const created = await createDatabase(inject('adminUrl'), 'template0');
    drops.push(created.drop);
    // The migrations' first read of their table waits 400 ms for a lock held here: longer than the pool's
    // 100 ms timeout, so it succeeds only on a connection without it. (A timeout short enough for the
    // migrations' own statements also cancels a new connection's first statement on a loaded machine.)
    const blocker = new pg.Client({ connectionString: created.url });
    await blocker.connect();
    await blocker.query(
      `CREATE TABLE migrations (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`,
    );
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE migrations IN ACCESS EXCLUSIVE MODE');
    const released = new Promise((done) => setTimeout(done, 400)).then(() => blocker.query('COMMIT'));
    const logged: string[] = [];
    const started = Date.now();
    try {
      const db = await connectAndMigrate(created.url, (m) => logged.push(m), { statementTimeoutMs: 100 });
      try {
        expect(Date.now() - started).toBeGreaterThanOrEqual(400);
        expect(logged).toEqual([`Applied ${MIGRATIONS.length} migration(s).`]);
        // The pool's own statements are still cancelled at the timeout.
        await expect(db.query(`SELECT pg_sleep(0.3)`)).rejects.toThrow(/statement timeout/);
      } finally {
        await db.destroy();
      }
    } finally {
      await released;
      await blocker.end();
    }
    const c = new pg.Client({ connectionString: created.url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM migrations`);
    await c.end();
    expect(rows[0].n).toBe(MIGRATIONS.length);
  });
});
