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

  it('apply every migration to an empty database under a 1 ms timeout, which the pool then keeps', async () => {
    const created = await createDatabase(inject('adminUrl'), 'template0');
    drops.push(created.drop);
    const logged: string[] = [];
    const db = await connectAndMigrate(created.url, (m) => logged.push(m), { statementTimeoutMs: 1 });
    try {
      expect(logged).toEqual([`Applied ${MIGRATIONS.length} migration(s).`]);
      // (Without a connection of their own, the first statement of the migrations is cancelled.) The pool's own
      // statements are still cancelled at the timeout.
      await expect(db.query(`SELECT pg_sleep(0.05)`)).rejects.toThrow(/statement timeout/);
    } finally {
      await db.destroy();
    }
    const c = new pg.Client({ connectionString: created.url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM migrations`);
    await c.end();
    expect(rows[0].n).toBe(MIGRATIONS.length);
  });
});
