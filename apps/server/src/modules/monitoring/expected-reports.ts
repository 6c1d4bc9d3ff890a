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
 * are the aliases of the checkpoint and the project. The mutations that confirm a checkpoint or record projects
 * as not reported check it in their transaction; the chase list (Checkpoint.missingReports) and the to-dos (to
 * submit, overdue) read `report_due`, the pairs it admits kept as a table by triggers (migration 1796600000000,
 * which copies it), and `test/support/summaries.ts` compares the two.
 */
export const reportStillDue = (c: string, p = 'p'): string =>
  `${c}.scope = 'PROJECT' AND ${stillDue({ id: `${c}.id`, regionId: `${c}.region_id`, year: `${c}.year`, periodEnd: `${c}.period_end` }, p)}`;
