import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { finalGrade, needsTransferPaymentRectification, selfEvaluationScore } from '../../rules/evaluation.js';
import { parseYuan } from '../../rules/money.js';
import { parseScore } from '../../rules/score.js';
import { drawPanel } from '../expert/index.js';
import { checkFundReviewed } from '../fund-review/index.js';
import { findingCapInputs } from '../supervision/index.js';
import { capsOf, keepVersion, lockEvaluation, unrectifiedFailures } from './evaluation-kit.js';
import { departmentCoverage, recordDepartment, selectDepartment } from './department-evaluation.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

export interface FindingInput {
  category: string;
  text: string;
  suggestion: string;
}

/** Evaluations: self-evaluation by the unit, department evaluation, key evaluation by an agency, the expert panel's final score. */
export class EvaluationService {
  constructor(private readonly wf: Workflow) {}

  async submitSelf(
    act: Act,
    projectId: number,
    input: {
      executed: string;
      outputCompletion: number;
      benefitCompletion: number;
      satisfactionCompletion: number;
      explanation: string;
    },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{
        id: number;
        year: number;
        region_id: number;
        unit_id: number;
        budget: string;
        fund_family: string;
        version: number;
      }>(m, act, projectId, 'p.id, p.year, p.region_id, p.unit_id, p.budget::text AS budget, p.fund_family');
      const [existing] = await m.query(
        `SELECT id, status, version, executed::text AS executed, score::text AS score, grade
           FROM evaluation WHERE project_id = $1 AND kind = 'SELF' FOR UPDATE`,
        [p.id],
      );
      if (existing) checkState('单位自评', existing.status, ['DRAFT'], '提交自评');
      if (parseYuan(input.executed, 'input.executed') > parseYuan(p.budget, 'budget')) {
        throw badInput('input.executed', '执行数不能超过预算', 'cannot exceed the budget');
      }
      const rules = await this.wf.rules(m, p.region_id, p.year);
      const s = selfEvaluationScore(
        {
          budget: p.budget,
          executed: input.executed,
          outputCompletion: input.outputCompletion.toFixed(2),
          benefitCompletion: input.benefitCompletion.toFixed(2),
          satisfactionCompletion: input.satisfactionCompletion.toFixed(2),
        },
        rules.evaluation,
      );
      const failures = await unrectifiedFailures(this.wf, m, p.id);
      const caps = await findingCapInputs(m, p.id);
      const g = finalGrade(
        {
          score: s.score,
          ...caps,
          failedCheckpointsUnrectified: failures,
          authenticityFailed: false,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      // A central transfer payment's self-evaluation under the rule's threshold (90) goes back to the unit to
      // rectify and submit again: it stays a draft, scored, until then.
      const rectify =
        p.fund_family === 'TRANSFER_PAYMENT' && needsTransferPaymentRectification(s.score, rules.evaluation);
      const values = [
        p.year,
        p.id,
        p.unit_id,
        p.budget,
        input.executed,
        input.outputCompletion.toFixed(2),
        input.benefitCompletion.toFixed(2),
        input.satisfactionCompletion.toFixed(2),
        s.score,
        failures,
        g.uncappedGrade,
        g.grade,
        JSON.stringify(g.caps),
        input.explanation.trim(),
        today(),
        rectify ? 'DRAFT' : 'FINAL',
        caps.auditFindings,
        caps.majorMisuse,
      ];
      const after = { kind: 'SELF', score: s.score, parts: s.parts, grade: g.grade, caps: g.caps, rectify };
      if (existing) {
        // Submitted again after being sent back: the old version is kept (evaluation_version), the row moves on.
        await keepVersion(m, existing.id);
        await m.query(
          `UPDATE evaluation SET budget = $1, executed = $2, output_completion = $3, benefit_completion = $4, satisfaction_completion = $5,
                  score = $6, failed_checkpoints_unrectified = $7, uncapped_grade = $8, grade = $9, caps = $10, explanation = $11,
                  evaluated_on = $12, status = $13, audit_findings = $14, major_misuse = $15, fund_reviewed_on = NULL, confirmed_on = NULL,
                  version = version + 1
            WHERE id = $16`,
          [...values.slice(3), existing.id],
        );
        await this.wf.record(
          m,
          act,
          'SUBMIT',
          'Evaluation',
          existing.id,
          {
            status: existing.status,
            version: existing.version,
            executed: existing.executed,
            score: existing.score,
            grade: existing.grade,
          },
          { ...after, status: rectify ? 'DRAFT' : 'FINAL', version: existing.version + 1 },
        );
        return existing.id as number;
      }
      const [row] = await m.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, budget, executed, output_completion, benefit_completion, satisfaction_completion,
                                 score, failed_checkpoints_unrectified, uncapped_grade, grade, caps, explanation, evaluated_on, status,
                                 audit_findings, major_misuse)
         VALUES ($1, 'SELF', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
        values,
      );
      const id = row.id as number;
      await this.wf.record(m, act, 'SUBMIT', 'Evaluation', id, null, after);
      return id;
    });
  }

  /**
   * The performance section confirms (确认) a unit's submitted self-evaluation: a fund family owned by a fund-owning
   * section must first be passed upward by that section (issue 13 §3).
   */
  async confirmSelf(act: Act, id: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await lockEvaluation(this.wf, m, act, id);
      checkVersion('评价', e.version, version);
      if (e.kind !== 'SELF') throw badInput('id', '只能确认单位自评', 'only a unit self-evaluation is confirmed so');
      checkState('单位自评', e.status, ['FINAL'], '确认');
      const [{ confirmed_on: confirmed }] = await m.query(
        `SELECT confirmed_on::text AS confirmed_on FROM evaluation WHERE id = $1`,
        [e.id],
      );
      if (confirmed !== null) {
        throw new AppError(
          'INVALID_TRANSITION',
          `该自评已于 ${confirmed} 确认`,
          `This self-evaluation was already confirmed on ${confirmed}`,
          { field: 'id' },
        );
      }
      await checkFundReviewed(m, 'SELF_EVALUATION', e.id, 'id');
      await m.query(`UPDATE evaluation SET confirmed_on = $2, version = version + 1 WHERE id = $1`, [e.id, today()]);
      await this.wf.record(m, act, 'CONFIRM', 'Evaluation', e.id, { confirmedOn: null }, { confirmedOn: today() });
      return e.id;
    });
  }

  async assignKey(act: Act, projectId: number, agencyId: number): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lockProject<{
        id: number;
        year: number;
        unit_id: number;
        budget: string;
        version: number;
      }>(m, act, projectId, 'p.id, p.year, p.unit_id, p.budget::text AS budget');
      await this.wf.checkAgencyFor(m, act, p.id, agencyId);
      const [existing] = await m.query(`SELECT id FROM evaluation WHERE project_id = $1 AND kind = 'KEY'`, [p.id]);
      if (existing)
        throw new AppError('INVALID_TRANSITION', '该项目已委托重点评价', 'This project already has a key evaluation', {
          field: 'projectId',
        });
      const [{ executed }] = await m.query(
        `SELECT COALESCE((SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                           WHERE r.project_id = $1 AND r.status = 'CONFIRMED' ORDER BY c.period_end DESC LIMIT 1), 0)::text AS executed`,
        [p.id],
      );
      const [row] = await m.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, agency_id, budget, executed, status) VALUES ($1, 'KEY', $2, $3, $4, $5, $6, 'DRAFT') RETURNING id`,
        [p.year, p.id, p.unit_id, agencyId, p.budget, executed],
      );
      // The expert panel that will review the agency's report, drawn from the library (issue 11 §2).
      const seed = `KEY-${row.id}`;
      const panel = await drawPanel(m, {
        regionId: act.viewer.regionId,
        unitId: p.unit_id,
        seed,
        evaluationId: row.id,
      });
      await this.wf.record(m, act, 'CREATE', 'Evaluation', row.id, null, {
        kind: 'KEY',
        projectId,
        agencyId,
        panel: { seed, experts: panel },
      });
      return row.id;
    });
  }

  async submitKey(
    act: Act,
    id: number,
    input: { score: number; reportName: string; findings: FindingInput[]; version: number },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await lockEvaluation(this.wf, m, act, id);
      checkVersion('评价', e.version, input.version);
      checkState('重点评价', e.status, ['DRAFT'], '提交评价报告');
      if (!input.reportName.trim()) throw badInput('reportName', '须附评价报告', 'attach the evaluation report');
      parseScore(input.score.toFixed(2), 'score');
      await m.query(
        `UPDATE evaluation SET score = $2, report_name = $3, status = 'SUBMITTED', evaluated_on = $4, version = version + 1 WHERE id = $1`,
        [e.id, input.score.toFixed(2), input.reportName.trim(), today()],
      );
      await m.query(`DELETE FROM evaluation_finding WHERE evaluation_id = $1`, [e.id]);
      for (const [i, f] of input.findings.entries()) {
        if (!f.text.trim()) throw badInput(`findings[${i}].text`, '问题描述不能为空', 'must not be empty');
        await m.query(
          `INSERT INTO evaluation_finding (evaluation_id, category, text, suggestion) VALUES ($1, $2, $3, $4)`,
          [e.id, f.category.trim() || '其他', f.text.trim(), f.suggestion.trim()],
        );
      }
      await this.wf.record(
        m,
        act,
        'SUBMIT',
        'Evaluation',
        e.id,
        { status: e.status },
        { status: 'SUBMITTED', score: input.score, findings: input.findings },
      );
      return e.id;
    });
  }

  /**
   * The expert panel's final result: its score (or the agency's, kept), and the findings it does not uphold
   * (they then count against the agency's quality in its rating).
   */
  async finalize(
    act: Act,
    id: number,
    expertScore: number | null,
    version: number,
    notUpheld: number[] = [],
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await lockEvaluation(this.wf, m, act, id);
      checkVersion('评价', e.version, version);
      checkState('评价', e.status, ['SUBMITTED'], '确定最终结果');
      if (notUpheld.length > 0) {
        const own = (await m.query(`SELECT id FROM evaluation_finding WHERE evaluation_id = $1`, [e.id])).map(
          (r: { id: number }) => r.id,
        );
        const stray = notUpheld.findIndex((f) => !own.includes(f));
        if (stray >= 0)
          throw badInput(`notUpheldFindingIds[${stray}]`, '不是该评价的问题', 'not a finding of this evaluation');
        await m.query(`UPDATE evaluation_finding SET upheld = (id <> ALL($2)) WHERE evaluation_id = $1`, [
          e.id,
          notUpheld,
        ]);
      }
      const rules = await this.wf.rules(m, e.region_id, e.year);
      const score = expertScore !== null ? expertScore.toFixed(2) : e.score!;
      const failures = e.project_id ? await unrectifiedFailures(this.wf, m, e.project_id) : 0;
      const caps = await capsOf(m, e.project_id);
      const g = finalGrade(
        {
          score,
          ...caps,
          failedCheckpointsUnrectified: failures,
          authenticityFailed: false,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      await m.query(
        `UPDATE evaluation SET expert_score = $2, grade = $3, uncapped_grade = $4, caps = $5, audit_findings = $6, major_misuse = $7,
                status = 'FINAL', version = version + 1 WHERE id = $1`,
        [
          e.id,
          expertScore !== null ? expertScore.toFixed(2) : null,
          g.grade,
          g.uncappedGrade,
          JSON.stringify(g.caps),
          caps.auditFindings,
          caps.majorMisuse,
        ],
      );
      await this.wf.record(
        m,
        act,
        'FINALIZE',
        'Evaluation',
        e.id,
        { status: e.status },
        { status: 'FINAL', score, grade: g.grade, notUpheld },
      );
      return e.id;
    });
  }

  /** Coverage of a unit's project budget by a selection for department evaluation (shown as the unit picks). */
  coverage(m: EntityManager | null, act: Act, year: number, projectIds: number[]) {
    return departmentCoverage(this.wf, m, act, year, projectIds);
  }

  /** The unit picks the projects for department evaluation; the pick must cover the rule's share of its budget. */
  selectDepartment(act: Act, year: number, projectIds: number[]): Promise<number[]> {
    return selectDepartment(this.wf, act, year, projectIds);
  }

  recordDepartment(act: Act, id: number, score: number, explanation: string, version: number): Promise<number> {
    return recordDepartment(this.wf, act, id, score, explanation, version);
  }
}
