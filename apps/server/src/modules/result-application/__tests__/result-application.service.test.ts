import { beforeAll, describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';

describe('ResultApplicationService', () => {
  const ctx = useServices();
  let proposed: number;

  beforeAll(async () => {
    // The demo's 2022 cuts are decided: take them back to proposals, as proposeCuts would write them.
    await ctx.db.query(`DELETE FROM result_application`);
    proposed = await ctx.services.resultApplications.proposeCuts(await ctx.act('pes'), 2022);
  });

  it('proposes a cut for every final 中/差 self-evaluation of the year, at the rule’s share of the budget', async () => {
    const rows = await ctx.db.query(
      `SELECT e.grade, p.budget, ra.proposed_cut::text AS cut, ra.status FROM evaluation e JOIN project p ON p.id = e.project_id
         LEFT JOIN result_application ra ON ra.evaluation_id = e.id
        WHERE e.year = 2022 AND e.kind = 'SELF' AND e.status = 'FINAL' AND e.grade IN ('MEDIUM', 'POOR')`,
    );
    expect(proposed).toBe(rows.length);
    for (const r of rows) {
      const share = r.grade === 'MEDIUM' ? 0.1 : 0.2;
      expect(r.status).toBe('PROPOSED');
      expect(Number(r.cut)).toBeCloseTo(Number(r.budget) * share, 2);
    }
  });

  it('refuses an adjusted cut without a reason, and leaves the proposal as it was', async () => {
    const [ra] = await ctx.db.query(
      `SELECT ra.id, ra.version, ra.proposed_cut::text AS cut FROM result_application ra JOIN project p ON p.id = ra.project_id
         JOIN unit u ON u.id = p.unit_id WHERE NOT u.classified ORDER BY ra.id LIMIT 1`,
    );
    const before = await ctx.db.query(`SELECT * FROM result_application WHERE id = $1`, [ra.id]);
    const less = (Number(ra.cut) - 100).toFixed(2);
    await expect(
      ctx.services.resultApplications.decideCut(await ctx.act('budget'), ra.id, less, '  ', ra.version),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    expect(await ctx.db.query(`SELECT * FROM result_application WHERE id = $1`, [ra.id])).toEqual(before);
  });
});
