import { describe, expect, it } from 'vitest';
import { useDatabase } from '../../../test/support/context.js';

describe('migrations', () => {
  const ctx = useDatabase({ demo: false });

  it('leave nothing for the entities to change (the committed migrations match the model)', async () => {
    const pending = await ctx.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seed the seven fund families, the four budgets first', async () => {
    const rows = await ctx.db.query(`SELECT code, is_budget FROM fund_family ORDER BY sort_order`);
    expect(rows.map((r: any) => r.code)).toEqual([
      'GENERAL_PUBLIC',
      'GOVERNMENT_FUND',
      'STATE_CAPITAL',
      'SOCIAL_INSURANCE',
      'SPECIAL_BOND',
      'RURAL_REVITALIZATION',
      'TRANSFER_PAYMENT',
    ]);
    expect(rows.filter((r: any) => r.is_budget)).toHaveLength(4);
  });

  async function seedProject() {
    await ctx.db.query(
      `INSERT INTO region (id, code, name, level, path) VALUES (1, '652823', '尉犁县', 'COUNTY', '/1/') ON CONFLICT DO NOTHING`,
    );
    await ctx.db.query(
      `INSERT INTO section (id, region_id, code, name, kind) VALUES (1, 1, 's', '科', 'BUSINESS') ON CONFLICT DO NOTHING`,
    );
    await ctx.db.query(
      `INSERT INTO unit (id, region_id, code, name, supervising_section_id) VALUES (1, 1, 'u', '单位', 1) ON CONFLICT DO NOTHING`,
    );
  }

  const project = (budget: string, family = 'GENERAL_PUBLIC') =>
    `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on)
     VALUES (1, 2024, 1, '${family}', 'p-${Math.random()}', '项目', ${budget}, 'RECURRING', '2024-01-15')`;

  it.each([
    ['a negative budget', () => project('-0.01')],
    ['an unknown fund family', () => project('1.00', 'LOTTERY')],
    [
      'a grade outside the enum',
      () =>
        `INSERT INTO evaluation (year, kind, unit_id, budget, executed, grade) VALUES (2024, 'UNIT_WIDE', 1, 0, 0, 'SUPERB')`,
    ],
    [
      'a score above 100',
      () =>
        `INSERT INTO evaluation (year, kind, unit_id, budget, executed, score) VALUES (2024, 'UNIT_WIDE', 1, 0, 0, 100.01)`,
    ],
    [
      'a project evaluation without a project',
      () => `INSERT INTO evaluation (year, kind, unit_id, budget, executed) VALUES (2024, 'SELF', 1, 0, 0)`,
    ],
    [
      'a unit of a missing section',
      () => `INSERT INTO unit (region_id, code, name, supervising_section_id) VALUES (1, 'x', 'x', 999)`,
    ],
    [
      'a fund section without its fund family',
      () => `INSERT INTO section (region_id, code, name, kind) VALUES (1, 'f', '基金科', 'FUND')`,
    ],
    [
      'a closed flag without a closing date',
      () =>
        `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline) VALUES (1, 'YELLOW', 'CLOSED', 1, '2024-07-10')`,
    ],
  ])('rejects %s', async (_name, sql) => {
    await seedProject();
    await expect(ctx.db.query(sql())).rejects.toThrow(/violates|invalid/);
  });

  it('keeps money exact to the fen', async () => {
    await seedProject();
    await ctx.db.query(project('99999999999999.99'));
    const [row] = await ctx.db.query(`SELECT budget::text FROM project WHERE budget = 99999999999999.99`);
    expect(row.budget).toBe('99999999999999.99');
  });
});
