import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/global-id.js';
import { useServices } from '../../../../test/support/services.js';
import { FlagFilter, ProjectFilter } from '../filter.input.js';
import { resolveFilter } from '../resolve-filter.js';

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

  it('finds a unit and a section by their codes, as readable addresses give them, within the viewer’s scope', async () => {
    const [u] = await ctx.db.query(
      `SELECT u.id, u.code FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-jyj'`,
    );
    const [s] = await ctx.db.query(`SELECT id, code FROM section WHERE code = 'sec-jkw'`);
    const [r] = await ctx.db.query(`SELECT code FROM region WHERE level = 'COUNTY' LIMIT 1`);
    const input = Object.assign(new ProjectFilter(), { unitCode: u.code, sectionCode: s.code });
    for (const who of ['leader', 'prefecture', 'sec-jkw']) {
      const f = await resolveFilter(ctx.db, await ctx.viewer(who), input);
      expect(f).toMatchObject({ unitId: u.id, sectionId: s.id });
      expect(f).not.toHaveProperty('unitCode');
    }
    const inCounty = Object.assign(new ProjectFilter(), { unitCode: u.code, regionCode: r.code });
    expect(await resolveFilter(ctx.db, await ctx.viewer('prefecture'), inCounty)).toMatchObject({ unitId: u.id });
    // The same unit by id and code agrees; a different one contradicts.
    const both = Object.assign(new ProjectFilter(), { unitId: toGlobalId('Unit', u.id), unitCode: u.code });
    expect(await resolveFilter(ctx.db, await ctx.viewer('leader'), both)).toMatchObject({ unitId: u.id });
    const [other] = await ctx.db.query(`SELECT id FROM unit WHERE id <> $1 AND NOT classified LIMIT 1`, [u.id]);
    await expect(
      resolveFilter(
        ctx.db,
        await ctx.viewer('leader'),
        Object.assign(new ProjectFilter(), { unitId: toGlobalId('Unit', other.id), unitCode: u.code }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.unitCode' } });
    // Out of scope or unknown: not found, naming the field.
    const [gaj] = await ctx.db.query(
      `SELECT u.code FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-gaj'`,
    );
    for (const [who, code] of [
      ['sec-xzzf', u.code],
      ['budget', gaj.code],
      ['leader', 'no-such-unit'],
    ]) {
      await expect(
        resolveFilter(ctx.db, await ctx.viewer(who), Object.assign(new ProjectFilter(), { unitCode: code })),
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'filter.unitCode' } });
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
