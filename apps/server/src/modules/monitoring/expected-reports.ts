/**
 * The projects expected to report at a checkpoint and not yet reported: a project checkpoint of the project's
 * region and year, approved targets, budgeted by the period's end, and no report beyond a draft. `c` and `p`
 * are the aliases of the checkpoint and the project. The to-dos (to submit, overdue) and the chase list
 * (Checkpoint.missingReports) all count with this one condition.
 */
export const reportStillDue = (c: string, p = 'p') => `${p}.region_id = ${c}.region_id AND ${p}.year = ${c}.year AND ${c}.scope = 'PROJECT'
  AND ${p}.target_status = 'APPROVED' AND ${p}.budgeted_on <= ${c}.period_end
  AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = ${p}.id AND r.checkpoint_id = ${c}.id AND r.status <> 'DRAFT')`;
