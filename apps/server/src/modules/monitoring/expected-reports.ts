/**
 * The projects expected to report at a checkpoint and not yet reported: a project checkpoint of the project's
 * region and year, approved targets, budgeted by the period's end, and no report beyond a draft. `c` and `p`
 * are the aliases of the checkpoint and the project. The to-dos (to submit, overdue) and the chase list
 * (Checkpoint.missingReports) all count with this one condition.
 */
export const reportStillDue = (c: string, p = 'p'): string => `${p}.region_id = ${c}.region_id AND ${p}.year = ${c}.year AND ${c}.scope = 'PROJECT'
  AND ${p}.target_status = 'APPROVED' AND ${p}.budgeted_on <= ${c}.period_end
  AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = ${p}.id AND r.checkpoint_id = ${c}.id AND r.status <> 'DRAFT')`;

/**
 * The same condition for one known checkpoint, its values as parameters: with the region and year as
 * constants the planner walks that county's projects by index, not the province's by code.
 */
export function reportStillDueAt(
  c: { dbId: number; regionId: number; year: number; scope: string; periodEnd: string },
  params: { push: (value: unknown) => string },
  p = 'p',
): string {
  if (c.scope !== 'PROJECT') return 'FALSE';
  return `${p}.region_id = ${params.push(c.regionId)} AND ${p}.year = ${params.push(c.year)} AND ${p}.target_status = 'APPROVED'
  AND ${p}.budgeted_on <= ${params.push(c.periodEnd)}::date
  AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = ${p}.id AND r.checkpoint_id = ${params.push(c.dbId)} AND r.status <> 'DRAFT')`;
}
