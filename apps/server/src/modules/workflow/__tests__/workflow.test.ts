import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { AuditService } from '../../audit/index.js';
import { today, Workflow } from '../workflow.js';

describe('Workflow', () => {
  const ctx = useServices();

  it('agrees with SQL on the county’s today: every connection’s current_date is the date in Asia/Shanghai', async () => {
    const [row] = await ctx.db.query(
      `SELECT current_date::text AS current, (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS beijing,
              current_setting('TimeZone') AS zone`,
    );
    expect(row.zone).toBe('Asia/Shanghai');
    expect(row.current).toBe(row.beijing);
    expect(today()).toBe(row.beijing);
  });

  it('compiles no statement just in time: every connection runs with jit off', async () => {
    // A ranking that reads a few index ranges (3 ms) spent ~90 ms in JIT compilation when its estimated cost
    // passed jit_above_cost; the pool's sessions turn it off.
    const rows = await Promise.all(
      Array.from({ length: 3 }, () => ctx.db.query(`SELECT current_setting('jit') AS jit`)),
    );
    for (const [row] of rows) expect(row.jit).toBe('off');
  });

  it('finds a row only within the viewer’s scope: another unit’s project is not found, and the transaction writes nothing', async () => {
    const [other] = await ctx.db.query(
      `SELECT p.id FROM project p JOIN app_user a ON a.username = 'unit-jyj' WHERE p.unit_id <> a.unit_id ORDER BY p.id LIMIT 1`,
    );
    const act = await ctx.act('unit-jyj');
    const wf = new Workflow(ctx.db, new AuditService(ctx.db));
    const [{ n: before }] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    await expect(
      wf.run(async (m) => {
        await wf.record(m, act, 'TOUCH', 'Project', other.id, null, null);
        await wf.lockProject(m, act, other.id, 'p.id');
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const [{ n: after }] = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(after).toBe(before);
  });
});
