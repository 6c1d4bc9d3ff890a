import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sumRollup } from './1796600500000-region-rollups.js';

/**
 * `execution_unit_summary`: execution_summary without the fund family (per checkpoint, the project's county, its
 * unit and budget year), for `executionSummary(groupBy: UNIT)` with no condition about the fund family: a
 * province's 40,578 rows of execution_summary at a checkpoint (1M projects) are 5,401 here, and the numeric sums
 * over them were most of the query (SQL 67–108 ms). Kept by statement-level triggers on execution_summary itself,
 * in the same statement as what it rolls up, as execution_region_summary is. A unit never changes county.
 */
const KEYS = 'checkpoint_id, region_id, unit_id, year';

const ROLLUP = sumRollup({
  table: 'execution_unit_summary',
  source: 'execution_summary',
  suffix: 'unit',
  keys: KEYS,
  sums: ['project_count', 'budget', 'executed'],
});

export class ExecutionUnitSummary1796601700000 implements MigrationInterface {
  name = 'ExecutionUnitSummary1796601700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "execution_unit_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL, "unit_id" integer NOT NULL,
      "year" integer NOT NULL, "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_unit_summary" PRIMARY KEY (${KEYS}))`);
    // Rows left at zero are found by this (each write deletes them) without a scan of the table.
    await q.query(
      `CREATE INDEX "IDX_execution_unit_summary_empty" ON "execution_unit_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    for (const statement of ROLLUP.up) await q.query(statement);
    await q.query(ROLLUP.fill);
    await q.query(`ANALYZE execution_unit_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of ROLLUP.down) await q.query(statement);
    await q.query(`DROP TABLE "execution_unit_summary"`);
  }
}
