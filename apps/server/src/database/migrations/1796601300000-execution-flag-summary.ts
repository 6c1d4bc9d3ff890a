import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollup } from './1796600500000-region-rollups.js';

/**
 * `execution_flag_summary`: the monitoring reports that are not drafts of the projects with an open flag, per
 * checkpoint, the project's county, unit, fund family and budget year, and its highest open flag (1 yellow,
 * 2 red) — execution_summary's grain plus the flag level, for the flagged projects only. `projectAggregate` by
 * checkpoint and flag level (the cockpit's flags over its execution series) counts every report as without a
 * flag from execution_summary and moves the flagged projects' reports to their level: it found those reports one
 * by one, through project_latest's flagged rows (a province's 68,000 flagged projects, 136,000 reports: ~0.5 s at
 * 1M projects). Here they are summed already.
 *
 * What it holds: the non-draft reports joined to their project's `project_latest` row where `top_flag > 0`,
 * grouped by the report's checkpoint and that row's region, unit, fund family, year and top_flag. Kept in the
 * writing transaction by statement-level triggers, as signed deltas (as the other summaries are):
 * - on monitoring_report: the statement's old rows taken away and new rows added at their project's row as it
 *   stands, read under the lock on those project_latest rows that project_latest_refresh takes too. A flag that
 *   opens or closes changes `top_flag` under that lock, so a report written beside it is counted either before
 *   (and moved with the project's reports) or after (at the new level), never missed or counted twice;
 * - on project_latest: a row whose region, unit, fund family, year or top_flag changed moves its project's
 *   reports, as they are, from its old key to its new one (a flag opened or closed, a project moved); inserted
 *   and deleted rows add and withdraw them;
 * - on project, BEFORE DELETE of each row: its project_latest row deleted while its reports still exist (below);
 * - TRUNCATE of project, monitoring_report or flag rebuilds it.
 * `execution_flag_region_summary` rolls it up to the county (below).
 */
const KEYS = 'checkpoint_id, region_id, unit_id, fund_family, year, top_flag';

/** Applies signed deltas (rows of `keys`, n, budget, executed) to `table`; groups emptied go (a partial index). */
const applyTo = (table: string, keys: string) => (deltas: string) => `
  INSERT INTO ${table} AS s (${keys}, project_count, budget, executed)
  SELECT ${keys}, sum(n), sum(budget), sum(executed) FROM (${deltas}) d
   GROUP BY ${keys} ORDER BY ${keys}
  ON CONFLICT (${keys}) DO UPDATE
    SET project_count = s.project_count + EXCLUDED.project_count,
        budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
  DELETE FROM ${table} WHERE project_count = 0;`;
const apply = applyTo('execution_flag_summary', KEYS);

