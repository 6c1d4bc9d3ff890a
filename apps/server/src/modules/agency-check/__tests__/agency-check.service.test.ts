import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { AgencyCheckReader } from '../agency-check.reader.js';

describe('agency checks', () => {
  const ctx = useServices();

  it('AgencyCheckService.drawRandom: the sample is the pool ordered by md5(seed:work), the seed and pool kept on the row', async () => {
    const pes = await ctx.act('pes');
    const [agency] = await ctx.db.query(`SELECT id, region_id FROM agency WHERE code = 'huaxia'`);
    const work = (
      await ctx.db.query(`SELECT id FROM evaluation WHERE agency_id = $1 AND year = 2022 ORDER BY id`, [agency.id])
    ).map((r: { id: number }) => r.id);
    expect(work.length).toBeGreaterThan(0);
    const [id] = await ctx.services.agencyChecks.drawRandom(pes, 2022, agency.id, 1);
    const [row] = await ctx.db.query(
      `SELECT kind, status, evaluation_id, draw_seed, draw_pool, lead_source FROM agency_check WHERE id = $1`,
      [id],
    );
    const seed = `AGENCY-CHECK-${agency.region_id}-2022-${agency.id}-1`;
    const [first] = await ctx.db.query(
      `SELECT id FROM unnest($1::int[]) id ORDER BY md5($2 || ':E' || id), id LIMIT 1`,
      [work, seed],
    );
    expect(row).toEqual({
      kind: 'RANDOM',
      status: 'OPEN',
      evaluation_id: first.id,
      draw_seed: seed,
      draw_pool: work.length,
      lead_source: '',
    });
  });

  it('AgencyCheckService.conclude refuses a deduction with more than two decimals by name, changing nothing', async () => {
    const pes = await ctx.act('pes');
    const [c] = await ctx.db.query(`SELECT id, version FROM agency_check ORDER BY id LIMIT 1`);
    const before = await ctx.db.query(`SELECT * FROM agency_check ORDER BY id`);
    await expect(
      ctx.services.agencyChecks.conclude(
        pes,
        c.id,
        { outcome: 'ISSUES_FOUND', findings: '底稿缺失', deduction: '1.005' },
        c.version,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.deduction' } });
    expect(await ctx.db.query(`SELECT * FROM agency_check ORDER BY id`)).toEqual(before);
  });

  it('AgencyCheckReader: a BI token sees no check of a classified unit’s work; leadership and the performance section do', async () => {
    const [c] = await ctx.db.query(`SELECT id, unit_id FROM agency_check ORDER BY id LIMIT 1`);
    await ctx.db.query(`UPDATE unit SET classified = true WHERE id = $1`, [c.unit_id]);
    const leader = await ctx.viewer('leader');
    const pes = await ctx.viewer('pes');
    const ids = async (v: typeof leader) =>
      (await new AgencyCheckReader(ctx.db, v).ofYear(2022, null)).map((x) => x.dbId);
    expect(await ids(leader)).toContain(c.id);
    expect(await ids(pes)).toContain(c.id);
    expect(await ids({ ...leader, tokenId: 1 })).not.toContain(c.id);
    expect(await ids(await ctx.viewer('budget'))).toEqual([]);
  });
});
