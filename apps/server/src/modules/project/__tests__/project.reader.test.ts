import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { ProjectReader } from '../project.reader.js';

describe('ProjectReader', () => {
  const ctx = useServices();

  it('loads a classified unit’s project for leadership, and for the budget section not at all (as if missing)', async () => {
    const [secret] = await ctx.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified ORDER BY p.id LIMIT 1`,
    );
    const [open] = await ctx.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE NOT u.classified ORDER BY p.id LIMIT 1`,
    );
    const leader = new ProjectReader(ctx.db, await ctx.viewer('leader'));
    const budget = new ProjectReader(ctx.db, await ctx.viewer('budget'));
    expect((await leader.byIds([secret.id, open.id])).map((p) => p?.dbId)).toEqual([secret.id, open.id]);
    expect((await budget.byIds([secret.id, open.id])).map((p) => p?.dbId ?? null)).toEqual([null, open.id]);
  });

  it('pages a business section’s projects by budget, within its units, as many as SQL counts', async () => {
    const section = await ctx.viewer('sec-nync');
    const page = await new ProjectReader(ctx.db, section).page(
      { year: 2023 },
      { field: 'BUDGET', direction: 'DESC' },
      10,
      undefined,
    );
    const rows = await ctx.db.query(
      `SELECT p.id, p.budget FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2023 AND u.supervising_section_id = $1 AND NOT u.classified ORDER BY p.budget DESC, p.id DESC`,
      [section.sectionId],
    );
    expect(await page.count()).toBe(rows.length);
    expect(page.edges.map((e) => e.node.dbId)).toEqual(rows.slice(0, 10).map((r: any) => r.id));
  });
});
