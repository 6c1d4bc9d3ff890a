import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { SectionReader } from '../section.reader.js';

describe('SectionReader', () => {
  const ctx = useServices();

  it('gives every person of a county all of its sections, and the prefecture those of the counties below it', async () => {
    const unit = await ctx.viewer('unit-jyj');
    const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM section WHERE region_id = $1`, [unit.regionId]);
    expect(await new SectionReader(ctx.db, unit).all()).toHaveLength(n);
    const prefecture = await ctx.viewer('prefecture');
    const [{ below }] = await ctx.db.query(
      `SELECT count(*)::int AS below FROM section s JOIN region r ON r.id = s.region_id WHERE r.path LIKE $1`,
      [`${prefecture.regionPath}%`],
    );
    expect(await new SectionReader(ctx.db, prefecture).all()).toHaveLength(below);
  });
});
