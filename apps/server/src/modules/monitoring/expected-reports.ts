/** The checkpoint a report is due at, as SQL expressions (columns of a joined checkpoint, or parameters). */
interface DueAt {
  id: string;
  regionId: string;
  year: string;
  periodEnd: string;
}

const stillDue = (c: DueAt, p: string) => `${p}.region_id = ${c.regionId} AND ${p}.year = ${c.year}
  AND ${p}.target_status = 'APPROVED' AND ${p}.budgeted_on <= ${c.periodEnd}
  AND NOT EXISTS (SELECT 1 FROM monitoring_report r WHERE r.project_id = ${p}.id AND r.checkpoint_id = ${c.id} AND r.status <> 'DRAFT')`;

/**
 * The projects expected to report at a checkpoint and not yet reported: a project checkpoint of the project's
 * region and year, approved targets, budgeted by the period's end, and no report beyond a draft. `c` and `p`
 * are the aliases of the checkpoint and the project. The to-dos (to submit, overdue) and the chase list
 * (Checkpoint.missingReports) all count with this one condition.
 */
export const reportStillDue = (c: string, p = 'p'): string =>
  `${c}.scope = 'PROJECT' AND ${stillDue({ id: `${c}.id`, regionId: `${c}.region_id`, year: `${c}.year`, periodEnd: `${c}.period_end` }, p)}`;

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
  return stillDue(
    {
      id: params.push(c.dbId),
      regionId: params.push(c.regionId),
      year: params.push(c.year),
      periodEnd: `${params.push(c.periodEnd)}::date`,
    },
    p,
  );
}
