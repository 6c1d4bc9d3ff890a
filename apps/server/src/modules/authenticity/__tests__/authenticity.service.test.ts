import { beforeAll, describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { AuthenticityReader } from '../authenticity.reader.js';

describe('AuthenticityService', () => {
  const ctx = useServices();
  const sampleOf = async (year: number) => {
    const v = await ctx.viewer('pes');
    return new AuthenticityReader(ctx.db, v).sample(year);
  };

  beforeAll(async () => {
    // The demo draws 2022's sample; this file draws its own.
    await ctx.db.query(
      `DELETE FROM authenticity_check WHERE sample_id IN (SELECT id FROM authenticity_sample WHERE year = 2022)`,
    );
    await ctx.db.query(`DELETE FROM authenticity_sample WHERE year = 2022`);
  });

  it('draws at least a tenth of the final self-evaluations, the same ones for the same seed', async () => {
    const act = await ctx.act('pes');
    await ctx.services.authenticity.draw(act, 2022, 'seed-2022');
    const drawn = await sampleOf(2022);
    const [{ n }] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM evaluation e JOIN project p ON p.id = e.project_id
        WHERE e.year = 2022 AND e.kind = 'SELF' AND e.status = 'FINAL' AND p.region_id = $1`,
      [act.viewer.regionId],
    );
    expect(drawn!.population).toBe(n);
    expect(drawn!.checks.length).toBe(Math.ceil(n / 10));
    // Drawn again from the same seed (after removing it), the same evaluations come out.
    await ctx.db.query(
      `DELETE FROM authenticity_check WHERE sample_id IN (SELECT id FROM authenticity_sample WHERE year = 2022)`,
    );
    await ctx.db.query(`DELETE FROM authenticity_sample WHERE year = 2022`);
    await ctx.services.authenticity.draw(act, 2022, 'seed-2022');
    expect((await sampleOf(2022))!.checks.map((c) => c.evaluationId)).toEqual(drawn!.checks.map((c) => c.evaluationId));
  });

  it('refuses a second draw of the year and leaves the sample as it was', async () => {
    const before = await sampleOf(2022);
    await expect(ctx.services.authenticity.draw(await ctx.act('pes'), 2022, 'another')).rejects.toMatchObject({
      extensions: { code: 'INVALID_TRANSITION', field: 'year' },
    });
    expect(await sampleOf(2022)).toEqual(before);
  });
});