/** The AFTER INSERT, UPDATE and DELETE statement triggers `${name}_insert` … on `table`, with transition tables. */
const statementTriggers = (name: string, table: string, fn: string) =>
  (
    [
      ['insert', 'NEW TABLE AS new_rows'],
      ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['delete', 'OLD TABLE AS old_rows'],
    ] as const
  ).map(
    ([op, tables]) => `CREATE TRIGGER ${name}_${op} AFTER ${op.toUpperCase()} ON ${table}
      REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );

// What keeps the triggers linear in the rows a statement touched, whatever plan PL/pgSQL kept from an earlier
// call (it plans a statement once per session, for the transition tables' sizes of that call): an update's
// changed rows are found by EXCEPT between its old and new rows (hashed or sorted), not by joining them (a nested
// loop when planned for one row, quadratic); each changed row looks its other table up through a LATERAL
// subquery by the key's index (never a hash join over a whole table, nor a filter by an array of ids, which is
// searched from the start for each row: correcting 10,000 reports at 1M projects took 6.7 s here).

/**
 * The reports of a relation of report rows (id, counted: not a draft, project_id, checkpoint_id, budget,
 * executed) whose project has an open flag, at its project_latest row.
 */
const reportDelta = (rows: string, sign: '' | '-') => `
  SELECT r.checkpoint_id, l.region_id, l.unit_id, l.fund_family, l.year, l.top_flag,
         ${sign}1 AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
    FROM ${rows} r
    CROSS JOIN LATERAL (SELECT * FROM project_latest l WHERE l.project_id = r.project_id AND l.top_flag > 0) l
   WHERE r.counted`;
const REPORT_COLUMNS = `id, status <> 'DRAFT' AS counted, project_id, checkpoint_id, budget, executed`;
const reports = (table: string) => `(SELECT ${REPORT_COLUMNS} FROM ${table})`;
// An update's reports whose counted columns changed: as they were (`from` old_rows) or as they are (new_rows).
const changedReports = (from: 'old_rows' | 'new_rows') =>
  `(SELECT ${REPORT_COLUMNS} FROM ${from} EXCEPT SELECT ${REPORT_COLUMNS} FROM ${from === 'old_rows' ? 'new_rows' : 'old_rows'})`;

/** The reports, as they are, of a relation of project_latest rows with an open flag, with sign. */
const projectDelta = (rows: string, sign: '' | '-') => `
  SELECT r.checkpoint_id, l.region_id, l.unit_id, l.fund_family, l.year, l.top_flag,
         ${sign}1 AS n, ${sign}r.budget AS budget, ${sign}r.executed AS executed
    FROM ${rows} l
    CROSS JOIN LATERAL (SELECT * FROM monitoring_report r WHERE r.project_id = l.project_id AND r.status <> 'DRAFT') r
   WHERE l.top_flag > 0`;

/** Locks the project_latest rows of the projects in `ids`, in the order project_latest_refresh locks them. */
const LOCK = `PERFORM 1 FROM project_latest l WHERE l.project_id = ANY(ids) ORDER BY l.project_id FOR UPDATE OF l;`;

const REPORTS = `CREATE FUNCTION execution_flag_summary_reports() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE ids int[];
  BEGIN
    -- Nothing to count (drafts only): nothing locked. Otherwise every project the statement touched is locked, not
    -- only those of the counted rows: project_latest_refresh then locks a subset of what this holds (taking locks
    -- in two steps whose second reaches below the first could deadlock two statements).
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.status <> 'DRAFT') THEN RETURN NULL; END IF;
      ids := ARRAY(SELECT DISTINCT n.project_id FROM new_rows n);
      ${LOCK}
      ${apply(reportDelta(reports('new_rows'), ''))}
    ELSIF TG_OP = 'UPDATE' THEN
      ids := ARRAY(SELECT x.project_id FROM ${changedReports('old_rows')} x UNION SELECT x.project_id FROM ${changedReports('new_rows')} x);
      IF NOT EXISTS (SELECT 1 FROM ${changedReports('old_rows')} x WHERE x.counted
                     UNION ALL SELECT 1 FROM ${changedReports('new_rows')} x WHERE x.counted) THEN
        RETURN NULL;
      END IF;
      ${LOCK}
      ${apply(`${reportDelta(changedReports('old_rows'), '-')} UNION ALL ${reportDelta(changedReports('new_rows'), '')}`)}
    ELSE
      IF NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.status <> 'DRAFT') THEN RETURN NULL; END IF;
      ids := ARRAY(SELECT DISTINCT o.project_id FROM old_rows o);
      ${LOCK}
      ${apply(reportDelta(reports('old_rows'), '-'))}
    END IF;
    RETURN NULL;
  END $$`;

// A project_latest update's rows whose key changed, with an open flag: as they were (`from` old_rows: their
// reports move away) or as they are (new_rows: their reports move in).
const LATEST_KEYS = 'project_id, region_id, unit_id, fund_family, year, top_flag';
const movedLatest = (from: 'old_rows' | 'new_rows') =>
  `(SELECT ${LATEST_KEYS} FROM ${from} WHERE top_flag > 0
    EXCEPT SELECT ${LATEST_KEYS} FROM ${from === 'old_rows' ? 'new_rows' : 'old_rows'})`;

const LATEST = `CREATE FUNCTION execution_flag_summary_latest() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.top_flag > 0) THEN RETURN NULL; END IF;
      ${apply(projectDelta('new_rows', ''))}
    ELSIF TG_OP = 'UPDATE' THEN
      IF NOT EXISTS (SELECT 1 FROM ${movedLatest('old_rows')} x UNION ALL SELECT 1 FROM ${movedLatest('new_rows')} y) THEN
        RETURN NULL;
      END IF;
      ${apply(`${projectDelta(movedLatest('old_rows'), '-')} UNION ALL ${projectDelta(movedLatest('new_rows'), '')}`)}
    ELSE
      IF NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.top_flag > 0) THEN RETURN NULL; END IF;
      ${apply(projectDelta('old_rows', '-'))}
    END IF;
    RETURN NULL;
  END $$`;

// A deleted project: its reports' cascaded deletion fires their statement triggers only after the project's own
// (which delete its project_latest row), so each would find the other gone and nothing would be taken away. Its
// project_latest row is deleted here, before the project, while its reports can still be read: that deletion
// withdraws them (and, as project_latest_refresh would have, its row from the latest sums); afterwards neither
// the reports' trigger nor the refresh finds a row to take away twice.
const PROJECT_DELETED = `CREATE FUNCTION execution_flag_summary_project_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM project_latest WHERE project_id = OLD.id;
    RETURN OLD;
  END $$`;

// execution_flag_summary rolled up to the county (no unit), for viewers whose scope is whole counties with no
// condition about units, as execution_region_summary rolls up execution_summary: a province's 62,000 rows by unit
// summed in ~130 ms at 1M projects. Kept by statement-level triggers on execution_flag_summary itself.
const REGION_KEYS = 'checkpoint_id, region_id, fund_family, year, top_flag';
const regionDelta = (rows: string, sign: '' | '-') =>
  `SELECT ${REGION_KEYS}, ${sign}project_count AS n, ${sign}budget AS budget, ${sign}executed AS executed FROM ${rows}`;
const ROLLUP = rollup(
  'execution_flag_region_summary_rollup',
  applyTo('execution_flag_region_summary', REGION_KEYS),
  regionDelta,
);

const BUILD = `CREATE FUNCTION execution_flag_summary_build() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM execution_flag_summary;
    ${apply(projectDelta('project_latest', ''))}
  END $$`;

export class ExecutionFlagSummary1796601300000 implements MigrationInterface {
  name = 'ExecutionFlagSummary1796601300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "execution_flag_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL, "unit_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL, "top_flag" smallint NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_flag_summary" PRIMARY KEY (${KEYS}))`);
    // A county's rows (the primary key starts with the checkpoint), and a section's or a unit's.
    await q.query(`CREATE INDEX "IDX_execution_flag_summary_region" ON "execution_flag_summary" ("region_id", "year")`);
    await q.query(`CREATE INDEX "IDX_execution_flag_summary_unit" ON "execution_flag_summary" ("unit_id", "year")`);
    await q.query(
      `CREATE INDEX "IDX_execution_flag_summary_empty" ON "execution_flag_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    await q.query(`CREATE TABLE "execution_flag_region_summary" (
      "checkpoint_id" integer NOT NULL, "region_id" integer NOT NULL, "fund_family" character varying(32) NOT NULL,
      "year" integer NOT NULL, "top_flag" smallint NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_execution_flag_region_summary" PRIMARY KEY (${REGION_KEYS}))`);
    await q.query(
      `CREATE INDEX "IDX_execution_flag_region_summary_empty" ON "execution_flag_region_summary" ("checkpoint_id") WHERE project_count = 0`,
    );
    await q.query(ROLLUP);
    for (const sql of statementTriggers(
      'execution_flag_summary_region',
      'execution_flag_summary',
      'execution_flag_region_summary_rollup',
    ))
      await q.query(sql);
    for (const sql of [REPORTS, LATEST, PROJECT_DELETED, BUILD]) await q.query(sql);
    await q.query(`CREATE FUNCTION execution_flag_summary_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM execution_flag_summary_build();
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['monitoring_report', 'execution_flag_summary_reports'],
      ['project_latest', 'execution_flag_summary_latest'],
    ])
      for (const sql of statementTriggers(`${table}_flag_level`, table, fn)) await q.query(sql);
    await q.query(`CREATE TRIGGER project_flag_level_delete BEFORE DELETE ON project
      FOR EACH ROW EXECUTE FUNCTION execution_flag_summary_project_deleted()`);
    for (const table of ['project', 'monitoring_report', 'flag']) {
      await q.query(`CREATE TRIGGER ${table}_flag_level_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION execution_flag_summary_rebuild()`);
    }
    await q.query(`SELECT execution_flag_summary_build()`);
    await q.query(`ANALYZE execution_flag_summary, execution_flag_region_summary`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'monitoring_report', 'flag'])
      await q.query(`DROP TRIGGER ${table}_flag_level_truncate ON ${table}`);
    for (const table of ['monitoring_report', 'project_latest'])
      for (const op of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER ${table}_flag_level_${op} ON ${table}`);
    await q.query(`DROP TRIGGER project_flag_level_delete ON project`);
    for (const fn of [
      'execution_flag_summary_project_deleted()',
      'execution_flag_summary_rebuild()',
      'execution_flag_summary_build()',
      'execution_flag_summary_latest()',
      'execution_flag_summary_reports()',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    for (const op of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER execution_flag_summary_region_${op} ON execution_flag_summary`);
    await q.query(`DROP FUNCTION execution_flag_region_summary_rollup()`);
    await q.query(`DROP TABLE "execution_flag_region_summary"`);
    await q.query(`DROP TABLE "execution_flag_summary"`);
  }
}
