import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { finalGrade, needsTransferPaymentRectification, selfEvaluationScore } from '../../rules/evaluation.js';
import { departmentEvaluationCoverage, type Coverage } from '../../rules/coverage.js';
import { formatYuan, parseYuan, sumYuan } from '../../rules/money.js';
import { parseScore } from '../../rules/score.js';
import { evaluationRows } from '../auth/index.js';
import { drawPanel } from '../expert/index.js';
import { findingCapInputs, type FindingCapInputs } from '../supervision/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';

/** Copies an evaluation's current values into its history before they are replaced (issue 13 §4). */
async function keepVersion(m: EntityManager, id: number): Promise<void> {
  await m.query(
    `INSERT INTO evaluation_version (evaluation_id, version, status, budget, executed, output_completion, benefit_completion,
                                     satisfaction_completion, score, uncapped_grade, grade, caps, audit_findings, major_misuse,
                                     failed_checkpoints_unrectified, explanation, evaluated_on, superseded_on)
     SELECT id, version, status, budget, executed, output_completion, benefit_completion, satisfaction_completion, score,
            uncapped_grade, grade, caps, audit_findings, major_misuse, failed_checkpoints_unrectified, explanation, evaluated_on, $2
       FROM evaluation WHERE id = $1`,
    [id, today()],
  );
}

export interface FindingInput {
  category: string;
  text: string;
  suggestion: string;
}

/** Evaluations: self-evaluation by the unit, department evaluation, key evaluation by an agency, the expert panel's final score. */
export class EvaluationService {
  constructor(private readonly wf: Workflow) {}

  /** Failed checkpoints in a row at the end of the year whose flag is still open (the cap of DOMAIN.md). */
  private async unrectifiedFailures(m: EntityManager, projectId: number): Promise<number> {
    const [open] = await m.query(`SELECT 1 FROM flag WHERE project_id = $1 AND status = 'OPEN' LIMIT 1`, [projectId]);
    return open ? this.wf.failuresInARow(m, projectId) : 0;
  }

  /** The caps the project's active supervision findings impose (none for a unit-wide evaluation). */
  private capsOf(m: EntityManager, projectId: number | null): Promise<FindingCapInputs> {
    return projectId
      ? findingCapInputs(m, projectId)
      : Promise.resolve({ auditFindings: false, majorMisuse: false, auditFindingRefs: [], misuseRefs: [] });
  }

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
      const failures = await this.unrectifiedFailures(m, p.id);
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
                  evaluated_on = $12, status = $13, audit_findings = $14, major_misuse = $15, version = version + 1
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

  private lockEvaluation(m: EntityManager, act: Act, id: number) {
    return this.wf.lock<{
      id: number;
      kind: string;
      status: string;
      version: number;
      score: string | null;
      year: number;
      region_id: number;
      project_id: number | null;
      budget: string;
    }>(
      m,
      '评价',
      id,
      (
        q,
      ) => `SELECT e.id, e.kind, e.status, e.version, e.score::text AS score, e.year, u.region_id, e.project_id, e.budget::text AS budget
                FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
               WHERE e.id = $1 AND ${evaluationRows(act.viewer, q)}`,
      'e',
    );
  }

