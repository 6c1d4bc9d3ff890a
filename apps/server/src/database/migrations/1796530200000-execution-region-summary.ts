import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `execution_region_summary`: execution_summary rolled up to the county (per checkpoint, county, fund family and
 * budget year), for the figures of viewers whose scope is whole counties — a leader, the performance and budget
 * sections, an upper level, a fund section — grouped by TOTAL or fund family: a province then reads one row per
 * county and fund family instead of one per unit (issue 16 §2). Kept by statement-level triggers on
 * execution_summary itself, so it changes in the same statement as the summary it rolls up.
 */
export class ExecutionRegionSummary1796530200000 implements MigrationInterface {
  name = 'ExecutionRegionSummary1796530200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "execution_region_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_region_summary" PRIMARY KEY ("checkpoint_id", "region_id", "fund_family", "year"))`);
    await q.query(
      `CREATE INDEX "IDX_execution_region_summary_empty" ON "execution_region_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    const delta = (rows: string, sign: '' | '-') =>
      `SELECT checkpoint_id, region_id, fund_family, year, ${sign}project_count AS n, ${sign}budget AS budget,
              ${sign}executed AS executed FROM ${rows}`;
    const apply = (deltas: string) => `
      INSERT INTO execution_region_summary AS s (checkpoint_id, region_id, fund_family, year, project_count, budget, executed)
      SELECT checkpoint_id, region_id, fund_family, year, sum(n), sum(budget), sum(executed) FROM (${deltas}) d
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (checkpoint_id, region_id, fund_family, year) DO UPDATE
        SET project_count = s.project_count + EXCLUDED.project_count,
            budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
      DELETE FROM execution_region_summary WHERE project_count = 0;`;
    await q.query(`CREATE FUNCTION execution_region_summary_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(delta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${apply(`${delta('old_rows', '-')} UNION ALL ${delta('new_rows', '')}`)}
        ELSE ${apply(delta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER execution_summary_rollup_insert AFTER INSERT ON execution_summary
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION execution_region_summary_rollup()`);
    await q.query(`CREATE TRIGGER execution_summary_rollup_update AFTER UPDATE ON execution_summary
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION execution_region_summary_rollup()`);
    await q.query(`CREATE TRIGGER execution_summary_rollup_delete AFTER DELETE ON execution_summary
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION execution_region_summary_rollup()`);
    await q.query(`INSERT INTO execution_region_summary (checkpoint_id, region_id, fund_family, year, project_count, budget, executed)
      SELECT checkpoint_id, region_id, fund_family, year, sum(project_count), sum(budget), sum(executed)
        FROM execution_summary GROUP BY 1, 2, 3, 4`);
    await q.query(`ANALYZE execution_summary, execution_region_summary, flag_summary, evaluation_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER execution_summary_rollup_${op} ON execution_summary`);
    }
    await q.query(`DROP FUNCTION execution_region_summary_rollup()`);
    await q.query(`DROP TABLE "execution_region_summary"`);
  }
}
