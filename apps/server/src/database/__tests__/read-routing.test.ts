import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDatabase } from '../../testing/harness.js';
import { createDataSource } from '../data-source.js';
import { withReadRouting, withReplicaReads } from '../read-routing.js';

// Which pool a statement goes to, with DATABASE_REPLICA_URLS: two databases of the test server stand for the
// primary and the replica (test/api/replica.test.ts runs a real streaming replica), and `current_database()`
// says where each statement ran.

describe('read routing', () => {
  let db: DataSource;
  const names = { primary: '', replica: '' };
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const [primary, replica] = [
      await createDatabase(inject('adminUrl'), inject('emptyTemplate')),
      await createDatabase(inject('adminUrl'), inject('emptyTemplate')),
    ];
    drops.push(primary.drop, replica.drop);
    [names.primary, names.replica] = [primary.name, replica.name];
    db = createDataSource(primary.url, { poolSize: 2, replicaUrls: [replica.url] });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    for (const drop of drops) await drop();
  });

  const where = async (run: () => Promise<{ d: string }[]>) => (await run())[0]!.d;
  const HERE = `SELECT current_database() AS d`;

  it('sends everything to the primary outside a request, and in a request until its operation is a query', async () => {
    expect(await where(() => db.query(HERE))).toBe(names.primary);
    expect(await withReadRouting(() => where(() => db.query(HERE)))).toBe(names.primary);
  });

  it('sends a query operation’s plain reads to the replica: raw SQL, the manager and query builders', async () => {
    await withReplicaReads(async () => {
      expect(await where(() => db.query(HERE))).toBe(names.replica);
      expect(await where(() => db.manager.query(HERE))).toBe(names.replica);
      expect(
        await where(() => db.createQueryBuilder().select('current_database()', 'd').fromDummy().getRawMany()),
      ).toBe(names.replica);
    });
  });

  it('keeps every transaction on the primary, and every statement run inside it', async () => {
    await withReplicaReads(async () => {
      const inside = await db.transaction(async (m) => ({
        own: await where(() => m.query(HERE)),
        // A statement sent through the DataSource from inside the transaction's callback: primary too.
        beside: await where(() => db.query(HERE)),
      }));
      expect(inside).toEqual({ own: names.primary, beside: names.primary });
      const isolated = await db.transaction('READ COMMITTED', (m) => where(() => m.query(HERE)));
      expect(isolated).toBe(names.primary);
      // After the transaction, the request's reads go to the replica again.
      expect(await where(() => db.query(HERE))).toBe(names.replica);
    });
  });
});
