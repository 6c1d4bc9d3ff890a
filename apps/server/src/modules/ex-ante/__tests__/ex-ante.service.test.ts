import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/services.js';
import { ExAnteReader } from '../ex-ante.reader.js';

const FILING = {
  necessity: '群众需求迫切，现有设施不足以满足需要',
  feasibility: '选址、资金与实施单位均已落实，可按期完成',
  targetReasonableness: '产出与效益指标均有测算依据，可量化考核',
  fundingPlan: '县级财政分两年安排，其中当年安排六成',
  attachmentNames: ['可行性研究报告.pdf'],
};

describe('ex-ante assessments', () => {
  const ctx = useServices();

  it('ExAnteService refuses a filing for a project that is not new, and creates nothing', async () => {
    const [p] = await ctx.db.query(
      `SELECT p.id, a.username FROM project p JOIN app_user a ON a.unit_id = p.unit_id AND a.role = 'UNIT'
        WHERE p.kind = 'RECURRING' AND p.year = 2024 ORDER BY p.id LIMIT 1`,
    );
    await expect(ctx.services.exAnte.file(await ctx.act(p.username), p.id, FILING, null)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'projectId' },
    });
    expect(await ctx.db.query(`SELECT 1 FROM ex_ante_assessment WHERE project_id = $1`, [p.id])).toEqual([]);
  });

  it('ExAnteReader flags the assessments whose budget reaches the rule’s re-assessment threshold', async () => {
    const pes = await ctx.viewer('pes');
    const rows = await ctx.db.query(
      `SELECT x.project_id, p.budget >= 500000 AS reassess FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const got = await new ExAnteReader(ctx.db, pes).ofProjects(rows.map((r: any) => r.project_id));
    expect(got.map((x) => x!.reassessmentRequired)).toEqual(rows.map((r: any) => r.reassess));
  });
});
