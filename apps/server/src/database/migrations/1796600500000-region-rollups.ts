import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `flag_region_summary` and `evaluation_region_summary`: flag_summary and evaluation_summary (projects'
 * evaluations) rolled up to the county, as execution_region_summary and target_region_summary are — for viewers
 * whose scope is whole counties (a leader, the performance and budget sections, an upper level, a fund section)
 * with no condition about units. At 1M projects a province's `flagSummary` read 160,097 rows of flag_summary
 * (47,601 at the county) and its `gradeDistribution` 144,271 of evaluation_summary (4,896). Kept by
 * statement-level triggers on the summaries themselves, in the same statement as what they roll up.
 */
const FLAG_KEYS = 'region_id, year, fund_family, level, raised_checkpoint_id, escalated_checkpoint_id, closed_on';
const EVALUATION_KEYS = 'region_id, year, kind, grade, fund_family, project_year';

const flagApply = (deltas: string) => `
  INSERT INTO flag_region_summary AS s (${FLAG_KEYS}, n)
  SELECT ${FLAG_KEYS}, sum(n) FROM (${deltas}) d
   GROUP BY ${FLAG_KEYS} ORDER BY ${FLAG_KEYS}
  ON CONFLICT (${FLAG_KEYS}) DO UPDATE SET n = s.n + EXCLUDED.n;
  DELETE FROM flag_region_summary WHERE n = 0;`;
const flagDelta = (rows: string, sign: '' | '-') => `SELECT ${FLAG_KEYS}, ${sign}n AS n FROM ${rows}`;

// Projects' evaluations only (a unit-wide evaluation has no project, so no county of a project).
const evaluationApply = (deltas: string) => `
  INSERT INTO evaluation_region_summary AS s (${EVALUATION_KEYS}, n, budget, findings)
  SELECT ${EVALUATION_KEYS}, sum(n), sum(budget), sum(findings) FROM (${deltas}) d
   GROUP BY ${EVALUATION_KEYS} ORDER BY ${EVALUATION_KEYS}
  ON CONFLICT (${EVALUATION_KEYS}) DO UPDATE
    SET n = s.n + EXCLUDED.n, budget = s.budget + EXCLUDED.budget, findings = s.findings + EXCLUDED.findings;
  DELETE FROM evaluation_region_summary WHERE n = 0 AND findings = 0;`;
const evaluationDelta = (rows: string, sign: '' | '-') =>
  `SELECT ${EVALUATION_KEYS}, ${sign}n AS n, ${sign}budget AS budget, ${sign}findings AS findings FROM ${rows} WHERE project`;

/** A rollup's trigger function: the summary's changed rows, as signed deltas, applied to the rollup. */
export const rollup = (fn: string, apply: (d: string) => string, delta: (rows: string, sign: '' | '-') => string) => `
  CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${apply(delta('new_rows', ''))}
      ELSIF TG_OP = 'UPDATE' THEN ${apply(`${delta('old_rows', '-')} UNION ALL ${delta('new_rows', '')}`)}
      ELSE ${apply(delta('old_rows', '-'))}
      END IF;
      RETURN NULL;
    END $$`;

export class RegionRollups1796600500000 implements MigrationInterface {
  name = 'RegionRollups1796600500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "flag_region_summary" (
      "region_id" integer NOT NULL, "year" integer NOT NULL, "fund_family" character varying(32) NOT NULL,
      "level" character varying(8) NOT NULL, "raised_checkpoint_id" integer NOT NULL,
      "escalated_checkpoint_id" integer, "closed_on" date, "n" integer NOT NULL)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_flag_region_summary" ON "flag_region_summary" (${FLAG_KEYS}) NULLS NOT DISTINCT`,
    );
    // Rows left at zero are found by these (each write deletes them) without a scan of the table.
    await q.query(`CREATE INDEX "IDX_flag_region_summary_empty" ON "flag_region_summary" ("region_id") WHERE n = 0`);
    await q.query(`CREATE TABLE "evaluation_region_summary" (
      "region_id" integer NOT NULL, "year" smallint NOT NULL, "kind" character varying(16) NOT NULL,
      "grade" character varying(16), "fund_family" character varying(32) NOT NULL, "project_year" integer NOT NULL,
      "n" integer NOT NULL, "budget" numeric NOT NULL, "findings" integer NOT NULL)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_evaluation_region_summary" ON "evaluation_region_summary" (${EVALUATION_KEYS}) NULLS NOT DISTINCT`,
    );
    await q.query(
      `CREATE INDEX "IDX_evaluation_region_summary_empty" ON "evaluation_region_summary" ("year") WHERE n = 0 AND findings = 0`,
    );

    for (const [table, fn, apply, delta] of [
      ['flag_summary', 'flag_region_summary_rollup', flagApply, flagDelta],
      ['evaluation_summary', 'evaluation_region_summary_rollup', evaluationApply, evaluationDelta],
    ] as const) {
      await q.query(rollup(fn, apply, delta));
      await q.query(`CREATE TRIGGER ${table}_region_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_region_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_region_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    // The rollups of what is there (a summary's rebuild deletes and inserts its rows: the triggers follow).
    await q.query(`INSERT INTO flag_region_summary (${FLAG_KEYS}, n)
      SELECT ${FLAG_KEYS}, sum(n) FROM flag_summary GROUP BY ${FLAG_KEYS} HAVING sum(n) <> 0`);
    await q.query(`INSERT INTO evaluation_region_summary (${EVALUATION_KEYS}, n, budget, findings)
      SELECT ${EVALUATION_KEYS}, sum(n), sum(budget), sum(findings) FROM evaluation_summary WHERE project
       GROUP BY ${EVALUATION_KEYS} HAVING sum(n) <> 0 OR sum(findings) <> 0`);
    await q.query(`ANALYZE flag_region_summary, evaluation_region_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['flag_summary', 'evaluation_summary']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER ${table}_region_${op} ON ${table}`);
    }
    await q.query(`DROP FUNCTION flag_region_summary_rollup()`);
    await q.query(`DROP FUNCTION evaluation_region_summary_rollup()`);
    await q.query(`DROP TABLE "flag_region_summary"`);
    await q.query(`DROP TABLE "evaluation_region_summary"`);
  }
}
