import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { AgencyReader } from '../agency.reader.js';

describe('agencies', () => {
  const ctx = useServices();

  it('AgencyReader: an agency sees itself only; the performance section every agency of its county', async () => {
    const agency = await ctx.viewer('agency-xinhe');
    const pes = await ctx.viewer('pes');
    expect((await new AgencyReader(ctx.db, agency).all()).map((a) => a.dbId)).toEqual([agency.agencyId]);
    const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM agency WHERE region_id = $1`, [pes.regionId]);
    expect(await new AgencyReader(ctx.db, pes).all()).toHaveLength(n);
  });

  it('AgencyRatingService refuses a satisfaction for an agency that does not exist, and changes no rating', async () => {
    const before = await ctx.db.query(`SELECT * FROM agency_rating ORDER BY id`);
    const act = await ctx.act('pes');
    await expect(
      ctx.services.agencyRatings.compute(act, 2023, [{ agencyId: 999999, satisfaction: 90 }]),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'satisfaction[0].agencyId' } });
    expect(await ctx.db.query(`SELECT * FROM agency_rating ORDER BY id`)).toEqual(before);
  });
});
