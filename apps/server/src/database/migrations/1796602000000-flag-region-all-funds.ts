import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sumRollup } from './1796600500000-region-rollups.js';

/**
 * `flag_region_all_funds`: flag_region_summary without the fund family (flags counted per county, budget year,
 * level, raising and escalating checkpoint and closing date), for `flagSummary` of whole counties with no
 * condition about the fund family. A province's 47,601 rows of flag_region_summary (1M projects) are 11,067 here;
 * the statement read them in 26 ms, these in 11 ms, and under 10 concurrent BI clients it cost ~45 ms of
 * PostgreSQL's CPU. Kept by statement-level triggers on flag_region_summary itself, in the same statement as what
 * it rolls up, as flag_region_summary is kept from flag_summary.
 */
const KEYS = 'region_id, year, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on';

const ROLLUP = sumRollup({
  table: 'flag_region_all_funds',
  source: 'flag_region_summary',
  suffix: 'all_funds',
  keys: KEYS,
  sums: ['n'],
});

export class FlagRegionAllFunds1796602000000 implements MigrationInterface {
  name = 'FlagRegionAllFunds1796602000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "flag_region_all_funds" (
      "region_id" integer NOT NULL, "year" integer NOT NULL, "level" character varying(8) NOT NULL,
      "raised_checkpoint_id" integer NOT NULL, "escalated_checkpoint_id" integer, "closed_on" date,
      "n" integer NOT NULL)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_flag_region_all_funds" ON "flag_region_all_funds" (${KEYS}) NULLS NOT DISTINCT`,
    );
    // Rows left at zero are found by this (each write deletes them) without a scan of the table.
    await q.query(
      `CREATE INDEX "IDX_flag_region_all_funds_empty" ON "flag_region_all_funds" ("region_id") WHERE n = 0`,
    );
    for (const statement of ROLLUP.up) await q.query(statement);
    await q.query(ROLLUP.fill);
    await q.query(`ANALYZE flag_region_all_funds`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of ROLLUP.down) await q.query(statement);
    await q.query(`DROP TABLE "flag_region_all_funds"`);
  }
}
