import { afterEach, describe, expect, it, vi } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('FlagService', () => {
  const ctx = useServices();
  const openFlag = async () => {
    const [f] = await ctx.db.query(
      `SELECT f.id, f.version, a.username FROM flag f JOIN project p ON p.id = f.project_id
         JOIN app_user a ON a.unit_id = p.unit_id AND a.role = 'UNIT'
        WHERE f.status = 'OPEN' AND f.evidence = '' AND f.rectification_plan = '' ORDER BY f.id LIMIT 1`,
    );
    return f as { id: number; version: number; username: string };
  };
  afterEach(() => vi.useRealTimers());

  it('dates an action at 07:00 in Beijing (23:00 UTC the day before) on the Beijing day', async () => {
    const f = await openFlag();
    const act = await ctx.act(f.username);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-09T23:00:00Z'));
    await ctx.services.flags.setPlan(act, f.id, '王主任', '六月底前完成资金拨付并补齐台账', f.version);
    vi.useRealTimers();
    const [event] = await ctx.db.query(
      `SELECT occurred_on::text AS on FROM flag_event WHERE flag_id = $1 AND kind = 'PLAN_SET'`,
      [f.id],
    );
    expect(event.on).toBe('2024-06-10');
  });

  it('refuses to close a flag without a plan and evidence, and leaves it as it was', async () => {
    const f = await openFlag();
    const before = await ctx.db.query(`SELECT * FROM flag WHERE id = $1`, [f.id]);
    const pes = await ctx.act('pes');
    await expect(ctx.services.flags.close(pes, f.id, '', f.version)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'flagId' },
    });
    expect(await ctx.db.query(`SELECT * FROM flag WHERE id = $1`, [f.id])).toEqual(before);
    const events = await ctx.db.query(`SELECT 1 FROM flag_event WHERE flag_id = $1 AND kind = 'CLOSED'`, [f.id]);
    expect(events).toEqual([]);
  });
});
