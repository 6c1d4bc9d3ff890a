import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { EvaluationReader } from '../evaluation.reader.js';

describe('evaluations', () => {
  const ctx = useServices();

  it('EvaluationService refuses a self-evaluation executing more than the budget, and writes nothing', async () => {
    const [p] = await ctx.db.query(
      `SELECT p.id, p.budget::text AS budget, a.username FROM project p JOIN app_user a ON a.unit_id = p.unit_id AND a.role = 'UNIT'
        WHERE p.year = 2023 AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id) ORDER BY p.id LIMIT 1`,
    );
    const over = (Number(p.budget) + 1).toFixed(2);
    await expect(
      ctx.services.evaluations.submitSelf(await ctx.act(p.username), p.id, {
        executed: over,
        outputCompletion: 90,
        benefitCompletion: 90,
        satisfactionCompletion: 90,
        explanation: '',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.executed' } });
    expect(await ctx.db.query(`SELECT 1 FROM evaluation WHERE project_id = $1`, [p.id])).toEqual([]);
  });

  it('EvaluationReader shows an agency the evaluations assigned to it, and only those', async () => {
    const agency = await ctx.viewer('agency-xinhe');
    const page = await new EvaluationReader(ctx.db, agency).page({}, 100, undefined);
    const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM evaluation WHERE agency_id = $1`, [
      agency.agencyId,
    ]);
    expect(n).toBeGreaterThan(0);
    expect(await page.count()).toBe(n);
    expect(page.edges.every((e) => e.node.agencyId === agency.agencyId)).toBe(true);
  });
});
