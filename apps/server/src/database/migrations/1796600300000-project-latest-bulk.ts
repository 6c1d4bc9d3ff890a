import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH } from './1796600200000-latest-execution-summary.js';

/**
 * `project_latest_refresh(ids)` recomputes the projects a statement touched. For a few projects its joins are
 * index lookups; for a bulk load they must be hash joins, and the planner cannot always tell: the ids come as an
 * array (a generic plan assumes ten), and the table just written may still carry the statistics of before the
 * statement (the bench's generator inserting 800,000 self-evaluations into a table it had analyzed nearly empty,
 * with its secondary indexes dropped for the load, got a nested loop over the whole table per project — it had
 * not finished after five minutes). Above 20,000 projects the same statements now run in a function that plans
 * them without nested loops (`SET enable_nestloop = off` for that function only, so its cached plans are always
 * of that kind); below, nothing changes.
 */
export class ProjectLatestBulk1796600300000 implements MigrationInterface {
  name = 'ProjectLatestBulk1796600300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION project_latest_refresh_bulk(ids int[]) RETURNS void LANGUAGE plpgsql
      SET enable_nestloop = off AS $$
      BEGIN
        ${REFRESH}
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION project_latest_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(ids) > 20000 THEN
          PERFORM project_latest_refresh_bulk(ids);
          RETURN;
        END IF;
        ${REFRESH}
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION project_latest_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${REFRESH}
      END $$`);
    await q.query(`DROP FUNCTION project_latest_refresh_bulk(int[])`);
  }
}
