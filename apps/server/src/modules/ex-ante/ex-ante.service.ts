import type { ExAnteConclusion } from '@jixiao/schema/enums';
import { projectRows } from '../auth/index.js';
import { drawPanel } from '../expert/index.js';
import type { EntityManager } from 'typeorm';
import { badInput, checkState, checkVersion, notFound, today, type Act, type Workflow } from '../workflow/index.js';

export interface ExAnteFiling {
  necessity: string;
  feasibility: string;
  targetReasonableness: string;
  fundingPlan: string;
  attachmentNames: string[];
}

/** 事前绩效评估: the unit files, the business section gives a first opinion, the performance section concludes. */
export class ExAnteService {
  constructor(private readonly wf: Workflow) {}

  async file(act: Act, projectId: number, f: ExAnteFiling, version: number | null): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{ id: number; kind: string; version: number }>(
        m,
        act,
        projectId,
        'p.id, p.kind',
      );
      if (p.kind !== 'NEW')
        throw badInput('projectId', '只有新增项目需要事前绩效评估', 'only new projects need an ex-ante assessment');
      for (const [k, v] of Object.entries({
        necessity: f.necessity,
        feasibility: f.feasibility,
        targetReasonableness: f.targetReasonableness,
        fundingPlan: f.fundingPlan,
      })) {
        if (v.trim().length < 10)
          throw badInput(`input.${k}`, '请充分论证（至少10个字）', 'argue it properly (at least 10 characters)');
      }
      const [x] = await m.query(`SELECT id, status, version FROM ex_ante_assessment WHERE project_id = $1 FOR UPDATE`, [
        p.id,
      ]);
      const values = [
        f.necessity.trim(),
        f.feasibility.trim(),
        f.targetReasonableness.trim(),
        f.fundingPlan.trim(),
        JSON.stringify(f.attachmentNames),
        today(),
      ];
      let id: number;
      if (x) {
        checkVersion('事前评估', x.version, version ?? -1);
        checkState('事前评估', x.status, ['DRAFT'], '提交');
        await m.query(
          `UPDATE ex_ante_assessment SET necessity = $2, feasibility = $3, target_reasonableness = $4, funding_plan = $5, attachment_names = $6,
                  submitted_on = $7, status = 'SUBMITTED', version = version + 1 WHERE id = $1`,
          [x.id, ...values],
        );
        id = x.id;
      } else {
        const [row] = await m.query(
          `INSERT INTO ex_ante_assessment (project_id, necessity, feasibility, target_reasonableness, funding_plan, attachment_names, submitted_on, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'SUBMITTED') RETURNING id`,
          [p.id, ...values],
        );
        id = row.id;
      }
      await this.wf.record(m, act, 'SUBMIT', 'ExAnteAssessment', id, x ? { status: x.status } : null, {
        status: 'SUBMITTED',
        ...f,
      });
      return p.id;
    });
  }

  private lock(m: EntityManager, act: Act, projectId: number) {
    return this.wf.lock<{ id: number; status: string; version: number }>(
      m,
      '事前评估',
      projectId,
      (p) => `SELECT x.id, x.status, x.version FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id
                JOIN unit u ON u.id = p.unit_id WHERE x.project_id = $1 AND ${projectRows(act.viewer, p)}`,
      'x',
    );
  }

  async firstOpinion(act: Act, projectId: number, opinion: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const x = await this.lock(m, act, projectId);
      await this.wf.checkStandIn(m, act, projectId, { zh: '事前评估初审', en: 'first opinion on ex-ante assessments' });
      checkVersion('事前评估', x.version, version);
      checkState('事前评估', x.status, ['SUBMITTED'], '初审');
      if (opinion.trim().length < 4) throw badInput('opinion', '请填写初审意见', 'give the first opinion');
      await m.query(
        `UPDATE ex_ante_assessment SET section_opinion = $2, status = 'FIRST_REVIEWED', version = version + 1 WHERE id = $1`,
        [x.id, opinion.trim()],
      );
      await this.wf.record(
        m,
        act,
        'REVIEW',
        'ExAnteAssessment',
        x.id,
        { status: x.status },
        { status: 'FIRST_REVIEWED', opinion },
      );
      return projectId;
    });
  }

  /**
   * Sends a first-reviewed assessment to a third-party agency for re-assessment; projects at or above the
   * year's threshold (默认 50 万元) qualify, and specialised (专项) projects whatever their size (DOMAIN.md §1).
   */
  async sendToAgency(act: Act, projectId: number, agencyId: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const x = await this.lock(m, act, projectId);
      checkVersion('事前评估', x.version, version);
      checkState('事前评估', x.status, ['FIRST_REVIEWED'], '委托第三方复评');
      const [p] = await m.query(
        `SELECT p.budget::text AS budget, p.year, p.region_id, p.is_specialised FROM project p WHERE p.id = $1`,
        [projectId],
      );
      const rules = await this.wf.rules(m, p.region_id, p.year);
      const [{ enough }] = await m.query(`SELECT $1::numeric >= $2::numeric AS enough`, [
        p.budget,
        rules.exAnte.agencyReassessmentFrom,
      ]);
      if (!enough && !p.is_specialised) {
        throw badInput(
          'projectId',
          `预算低于 ${rules.exAnte.agencyReassessmentFrom} 元且非专项项目，不能委托第三方复评`,
          `the budget is under ${rules.exAnte.agencyReassessmentFrom} yuan and the project is not specialised: no agency re-assessment`,
        );
      }
      // Only an agency of the viewer's own region, as for key evaluations (cleared, for a classified unit's).
      await this.wf.checkAgencyFor(m, act, projectId, agencyId);
      await m.query(
        `UPDATE ex_ante_assessment SET agency_id = $2, agency_sent_on = $3, status = 'AGENCY_REVIEW', version = version + 1 WHERE id = $1`,
        [x.id, agencyId, today()],
      );
      const [{ unit_id: unitId }] = await m.query(`SELECT unit_id FROM project WHERE id = $1`, [projectId]);
      const seed = `EXANTE-${x.id}-${x.version}`;
      const previousPanel = (
        await m.query(`SELECT expert_id, seed FROM expert_panel_member WHERE ex_ante_assessment_id = $1 ORDER BY id`, [
          x.id,
        ])
      ).map((r: { expert_id: number; seed: string }) => ({ expertId: r.expert_id, seed: r.seed }));
      await m.query(`DELETE FROM expert_panel_member WHERE ex_ante_assessment_id = $1`, [x.id]);
      const panel = await drawPanel(m, { regionId: p.region_id, unitId, seed, exAnteAssessmentId: x.id });
      await this.wf.record(
        m,
        act,
        'ASSIGN',
        'ExAnteAssessment',
        x.id,
        previousPanel.length > 0 ? { status: x.status, panel: previousPanel } : { status: x.status },
        { status: 'AGENCY_REVIEW', agencyId, panel: { seed, experts: panel } },
      );
      return projectId;
    });
  }

  /** The agency's re-assessment: its conclusion and opinion, for the performance section to weigh. */
  async agencyReview(
    act: Act,
    projectId: number,
    conclusion: ExAnteConclusion,
    opinion: string,
    version: number,
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const x = await this.lock(m, act, projectId);
      checkVersion('事前评估', x.version, version);
      const [{ agency_id: assigned }] = await m.query(`SELECT agency_id FROM ex_ante_assessment WHERE id = $1`, [x.id]);
      if (assigned !== act.viewer.agencyId) throw notFound('事前评估');
      checkState('事前评估', x.status, ['AGENCY_REVIEW'], '第三方复评');
      if (opinion.trim().length < 4) throw badInput('opinion', '请填写复评意见', 'give the re-assessment opinion');
      await m.query(
        `UPDATE ex_ante_assessment SET agency_conclusion = $2, agency_opinion = $3, agency_reviewed_on = $4, status = 'AGENCY_REVIEWED',
                       version = version + 1 WHERE id = $1`,
        [x.id, conclusion, opinion.trim(), today()],
      );
      await this.wf.record(
        m,
        act,
        'REVIEW',
        'ExAnteAssessment',
        x.id,
        { status: x.status },
        { status: 'AGENCY_REVIEWED', conclusion, opinion },
      );
      return projectId;
    });
  }

  async conclude(
    act: Act,
    projectId: number,
    score: number,
    conclusion: ExAnteConclusion,
    version: number,
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const x = await this.lock(m, act, projectId);
      checkVersion('事前评估', x.version, version);
      checkState('事前评估', x.status, ['FIRST_REVIEWED', 'AGENCY_REVIEWED'], '审核结论');
      await m.query(
        `UPDATE ex_ante_assessment SET pes_score = $2, conclusion = $3, concluded_on = $4, status = 'CONCLUDED', version = version + 1 WHERE id = $1`,
        [x.id, score.toFixed(2), conclusion, today()],
      );
      await this.wf.record(
        m,
        act,
        'CONCLUDE',
        'ExAnteAssessment',
        x.id,
        { status: x.status },
        { status: 'CONCLUDED', score, conclusion },
      );
      return projectId;
    });
  }
}
