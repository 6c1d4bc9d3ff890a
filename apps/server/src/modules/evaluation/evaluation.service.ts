import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { finalGrade, selfEvaluationScore } from '../../rules/evaluation.js';
import { parseYuan } from '../../rules/money.js';
import { parseScore } from '../../rules/score.js';
import { proposedCut } from '../../rules/result-application.js';
import { evaluationRows, projectRows } from '../auth/scope.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/workflow.js';

export interface FindingInput {
  category: string;
  text: string;
  suggestion: string;
}

/** Evaluations: self-evaluation by the unit, key evaluation by an agency, the expert panel's final score; then result application. */
export class EvaluationService {
  constructor(private readonly wf: Workflow) {}

  /** Failed checkpoints in a row at the end of the year whose flag is still open (the cap of DOMAIN.md). */
  private async unrectifiedFailures(m: EntityManager, projectId: number): Promise<number> {
    const [open] = await m.query(`SELECT 1 FROM flag WHERE project_id = $1 AND status = 'OPEN' LIMIT 1`, [projectId]);
    if (!open) return 0;
    const reports = await m.query(
      `SELECT r.failed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
        WHERE r.project_id = $1 AND r.status = 'CONFIRMED' ORDER BY c.period_end DESC`, [projectId]);
    let n = 0;
    for (const r of reports) {
      if (!r.failed) break;
      n++;
    }
    return n;
  }

