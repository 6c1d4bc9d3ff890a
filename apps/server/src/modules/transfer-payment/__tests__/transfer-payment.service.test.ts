import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('TransferPaymentService', () => {
  const ctx = useServices();

  it('lists each upper target with the exact sum of its splits, as SQL adds them', async () => {
    const pes = await ctx.viewer('pes');
    const [{ year }] = await ctx.db.query(`SELECT min(year) AS year FROM transfer_payment WHERE region_id = $1`, [
      pes.regionId,
    ]);
    const list = await ctx.services.transferPayments.list(pes, year);
    expect(list.length).toBeGreaterThan(0);
    const sums = await ctx.db.query(
      `SELECT ti.name, trim_scale(COALESCE(sum(pi.target_value), 0))::text AS split
         FROM transfer_payment tp JOIN transfer_payment_indicator ti ON ti.transfer_payment_id = tp.id
         LEFT JOIN project_indicator pi ON pi.transfer_indicator_id = ti.id
        WHERE tp.region_id = $1 AND tp.year = $2 GROUP BY ti.id ORDER BY ti.id`,
      [pes.regionId, year],
    );
    expect(list.flatMap((tp) => tp.indicators.map((i) => i.splitSum))).toEqual(sums.map((s: any) => s.split));
  });

  it('refuses to confirm a split that does not add up, and leaves the transfer payment unconfirmed', async () => {
    const [ti] = await ctx.db.query(
      `SELECT ti.transfer_payment_id AS tp, pi.id AS pi FROM transfer_payment_indicator ti
         JOIN project_indicator pi ON pi.transfer_indicator_id = ti.id ORDER BY ti.id LIMIT 1`,
    );
    await ctx.db.query(`UPDATE project_indicator SET target_value = target_value + 1 WHERE id = $1`, [ti.pi]);
    await ctx.db.query(`UPDATE transfer_payment SET split_confirmed_on = NULL WHERE id = $1`, [ti.tp]);
    const before = await ctx.db.query(`SELECT * FROM transfer_payment WHERE id = $1`, [ti.tp]);
    await expect(
      ctx.services.transferPayments.confirmSplit(await ctx.act('pes'), ti.tp, before[0].version),
    ).rejects.toMatchObject({ extensions: { code: 'INVALID_TRANSITION', field: 'id' } });
    expect(await ctx.db.query(`SELECT * FROM transfer_payment WHERE id = $1`, [ti.tp])).toEqual(before);
  });
});
