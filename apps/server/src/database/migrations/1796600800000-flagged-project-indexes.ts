import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `projectAggregate` per checkpoint by open flag level reads execution_summary as if no project had a flag and
 * moves the reports of the projects that have one to their level: those projects (a few in a hundred: 68,000 of
 * a province's million) found in project_latest by their county or their unit.
 */
const INDEXES: [string, string][] = [
  ['IDX_project_latest_flagged_region', 'region_id'],
  ['IDX_project_latest_flagged_unit', 'unit_id'],
];

export class FlaggedProjectIndexes1796600800000 implements MigrationInterface {
  name = 'FlaggedProjectIndexes1796600800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, column] of INDEXES) {
      await q.query(`CREATE INDEX "${name}" ON "project_latest" ("${column}") WHERE "top_flag" > 0`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "${name}"`);
  }
}
