import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A business section's or a unit's figures read the summaries by unit (a section's scope names its units on the
 * summary row: `unit_id = ANY(…)`), but the summaries were indexed from the county down (their unique keys
 * start with the checkpoint, the county or the year): at 1M projects each such figure scanned the whole
 * summary — a section's flagSummary 33 ms, gradeDistribution 24 ms, executionSummary 15–26 ms, a unit's
 * gradeDistribution 20 ms. target_summary already had its (unit_id, year) index; the others get theirs.
 */
const INDEXES: [string, string, string][] = [
  ['IDX_execution_summary_unit', 'execution_summary', 'unit_id, checkpoint_id'],
  ['IDX_flag_summary_unit', 'flag_summary', 'unit_id, year'],
  ['IDX_evaluation_summary_project_unit', 'evaluation_summary', 'project_unit_id, year, kind'],
  ['IDX_evaluation_summary_unit', 'evaluation_summary', 'unit_id, year, kind'],
  ['IDX_latest_summary_unit', 'latest_summary', 'unit_id, year'],
  ['IDX_latest_grade_summary_unit', 'latest_grade_summary', 'unit_id, year'],
];

export class SummaryUnitIndexes1796600600000 implements MigrationInterface {
  name = 'SummaryUnitIndexes1796600600000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, table, columns] of INDEXES) await q.query(`CREATE INDEX "${name}" ON "${table}" (${columns})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "${name}"`);
  }
}
