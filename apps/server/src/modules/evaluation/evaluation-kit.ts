import type { EntityManager } from 'typeorm';
import { evaluationRows } from '../auth/index.js';
import { findingCapInputs, type FindingCapInputs } from '../supervision/index.js';
import { today, type Act, type Workflow } from '../workflow/index.js';

// What the evaluation services share: locking an evaluation in the viewer's scope, the caps' inputs, and the
// history kept before an evaluation's values are replaced.

/** Copies an evaluation's current values into its history before they are replaced (issue 13 §4). */
export async function keepVersion(m: EntityManager, id: number): Promise<void> {
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

/** Failed checkpoints in a row at the end of the year whose flag is still open (the cap of DOMAIN.md). */
export async function unrectifiedFailures(wf: Workflow, m: EntityManager, projectId: number): Promise<number> {
  const [open] = await m.query(`SELECT 1 FROM flag WHERE project_id = $1 AND status = 'OPEN' LIMIT 1`, [projectId]);
  return open ? wf.failuresInARow(m, projectId) : 0;
}

/** The caps the project's active supervision findings impose (none for a unit-wide evaluation). */
export function capsOf(m: EntityManager, projectId: number | null): Promise<FindingCapInputs> {
  return projectId
    ? findingCapInputs(m, projectId)
    : Promise.resolve({ auditFindings: false, majorMisuse: false, auditFindingRefs: [], misuseRefs: [] });
}

/** The evaluation `id`, locked, if the viewer may see it; else a named error. */
export function lockEvaluation(wf: Workflow, m: EntityManager, act: Act, id: number) {
  return wf.lock<{
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