  async submitKey(
    act: Act,
    id: number,
    input: { score: number; reportName: string; findings: FindingInput[]; version: number },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await this.lockEvaluation(m, act, id);
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
      const e = await this.lockEvaluation(m, act, id);
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
      const failures = e.project_id ? await this.unrectifiedFailures(m, e.project_id) : 0;
      const caps = await this.capsOf(m, e.project_id);
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
  async coverage(
    m: EntityManager | null,
    act: Act,
    year: number,
    projectIds: number[],
  ): Promise<Coverage & { unitBudget: string; selectedBudget: string }> {
    const db = m ?? this.wf.db.manager;
    const rules = await this.wf.rules(db, act.viewer.regionId, year);
    const all = (await db.query(
      `SELECT id, budget::text AS budget FROM project WHERE unit_id = $1 AND year = $2 AND target_status = 'APPROVED'`,
      [act.viewer.unitId, year],
    )) as { id: number; budget: string }[];
    const byId = new Map(all.map((p) => [p.id, p.budget]));
    projectIds.forEach((id, i) => {
      if (!byId.has(id))
        throw badInput(`projectIds[${i}]`, '不是本单位该年度的项目', 'not a project of this unit and year');
    });
    const selected = [...new Set(projectIds)].map((id) => byId.get(id)!);
    const c = departmentEvaluationCoverage(
      { unitProjectBudgets: all.map((p) => p.budget), selectedBudgets: selected },
      rules.departmentEvaluation,
    );
    return {
      ...c,
      unitBudget: formatYuan(
        sumYuan(
          all.map((p) => p.budget),
          'budgets',
        ),
      ),
      selectedBudget: formatYuan(sumYuan(selected, 'selected')),
    };
  }

  /** The unit picks the projects for department evaluation; the pick must cover the rule's share of its budget. */
  async selectDepartment(act: Act, year: number, projectIds: number[]): Promise<number[]> {
    return this.wf.run(async (m) => {
      await m.query(`SELECT id FROM unit WHERE id = $1 FOR UPDATE`, [act.viewer.unitId]);
      const c = await this.coverage(m, act, year, projectIds);
      if (!c.meets) {
        throw badInput(
          'projectIds',
          `所选项目未达到单位项目预算的规定比例，还差 ${c.shortfall} 元`,
          `the selection does not cover the required share of the unit's project budget: ${c.shortfall} yuan short`,
        );
      }
      const existing = (await m.query(
        `SELECT id, project_id, status FROM evaluation WHERE unit_id = $1 AND year = $2 AND kind = 'DEPARTMENT' FOR UPDATE`,
        [act.viewer.unitId, year],
      )) as { id: number; project_id: number; status: string }[];
      const keep = new Set(projectIds);
      for (const e of existing) {
        if (!keep.has(e.project_id)) {
          checkState('部门评价', e.status, ['DRAFT'], '取消选择');
          await m.query(`DELETE FROM evaluation WHERE id = $1`, [e.id]);
        }
      }
      const ids: number[] = existing.filter((e) => keep.has(e.project_id)).map((e) => e.id);
      for (const pid of keep) {
        if (existing.some((e) => e.project_id === pid)) continue;
        const [row] = await m.query(
          `INSERT INTO evaluation (year, kind, project_id, unit_id, budget, executed, status)
           SELECT p.year, 'DEPARTMENT', p.id, p.unit_id, p.budget, 0, 'DRAFT' FROM project p WHERE p.id = $1 RETURNING id`,
          [pid],
        );
        ids.push(row.id);
      }
      await this.wf.record(
        m,
        act,
        'SELECT',
        'DepartmentEvaluation',
        act.viewer.unitId!,
        existing.map((e) => e.project_id),
        { projectIds, coverage: c },
      );
      return ids;
    });
  }

  async recordDepartment(act: Act, id: number, score: number, explanation: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const e = await this.lockEvaluation(m, act, id);
      checkVersion('评价', e.version, version);
      if (e.kind !== 'DEPARTMENT') throw badInput('id', '不是部门评价', 'not a department evaluation');
      checkState('部门评价', e.status, ['DRAFT'], '录入结果');
      const rules = await this.wf.rules(m, e.region_id, e.year);
      const failures = e.project_id ? await this.unrectifiedFailures(m, e.project_id) : 0;
      const caps = await this.capsOf(m, e.project_id);
      const g = finalGrade(
        {
          score: score.toFixed(2),
          ...caps,
          failedCheckpointsUnrectified: failures,
          authenticityFailed: false,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      await m.query(
        `UPDATE evaluation SET score = $2, grade = $3, uncapped_grade = $4, caps = $5, explanation = $6, status = 'FINAL', evaluated_on = $7,
                     failed_checkpoints_unrectified = $8, audit_findings = $9, major_misuse = $10, version = version + 1 WHERE id = $1`,
        [
          e.id,
          score.toFixed(2),
          g.grade,
          g.uncappedGrade,
          JSON.stringify(g.caps),
          explanation.trim(),
          today(),
          failures,
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
        { status: 'FINAL', score, grade: g.grade },
      );
      return e.id;
    });
  }
}
