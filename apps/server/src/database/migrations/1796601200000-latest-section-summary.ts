import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `latest_section_summary`: latest_summary (each project's budget and latest execution, per county, unit, fund
 * family and year) rolled up to each row's unit's section, for a scope of whole counties grouped by year, fund
 * family or section with no condition about units — the BI mix's `projectAggregate [FUND_FAMILY, SECTION]` and a
 * province's `[FUND_FAMILY]`, which read latest_summary per unit, each row joined to its unit. Kept as
 * execution_section_summary is: statement-level triggers on latest_summary itself, and on unit for a unit moved
 * to another section.
 */
const KEYS = 'region_id, section_id, fund_family, year';

const apply = (deltas: string) => `
  INSERT INTO latest_section_summary AS s (${KEYS}, project_count, budget, executed)
  SELECT ${KEYS}, sum(n), sum(budget), sum(executed) FROM (${deltas}) d
   GROUP BY ${KEYS} ORDER BY ${KEYS}
  ON CONFLICT (${KEYS}) DO UPDATE
    SET project_count = s.project_count + EXCLUDED.project_count,
        budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
  DELETE FROM latest_section_summary WHERE project_count = 0;`;

/** latest_summary rows (a relation with unit_id) with sign, at their unit's section as it is now. */
const delta = (rows: string, sign: '' | '-') => `
  SELECT r.region_id, u.supervising_section_id AS section_id, r.fund_family, r.year,
         ${sign}r.project_count AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
    FROM ${rows} r JOIN unit u ON u.id = r.unit_id`;

const MOVED = `FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.supervising_section_id <> n.supervising_section_id`;

export class LatestSectionSummary1796601200000 implements MigrationInterface {
  name = 'LatestSectionSummary1796601200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "latest_section_summary" (
      "region_id" integer NOT NULL, "section_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_latest_section_summary" PRIMARY KEY (${KEYS}))`);
    await q.query(
      `CREATE INDEX "IDX_latest_section_summary_empty" ON "latest_section_summary" ("region_id") WHERE project_count = 0`,
    );
    await q.query(`CREATE FUNCTION latest_section_summary_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(delta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${apply(`${delta('old_rows', '-')} UNION ALL ${delta('new_rows', '')}`)}
        ELSE ${apply(delta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`);
    // A unit moved to another section: its rows leave the old section and join the new one.
    await q.query(`CREATE FUNCTION latest_section_summary_units_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 ${MOVED}) THEN RETURN NULL; END IF;
        ${apply(`
          SELECT l.region_id, m.section_id, l.fund_family, l.year,
                 m.sign * l.project_count AS n, m.sign * l.budget AS budget, m.sign * l.executed AS executed
            FROM (SELECT o.id, o.supervising_section_id AS section_id, -1 AS sign ${MOVED}
                  UNION ALL
                  SELECT n.id, n.supervising_section_id, 1 ${MOVED}) m
            JOIN latest_summary l ON l.unit_id = m.id`)}
        RETURN NULL;
      END $$`);
    for (const [op, tables] of [
      ['insert', 'NEW TABLE AS new_rows'],
      ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['delete', 'OLD TABLE AS old_rows'],
    ] as const) {
      await q.query(`CREATE TRIGGER latest_summary_section_${op} AFTER ${op.toUpperCase()} ON latest_summary
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION latest_section_summary_rollup()`);
    }
    await q.query(`CREATE TRIGGER unit_latest_section_summary_update AFTER UPDATE ON unit
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
      EXECUTE FUNCTION latest_section_summary_units_moved()`);
    await q.query(`INSERT INTO latest_section_summary (${KEYS}, project_count, budget, executed)
      SELECT l.region_id, u.supervising_section_id, l.fund_family, l.year,
             sum(l.project_count), sum(l.budget), sum(l.executed)
        FROM latest_summary l JOIN unit u ON u.id = l.unit_id GROUP BY 1, 2, 3, 4`);
    await q.query(`ANALYZE latest_section_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER unit_latest_section_summary_update ON unit`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER latest_summary_section_${op} ON latest_summary`);
    }
    await q.query(`DROP FUNCTION latest_section_summary_units_moved()`);
    await q.query(`DROP FUNCTION latest_section_summary_rollup()`);
    await q.query(`DROP TABLE "latest_section_summary"`);
  }
}
