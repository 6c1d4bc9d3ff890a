import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { TargetsReader } from '../targets.reader.js';

describe('targets', () => {
  const ctx = useServices();
  const approved = async () => {
    const [p] = await ctx.db.query(
      `SELECT p.id, p.version, a.username FROM project p JOIN app_user a ON a.unit_id = p.unit_id AND a.role = 'UNIT'
        WHERE p.year = 2024 AND p.target_status = 'APPROVED' ORDER BY p.id LIMIT 1`,
    );
    return p as { id: number; version: number; username: string };
  };

  it('TargetsService refuses to submit approved targets again, and leaves the project as it was', async () => {
    const p = await approved();
    const before = await ctx.db.query(`SELECT * FROM project WHERE id = $1`, [p.id]);
    await expect(ctx.services.targets.submitTargets(await ctx.act(p.username), p.id, p.version)).rejects.toMatchObject({
      extensions: { code: 'INVALID_TRANSITION' },
    });
    expect(await ctx.db.query(`SELECT * FROM project WHERE id = $1`, [p.id])).toEqual(before);
  });

  it('TargetAdjustmentService asks for an open checkpoint: no request while the year’s are planned', async () => {
    const p = await approved();
    const [cp] = await ctx.db.query(
      `SELECT c.id FROM monitoring_checkpoint c JOIN project p ON p.region_id = c.region_id
        WHERE p.id = $1 AND c.year = 2024 AND c.scope = 'PROJECT' ORDER BY c.month LIMIT 1`,
      [p.id],
    );
    const drafts = await ctx.db.query(
      `SELECT level1, level2, name, comparator, trim_scale(target_value)::text AS "targetValue", target_text AS "targetText",
              unit_of_measure AS "unitOfMeasure", weight::text AS weight, is_key AS "isKey"
         FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL ORDER BY id`,
      [p.id],
    );
    await expect(
      ctx.services.targetAdjustments.request(
        await ctx.act(p.username),
        p.id,
        cp.id,
        drafts,
        '实施方案调整，需要修改产出指标',
        p.version,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'INVALID_TRANSITION' } });
    expect(await ctx.db.query(`SELECT 1 FROM target_adjustment WHERE project_id = $1`, [p.id])).toEqual([]);
  });

  it('TargetsReader gives each project its reviews in order', async () => {
    const p = await approved();
    const reviews = await new TargetsReader(ctx.db, await ctx.viewer('pes')).reviewsOfProjects([p.id]);
    const rows = await ctx.db.query(`SELECT stage FROM target_review WHERE project_id = $1 ORDER BY reviewed_on, id`, [
      p.id,
    ]);
    expect(reviews[0]!.map((r) => r.stage)).toEqual(rows.map((r: any) => r.stage));
  });
});