  async submitSelf(act: Act, projectId: number, input: { executed: string; outputCompletion: number; benefitCompletion: number; satisfactionCompletion: number; explanation: string }): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lock<{ id: number; year: number; region_id: number; unit_id: number; budget: string; version: number }>(m, '项目', projectId,
        (q) => `SELECT p.id, p.year, p.region_id, p.unit_id, p.budget::text AS budget, p.version FROM project p JOIN unit u ON u.id = p.unit_id
                 WHERE p.id = $1 AND ${projectRows(act.viewer, q)}`, 'p');
      const [existing] = await m.query(`SELECT id, status FROM evaluation WHERE project_id = $1 AND kind = 'SELF' FOR UPDATE`, [p.id]);
      if (existing) checkState('单位自评', existing.status, ['DRAFT'], '提交自评');
      if (parseYuan(input.executed, 'executed') > parseYuan(p.budget, 'budget')) {
        throw badInput('executed', '执行数不能超过预算', 'cannot exceed the budget');
      }
      const rules = await this.wf.rules(m, p.region_id, p.year);
      const s = selfEvaluationScore({
        budget: p.budget, executed: input.executed, outputCompletion: input.outputCompletion.toFixed(2),
        benefitCompletion: input.benefitCompletion.toFixed(2), satisfactionCompletion: input.satisfactionCompletion.toFixed(2),
      }, rules.evaluation);
      const failures = await this.unrectifiedFailures(m, p.id);
      const g = finalGrade({ score: s.score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: failures, authenticityFailed: false },
        { evaluation: rules.evaluation, monitoring: rules.monitoring });
      const values = [p.year, p.id, p.unit_id, p.budget, input.executed, input.outputCompletion.toFixed(2), input.benefitCompletion.toFixed(2),
        input.satisfactionCompletion.toFixed(2), s.score, failures, g.uncappedGrade, g.grade, JSON.stringify(g.caps), input.explanation.trim(), today()];
      if (existing) {
        await m.query(`DELETE FROM evaluation WHERE id = $1`, [existing.id]);
      }
      const [row] = await m.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, budget, executed, output_completion, benefit_completion, satisfaction_completion,
                                 score, failed_checkpoints_unrectified, uncapped_grade, grade, caps, explanation, evaluated_on, status)
         VALUES ($1, 'SELF', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'FINAL') RETURNING id`, values);
      const id = row.id as number;
      await this.wf.record(m, act, 'SUBMIT', 'Evaluation', id, null, { kind: 'SELF', score: s.score, parts: s.parts, grade: g.grade, caps: g.caps });
      return id;
    });
  }

  async assignKey(act: Act, projectId: number, agencyId: number): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.wf.lock<{ id: number; year: number; unit_id: number; budget: string; version: number }>(m, '项目', projectId,
        (q) => `SELECT p.id, p.year, p.unit_id, p.budget::text AS budget, p.version FROM project p JOIN unit u ON u.id = p.unit_id
                 WHERE p.id = $1 AND ${projectRows(act.viewer, q)}`, 'p');
      const [agency] = await m.query(`SELECT id FROM agency WHERE id = $1 AND region_id = $2`, [agencyId, act.viewer.regionId]);
      if (!agency) throw badInput('agencyId', '机构不存在', 'no such agency');
      const [existing] = await m.query(`SELECT id FROM evaluation WHERE project_id = $1 AND kind = 'KEY'`, [p.id]);
      if (existing) throw new AppError('INVALID_TRANSITION', '该项目已委托重点评价', 'This project already has a key evaluation', { field: 'projectId' });
      const [{ executed }] = await m.query(
        `SELECT COALESCE((SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                           WHERE r.project_id = $1 AND r.status = 'CONFIRMED' ORDER BY c.period_end DESC LIMIT 1), 0)::text AS executed`, [p.id]);
      const [row] = await m.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, agency_id, budget, executed, status) VALUES ($1, 'KEY', $2, $3, $4, $5, $6, 'DRAFT') RETURNING id`,
        [p.year, p.id, p.unit_id, agencyId, p.budget, executed]);
      await this.wf.record(m, act, 'CREATE', 'Evaluation', row.id, null, { kind: 'KEY', projectId, agencyId });
      return row.id;
    });
  }

  private lockEvaluation(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<{ id: number; kind: string; status: string; version: number; score: string | null; year: number; region_id: number; project_id: number | null; budget: string }>(
      m, '评价', id,
      (q) => `SELECT e.id, e.kind, e.status, e.version, e.score::text AS score, e.year, u.region_id, e.project_id, e.budget::text AS budget
                FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
               WHERE e.id = $1 AND ${evaluationRows(act.viewer, q)}`, 'e');
  }

  async submitKey(act: Act, id: number, input: { score: number; reportName: string; findings: FindingInput[]; version: number }): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await this.lockEvaluation(m, act, id);
      checkVersion('评价', e.version, input.version);
      checkState('重点评价', e.status, ['DRAFT'], '提交评价报告');
      if (!input.reportName.trim()) throw badInput('reportName', '须附评价报告', 'attach the evaluation report');
      parseScore(input.score.toFixed(2), 'score');
      await m.query(`UPDATE evaluation SET score = $2, report_name = $3, status = 'SUBMITTED', evaluated_on = $4, version = version + 1 WHERE id = $1`,
        [e.id, input.score.toFixed(2), input.reportName.trim(), today()]);
      await m.query(`DELETE FROM evaluation_finding WHERE evaluation_id = $1`, [e.id]);
      for (const [i, f] of input.findings.entries()) {
        if (!f.text.trim()) throw badInput(`findings[${i}].text`, '问题描述不能为空', 'must not be empty');
        await m.query(`INSERT INTO evaluation_finding (evaluation_id, category, text, suggestion) VALUES ($1, $2, $3, $4)`,
          [e.id, f.category.trim() || '其他', f.text.trim(), f.suggestion.trim()]);
      }
      await this.wf.record(m, act, 'SUBMIT', 'Evaluation', e.id, { status: e.status }, { status: 'SUBMITTED', score: input.score, findings: input.findings });
      return e.id;
    });
  }

  /** The expert panel's final result: the grade follows from the final score by the rules. */
  async finalize(act: Act, id: number, expertScore: number | null, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await this.lockEvaluation(m, act, id);
      checkVersion('评价', e.version, version);
      checkState('评价', e.status, ['SUBMITTED'], '确定最终结果');
      const rules = await this.wf.rules(m, e.region_id, e.year);
      const score = expertScore !== null ? expertScore.toFixed(2) : e.score!;
      const failures = e.project_id ? await this.unrectifiedFailures(m, e.project_id) : 0;
      const g = finalGrade({ score, auditFindings: false, majorMisuse: false, failedCheckpointsUnrectified: failures, authenticityFailed: false },
        { evaluation: rules.evaluation, monitoring: rules.monitoring });
      await m.query(
        `UPDATE evaluation SET expert_score = $2, grade = $3, uncapped_grade = $4, caps = $5, status = 'FINAL', version = version + 1 WHERE id = $1`,
        [e.id, expertScore !== null ? expertScore.toFixed(2) : null, g.grade, g.uncappedGrade, JSON.stringify(g.caps)]);
      await this.wf.record(m, act, 'FINALIZE', 'Evaluation', e.id, { status: e.status }, { status: 'FINAL', score, grade: g.grade });
      return e.id;
    });
  }

  /** The rules propose next year's cut for every final 中/差 self-evaluation of the year that has none yet. */
  async proposeCuts(act: Act, year: number): Promise<number> {
    return this.wf.run(async (m) => {
      const rules = await this.wf.rules(m, act.viewer.regionId, year);
      const rows = await m.query(
        `SELECT e.id, e.project_id, e.grade, p.budget::text AS budget FROM evaluation e JOIN project p ON p.id = e.project_id
          WHERE e.year = $1 AND e.kind = 'SELF' AND e.status = 'FINAL' AND e.grade IN ('MEDIUM', 'POOR') AND p.region_id = $2
            AND NOT EXISTS (SELECT 1 FROM result_application ra WHERE ra.evaluation_id = e.id)
          FOR UPDATE OF e`, [year, act.viewer.regionId]);
      for (const r of rows) {
        const cut = proposedCut({ grade: r.grade, baseBudget: r.budget }, rules.resultApplication);
        const [ra] = await m.query(
          `INSERT INTO result_application (evaluation_id, project_id, target_year, grade, base_budget, cut_share, proposed_cut)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [r.id, r.project_id, year + 2, r.grade, r.budget, (cut.share!.numerator / cut.share!.denominator).toFixed(4), cut.cut]);
        await this.wf.record(m, act, 'CREATE', 'ResultApplication', ra.id, null, { grade: r.grade, proposedCut: cut.cut });
      }
      return rows.length;
    });
  }

  /** The budget section accepts the proposed cut or adjusts it, with a reason. */
  async decideCut(act: Act, id: number, acceptedCut: string, reason: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const ra = await this.wf.lock<{ id: number; status: string; version: number; proposed_cut: string; base_budget: string }>(m, '结果应用', id,
        (q) => `SELECT ra.id, ra.status, ra.version, ra.proposed_cut::text AS proposed_cut, ra.base_budget::text AS base_budget
                  FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
                 WHERE ra.id = $1 AND ${projectRows(act.viewer, q)}`, 'ra');
      checkVersion('结果应用', ra.version, version);
      checkState('结果应用', ra.status, ['PROPOSED'], '决定压减');
      const accepted = parseYuan(acceptedCut, 'acceptedCut');
      if (accepted > parseYuan(ra.base_budget, 'baseBudget')) throw badInput('acceptedCut', '压减额不能超过预算', 'cannot exceed the base budget');
      const adjusted = accepted !== parseYuan(ra.proposed_cut, 'proposedCut');
      if (adjusted && !reason.trim()) throw badInput('reason', '调整压减额须说明理由', 'an adjusted cut needs a reason');
      const status = adjusted ? 'ADJUSTED' : 'ACCEPTED';
      await m.query(`UPDATE result_application SET accepted_cut = $2, status = $3, reason = $4, version = version + 1 WHERE id = $1`,
        [ra.id, acceptedCut, status, reason.trim() || '按规则压减']);
      await this.wf.record(m, act, 'DECIDE', 'ResultApplication', ra.id, { status: ra.status }, { status, acceptedCut, reason });
      return ra.id;
    });
  }
}
