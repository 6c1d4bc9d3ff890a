import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// The public page's year picker comes from the server, with no login (issue 10: no year constants in the
// dashboard): the budget years with published targets, newest first, never counting a classified unit's.

describe('publicDisclosureYears', () => {
  const ctx = useServer();
  let db: pg.Client;
  const oracle = async () =>
    (
      await db.query(`SELECT DISTINCT p.year FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.targets_published_on IS NOT NULL AND p.target_status = 'APPROVED' AND NOT u.classified
        ORDER BY p.year DESC`)
    ).rows.map((r) => r.year as number);
  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
  });

  it('answers a visitor without a token: the years with anything published, newest first', async () => {
    const res = await gql(ctx.graphqlUrl, `{ publicDisclosureYears }`);
    expect(res.errors).toBeUndefined();
    const years = res.data!.publicDisclosureYears as number[];
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual(await oracle());
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('a year whose only published targets are a classified unit’s is not offered', async () => {
    const [{ year }] = (await db.query(`SELECT max(year) + 1 AS year FROM project`)).rows;
    // A classified unit's approved project of a new year, marked published by SQL (the service refuses it).
    await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, is_key, in_annual_budget,
         budgeted_on, purchase_of_services, target_status, targets_published_on)
       SELECT u.region_id, $1::int, u.id, 'GENERAL_PUBLIC', 'PUB-YEAR-TEST', '涉密单位测试项目', 1000, 'NEW', false, true,
         make_date($1::int, 1, 1), false, 'APPROVED', make_date($1::int, 2, 1)
       FROM unit u WHERE u.classified LIMIT 1`,
      [year],
    );
    const years = (await gql(ctx.graphqlUrl, `{ publicDisclosureYears }`)).data!.publicDisclosureYears as number[];
    expect(years).not.toContain(year);
    await db.query(
      `UPDATE unit SET classified = false WHERE id = (SELECT unit_id FROM project WHERE code = 'PUB-YEAR-TEST')`,
    );
    const after = (await gql(ctx.graphqlUrl, `{ publicDisclosureYears }`)).data!.publicDisclosureYears as number[];
    expect(after[0]).toBe(year);
  });
});
