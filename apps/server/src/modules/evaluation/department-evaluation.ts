import type { EntityManager } from 'typeorm';
import { finalGrade } from '../../rules/evaluation.js';
import { departmentEvaluationCoverage, type Coverage } from '../../rules/coverage.js';
import { formatYuan, sumYuan } from '../../rules/money.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { capsOf, lockEvaluation, unrectifiedFailures } from './evaluation-kit.js';

// Department evaluation (部门评价): the unit picks projects covering the rule's share of its budget, then records
// each one's result.

/** Coverage of a unit's project budget by a selection for department evaluation (shown as the unit picks). */
export async function departmentCoverage(
  wf: Workflow,
  m: EntityManager | null,
  act: Act,
  year: number,
  projectIds: number[],
): Promise<Coverage & { unitBudget: string; selectedBudget: string }> {
  const db = m ?? wf.db.manager;
  const rules = await wf.rules(db, act.viewer.regionId, year);
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
export async function selectDepartment(wf: Workflow, act: Act, year: number, projectIds: number[]): Promise<number[]> {
  return wf.run(async (m) => {
    await m.query(`SELECT id FROM unit WHERE id = $1 FOR UPDATE`, [act.viewer.unitId]);
    const c = await departmentCoverage(wf, m, act, year, projectIds);
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
    await wf.record(
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

export async function recordDepartment(
  wf: Workflow,
  act: Act,
  id: number,
  score: number,
  explanation: string,
  version: number,
): Promise<number> {
  return wf.run(async (m) => {
    const e = await lockEvaluation(wf, m, act, id);
    checkVersion('评价', e.version, version);
    if (e.kind !== 'DEPARTMENT') throw badInput('id', '不是部门评价', 'not a department evaluation');
    checkState('部门评价', e.status, ['DRAFT'], '录入结果');
    const rules = await wf.rules(m, e.region_id, e.year);
    const failures = e.project_id ? await unrectifiedFailures(wf, m, e.project_id) : 0;
    const caps = await capsOf(m, e.project_id);
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
    await wf.record(
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
