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

/** Which rows of a statement each statement-level trigger is given (its transition tables). */
const TRANSITIONS = [
  ['insert', 'NEW TABLE AS new_rows'],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'OLD TABLE AS old_rows'],
] as const;

/** A rollup of `source` into `table` that sums columns per key, kept by statement-level triggers on `source`. */
export interface SumRollup {
  table: string;
  source: string;
  /** The triggers are named `${source}_${suffix}_insert` (… update, delete). */
  suffix: string;
  /** The rollup's key columns (all of them in `source` too), comma-separated, in the unique index's order. */
  keys: string;
  /** The summed columns, in `source` and in `table` alike. */
  sums: string[];
  /** When a rollup row counts nothing and is deleted (default: its first sum is 0). */
  empty?: string;
  /** Which of `source`'s rows count (default: all). */
  where?: string;
}

/**
 * The statements that create a sum rollup's trigger function and triggers (`up`) and drop them (`down`): each
 * statement's rows of `source`, as signed deltas, added to `table` by key (`INSERT … ON CONFLICT DO UPDATE`),
 * rows left counting nothing deleted; and `fill`, the same applied to all of `source` (the first rows of an empty
 * `table`). The table and its unique index on the keys are the caller's.
 */
export function sumRollup({ table, source, suffix, keys, sums, empty, where }: SumRollup): {
  up: string[];
  down: string[];
  fill: string;
} {
  const fn = `${table}_rollup`;
  const apply = (deltas: string) => `
  INSERT INTO ${table} AS s (${keys}, ${sums.join(', ')})
  SELECT ${keys}, ${sums.map((c) => `sum(${c})`).join(', ')} FROM (${deltas}) d
   GROUP BY ${keys} ORDER BY ${keys}
  ON CONFLICT (${keys}) DO UPDATE SET ${sums.map((c) => `${c} = s.${c} + EXCLUDED.${c}`).join(', ')};
  DELETE FROM ${table} WHERE ${empty ?? `${sums[0]} = 0`};`;
  const delta = (rows: string, sign: '' | '-') =>
    `SELECT ${keys}, ${sums.map((c) => `${sign}${c} AS ${c}`).join(', ')} FROM ${rows}${where ? ` WHERE ${where}` : ''}`;
  return {
    up: [
      rollup(fn, apply, delta),
      ...TRANSITIONS.map(
        ([op, tables]) => `CREATE TRIGGER ${source}_${suffix}_${op} AFTER ${op.toUpperCase()} ON ${source}
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      ),
    ],
    down: [
      ...TRANSITIONS.map(([op]) => `DROP TRIGGER ${source}_${suffix}_${op} ON ${source}`),
      `DROP FUNCTION ${fn}()`,
    ],
    fill: apply(delta(source, '')),
  };
}

/** flag_summary and evaluation_summary (projects' evaluations only: a unit-wide one has no county of a project). */
const FLAGS = sumRollup({
  table: 'flag_region_summary',
  source: 'flag_summary',
  suffix: 'region',
  keys: FLAG_KEYS,
  sums: ['n'],
});
const EVALUATIONS = sumRollup({
  table: 'evaluation_region_summary',
  source: 'evaluation_summary',
  suffix: 'region',
  keys: EVALUATION_KEYS,
  sums: ['n', 'budget', 'findings'],
  empty: 'n = 0 AND findings = 0',
  where: 'project',
});

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

    for (const statement of [...FLAGS.up, ...EVALUATIONS.up]) await q.query(statement);
    // The rollups of what is there (a summary's rebuild deletes and inserts its rows: the triggers follow).
    await q.query(FLAGS.fill);
    await q.query(EVALUATIONS.fill);
    await q.query(`ANALYZE flag_region_summary, evaluation_region_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of [...FLAGS.down, ...EVALUATIONS.down]) await q.query(statement);
    await q.query(`DROP TABLE "flag_region_summary"`);
    await q.query(`DROP TABLE "evaluation_region_summary"`);
  }
}
