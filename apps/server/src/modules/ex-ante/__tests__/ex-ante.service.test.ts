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

  it('sends a specialised (专项) project of 300,000 yuan for agency re-assessment; refuses an ordinary one by name, changing nothing', async () => {
    // Two new 2024 projects of a non-classified unit, both at 300,000 yuan (under the 500,000 threshold), first-reviewed.
    const projects = await ctx.db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2024 AND NOT u.classified AND NOT EXISTS (SELECT 1 FROM ex_ante_assessment x WHERE x.project_id = p.id)
        ORDER BY p.id LIMIT 2`,
    );
    expect(projects).toHaveLength(2);
    const [special, ordinary] = projects.map((r: { id: number }) => r.id) as [number, number];
    await ctx.db.query(
      `UPDATE project SET kind = 'NEW', budget = 300000.00, is_specialised = (id = $1) WHERE id = ANY($2)`,
      [special, [special, ordinary]],
    );
    await ctx.db.query(
      `INSERT INTO ex_ante_assessment (project_id, status, submitted_on, section_opinion) SELECT unnest($1::int[]), 'FIRST_REVIEWED', '2023-10-01', '同意'`,
      [[special, ordinary]],
    );
    const [agency] = await ctx.db.query(`SELECT id FROM agency WHERE code = 'xinhe'`);
    const pes = await ctx.act('pes');
    // The reader says so: under the threshold both, yet the specialised one may be sent.
    const shown = await new ExAnteReader(ctx.db, pes.viewer).ofProjects([special, ordinary]);
    expect(shown.map((x) => [x!.reassessmentRequired, x!.reassessmentEligible])).toEqual([
      [false, true],
      [false, false],
    ]);

    const probe = () =>
      ctx.db.query(
        `SELECT x.*, (SELECT count(*) FROM audit_log) AS audits,
                (SELECT count(*) FROM expert_panel_member m WHERE m.ex_ante_assessment_id = x.id) AS panel
           FROM ex_ante_assessment x WHERE x.project_id = $1`,
        [ordinary],
      );
    const before = await probe();
    await expect(ctx.services.exAnte.sendToAgency(pes, ordinary, agency.id, 1)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'projectId' },
      message: expect.stringMatching(/非专项.*not specialised/s),
    });
    expect(await probe()).toEqual(before);

    await ctx.services.exAnte.sendToAgency(pes, special, agency.id, 1);
    const [sent] = await ctx.db.query(`SELECT status, agency_id FROM ex_ante_assessment WHERE project_id = $1`, [
      special,
    ]);
    expect(sent).toEqual({ status: 'AGENCY_REVIEW', agency_id: agency.id });
  });
});
