import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `execution_section_summary`: execution_summary rolled up to the supervising section of each row's unit (per
 * checkpoint, the project's county, the section, fund family and budget year), for a scope of whole counties
 * grouped by section with no condition about units: the cockpit's execution by section and checkpoint, and
 * `executionSummary(groupBy: SECTION)` of the BI mix. At 1M projects a province's read 81,156 rows of
 * execution_summary, each joined to its unit and section (~120 ms through the API; ~1.2 s under the BI load).
 *
 * Kept by statement-level triggers on execution_summary itself (as execution_region_summary is), and on unit: a
 * unit moved to another section moves its rows' contributions. Units are never deleted while they have projects.
 */
const KEYS = 'checkpoint_id, region_id, section_id, fund_family, year';

const apply = (deltas: string) => `
  INSERT INTO execution_section_summary AS s (${KEYS}, project_count, budget, executed)
  SELECT ${KEYS}, sum(n), sum(budget), sum(executed) FROM (${deltas}) d
   GROUP BY ${KEYS} ORDER BY ${KEYS}
  ON CONFLICT (${KEYS}) DO UPDATE
    SET project_count = s.project_count + EXCLUDED.project_count,
        budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
  DELETE FROM execution_section_summary WHERE project_count = 0;`;

/** execution_summary rows (a relation with unit_id) with sign, at their unit's section as it is now. */
const delta = (rows: string, sign: '' | '-') => `
  SELECT r.checkpoint_id, r.region_id, u.supervising_section_id AS section_id, r.fund_family, r.year,
         ${sign}r.project_count AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
    FROM ${rows} r JOIN unit u ON u.id = r.unit_id`;

const MOVED = `FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.supervising_section_id <> n.supervising_section_id`;

export class ExecutionSectionSummary1796601100000 implements MigrationInterface {
  name = 'ExecutionSectionSummary1796601100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "execution_section_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL, "section_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_section_summary" PRIMARY KEY (${KEYS}))`);
    await q.query(
      `CREATE INDEX "IDX_execution_section_summary_empty" ON "execution_section_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    await q.query(`CREATE FUNCTION execution_section_summary_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(delta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${apply(`${delta('old_rows', '-')} UNION ALL ${delta('new_rows', '')}`)}
        ELSE ${apply(delta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    // A unit moved to another section: its rows leave the old section and join the new one.
    await q.query(`CREATE FUNCTION execution_section_summary_units_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 ${MOVED}) THEN RETURN NULL; END IF;
        ${apply(`
          SELECT e.checkpoint_id, e.region_id, m.section_id, e.fund_family, e.year,
                 m.sign * e.project_count AS n, m.sign * e.budget AS budget, m.sign * e.executed AS executed
            FROM (SELECT o.id, o.supervising_section_id AS section_id, -1 AS sign ${MOVED}
                  UNION ALL
                  SELECT n.id, n.supervising_section_id, 1 ${MOVED}) m
            JOIN execution_summary e ON e.unit_id = m.id`)}
        RETURN NULL;
      END $$`);
    for (const [op, tables] of [
      ['insert', 'NEW TABLE AS new_rows'],
      ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['delete', 'OLD TABLE AS old_rows'],
    ] as const) {
      await q.query(`CREATE TRIGGER execution_summary_section_${op} AFTER ${op.toUpperCase()} ON execution_summary
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION execution_section_summary_rollup()`);
    }
    await q.query(`CREATE TRIGGER unit_execution_section_summary_update AFTER UPDATE ON unit
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION execution_section_summary_units_moved()`);
    await q.query(`INSERT INTO execution_section_summary (${KEYS}, project_count, budget, executed)
      SELECT e.checkpoint_id, e.region_id, u.supervising_section_id, e.fund_family, e.year,
             sum(e.project_count), sum(e.budget), sum(e.executed)
        FROM execution_summary e JOIN unit u ON u.id = e.unit_id GROUP BY 1, 2, 3, 4, 5`);
    await q.query(`ANALYZE execution_section_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER unit_execution_section_summary_update ON unit`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER execution_summary_section_${op} ON execution_summary`);
    }
    await q.query(`DROP FUNCTION execution_section_summary_units_moved()`);
    await q.query(`DROP FUNCTION execution_section_summary_rollup()`);
    await q.query(`DROP TABLE "execution_section_summary"`);
  }
}
