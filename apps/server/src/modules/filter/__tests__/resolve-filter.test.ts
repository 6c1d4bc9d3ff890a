import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/global-id.js';
import { useServices } from '../../../../test/support/services.js';
import { FlagFilter, ProjectFilter } from '../filter.input.js';
import { resolveFilter } from '../filter-sql.js';

describe('resolveFilter', () => {
  const ctx = useServices();

  it('finds a classified unit for leadership and not for a business section or the budget section', async () => {
    const [u] = await ctx.db.query(`SELECT unit_id FROM app_user WHERE username = 'unit-gaj'`);
    const input = Object.assign(new ProjectFilter(), { unitId: toGlobalId('Unit', u.unit_id) });
    expect(await resolveFilter(ctx.db, await ctx.viewer('leader'), input)).toMatchObject({ unitId: u.unit_id });
    for (const who of ['budget', 'sec-xzzf']) {
      await expect(resolveFilter(ctx.db, await ctx.viewer(who), input)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND', field: 'filter.unitId' },
      });
    }
  });

  it('reads a type’s older field names as the canonical ones', async () => {
    const input = Object.assign(new FlagFilter(), { level: 'RED', status: 'OPEN' });
    expect(await resolveFilter(ctx.db, await ctx.viewer('leader'), input)).toMatchObject({
      flagLevel: 'RED',
      flagStatus: 'OPEN',
    });
  });
});
