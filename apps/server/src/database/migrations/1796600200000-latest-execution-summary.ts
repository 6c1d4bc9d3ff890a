import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `projectAggregate` without a checkpoint takes each project's budget and the execution of its latest report (by
 * the checkpoint's period end; not a draft). For a province that meant reading every report to find each of a
 * million projects' latest (2.7–8 s). Two tables keep it, in the transaction of whatever writes:
 *
 * - `project_latest`: one row per project — its county, unit, fund family, year, budget, the executed amount of
 *   its latest report (NULL without one), the grade of its final self-evaluation ('NONE' without one) and its
 *   highest open flag (0 none, 1 yellow, 2 red): what `projectAggregate` groups projects by. Each write
 *   recomputes the rows of the projects it touched: a project (any of those columns), a report (any change), a
 *   checkpoint's period end (which report is latest), a self-evaluation, a flag. Concurrent writers of one
 *   project are serialized by locking its row here first (the recomputation then reads what the other committed).
 * - `latest_summary`: the same summed per county, unit, fund family and year (count, budget, executed), and
 *   `latest_grade_summary` per those and the self-evaluation grade and open flag; both kept from `project_latest`'s
 *   changes as signed deltas (`INSERT … ON CONFLICT DO UPDATE SET n = n + delta`).
 *
 * TRUNCATE of a source table rebuilds both.
 */

/**
 * Recomputes `project_latest` for the projects whose ids are in the array `ids`, set-based (hash joins when the
 * bench's generator has dropped the indexes for its load; index lookups for a few projects).
 */
export const REFRESH = `
  PERFORM 1 FROM project_latest l JOIN unnest(ids) AS k(id) ON k.id = l.project_id ORDER BY l.project_id FOR UPDATE OF l;
  DELETE FROM project_latest l USING unnest(ids) AS k(id)
   WHERE l.project_id = k.id AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = k.id);
  INSERT INTO project_latest AS l (project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag)
  WITH k AS MATERIALIZED (SELECT DISTINCT id FROM unnest(ids) AS k(id))
  SELECT p.id, p.region_id, p.unit_id, p.fund_family, p.year, p.budget, lr.executed,
         COALESCE(se.grade, 'NONE'), COALESCE(tf.top, 0)
    FROM k JOIN project p ON p.id = k.id
    LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.executed
                 FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                WHERE r.status <> 'DRAFT' AND r.project_id IN (SELECT id FROM k)
                ORDER BY r.project_id, c.period_end DESC, c.id DESC) lr ON lr.project_id = p.id
    LEFT JOIN evaluation se ON se.project_id = p.id AND se.kind = 'SELF' AND se.status = 'FINAL'
    LEFT JOIN (SELECT f.project_id, max(CASE f.level WHEN 'RED' THEN 2 ELSE 1 END) AS top FROM flag f
                WHERE f.status = 'OPEN' AND f.project_id IN (SELECT id FROM k) GROUP BY f.project_id) tf
      ON tf.project_id = p.id
   ORDER BY p.id
  ON CONFLICT (project_id) DO UPDATE
    SET region_id = EXCLUDED.region_id, unit_id = EXCLUDED.unit_id, fund_family = EXCLUDED.fund_family,
        year = EXCLUDED.year, budget = EXCLUDED.budget, executed = EXCLUDED.executed,
        self_grade = EXCLUDED.self_grade, top_flag = EXCLUDED.top_flag
    WHERE (l.region_id, l.unit_id, l.fund_family, l.year, l.budget, l.executed, l.self_grade, l.top_flag)
          IS DISTINCT FROM (EXCLUDED.region_id, EXCLUDED.unit_id, EXCLUDED.fund_family, EXCLUDED.year,
                            EXCLUDED.budget, EXCLUDED.executed, EXCLUDED.self_grade, EXCLUDED.top_flag);`;

const COARSE = 'region_id, unit_id, fund_family, year';
const FINE = `${COARSE}, self_grade, top_flag`;
/**
 * Applies signed deltas (a relation of the grain's columns, n, budget, executed) to both summaries: latest_summary
 * (county, unit, fund family, year) and latest_grade_summary (also the grade and the open flag: 4–5 times the rows,
 * read only when grouping by those).
 */
const applyDeltas = (deltas: string) =>
  (
    [
      ['latest_summary', COARSE],
      ['latest_grade_summary', FINE],
    ] as const
  )
    .map(
      ([table, keys]) => `
  INSERT INTO ${table} AS s (${keys}, project_count, budget, executed)
  SELECT ${keys}, sum(n), sum(budget), sum(executed)
    FROM (${deltas}) d
   GROUP BY ${keys}
   ORDER BY ${keys}
  ON CONFLICT (${keys}) DO UPDATE
    SET project_count = s.project_count + EXCLUDED.project_count,
        budget = s.budget + EXCLUDED.budget, executed = s.executed + EXCLUDED.executed;
  DELETE FROM ${table} WHERE project_count = 0;`,
    )
    .join('\n');
const delta = (rows: string, sign: '' | '-') => `
  SELECT l.region_id, l.unit_id, l.fund_family, l.year, l.self_grade, l.top_flag, ${sign}1 AS n, ${sign}l.budget AS budget,
         ${sign}COALESCE(l.executed, 0) AS executed
    FROM ${rows} l`;

/** The trigger function on monitoring_report (exported for the down of later migrations that replace it). */
export const REPORTS_TRIGGER = `CREATE FUNCTION project_latest_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT n.project_id FROM new_rows n WHERE n.status <> 'DRAFT'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT o.project_id FROM old_rows o WHERE o.status <> 'DRAFT'));
        ELSE
          PERFORM project_latest_refresh(ARRAY(
            SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id,
                   LATERAL (VALUES (o.project_id), (n.project_id)) AS x(id)
             WHERE (o.status <> 'DRAFT', o.project_id, o.checkpoint_id, o.executed)
                   IS DISTINCT FROM (n.status <> 'DRAFT', n.project_id, n.checkpoint_id, n.executed)));
        END IF;
        RETURN NULL;
      END $$`;
/** The trigger function on project_latest that applies its changes to both sums. */
export const SUMMARY_ROWS = `CREATE FUNCTION latest_summary_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applyDeltas(delta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${applyDeltas(`${delta('old_rows', '-')} UNION ALL ${delta('new_rows', '')}`)}
        ELSE ${applyDeltas(delta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`;
/** Rebuilds project_latest and both sums from the raw rows. */
export const BUILD = `CREATE FUNCTION latest_summary_build() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM project_latest;
        DELETE FROM latest_summary;
        DELETE FROM latest_grade_summary;
        INSERT INTO project_latest (project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag)
        SELECT p.id, p.region_id, p.unit_id, p.fund_family, p.year, p.budget, lr.executed,
               COALESCE(se.grade, 'NONE'), COALESCE(tf.top, 0)
          FROM project p
          LEFT JOIN evaluation se ON se.project_id = p.id AND se.kind = 'SELF' AND se.status = 'FINAL'
          LEFT JOIN (SELECT f.project_id, max(CASE f.level WHEN 'RED' THEN 2 ELSE 1 END) AS top FROM flag f
                      WHERE f.status = 'OPEN' GROUP BY f.project_id) tf ON tf.project_id = p.id
          LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.executed
                       FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                      WHERE r.status <> 'DRAFT' ORDER BY r.project_id, c.period_end DESC, c.id DESC) lr
            ON lr.project_id = p.id;
      END $$`;

export class LatestExecutionSummary1796600200000 implements MigrationInterface {
  name = 'LatestExecutionSummary1796600200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "project_latest" (
      "project_id" integer NOT NULL, "region_id" integer NOT NULL, "unit_id" integer NOT NULL,
      "fund_family" character varying(32) NOT NULL, "year" integer NOT NULL, "budget" numeric NOT NULL,
      "executed" numeric, "self_grade" character varying(16) NOT NULL, "top_flag" smallint NOT NULL,
      CONSTRAINT "PK_project_latest" PRIMARY KEY ("project_id"))`);
    // A county's projects (the grouped aggregates that stay per project: by checkpoint and flag level).
    await q.query(`CREATE INDEX "IDX_project_latest_region" ON "project_latest" ("region_id")`);
    await q.query(`CREATE TABLE "latest_summary" (
      "region_id" integer NOT NULL, "unit_id" integer NOT NULL, "fund_family" character varying(32) NOT NULL,
      "year" integer NOT NULL, "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_latest_summary" PRIMARY KEY ("region_id", "unit_id", "fund_family", "year"))`);
    await q.query(`CREATE TABLE "latest_grade_summary" (
      "region_id" integer NOT NULL, "unit_id" integer NOT NULL, "fund_family" character varying(32) NOT NULL,
      "year" integer NOT NULL, "self_grade" character varying(16) NOT NULL, "top_flag" smallint NOT NULL,
      "project_count" integer NOT NULL, "budget" numeric NOT NULL, "executed" numeric NOT NULL,
      CONSTRAINT "PK_latest_grade_summary" PRIMARY KEY ("region_id", "unit_id", "fund_family", "year", "self_grade", "top_flag"))`);

    await q.query(`CREATE FUNCTION project_latest_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${REFRESH}
      END $$`);

    await q.query(`CREATE FUNCTION project_latest_projects() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- A new project has no report, evaluation or flag yet.
          INSERT INTO project_latest (project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag)
          SELECT n.id, n.region_id, n.unit_id, n.fund_family, n.year, n.budget, NULL, 'NONE', 0 FROM new_rows n
          ON CONFLICT (project_id) DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT o.id FROM old_rows o));
        ELSE
          PERFORM project_latest_refresh(ARRAY(
            SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.region_id, o.unit_id, o.fund_family, o.year, o.budget)
                   IS DISTINCT FROM (n.region_id, n.unit_id, n.fund_family, n.year, n.budget)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(REPORTS_TRIGGER);
    await q.query(`CREATE FUNCTION project_latest_evaluations() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Self-evaluations only (final ones carry the grade); an update may move one between projects or kinds.
        IF TG_OP = 'INSERT' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT n.project_id FROM new_rows n WHERE n.kind = 'SELF' AND n.status = 'FINAL'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT o.project_id FROM old_rows o WHERE o.kind = 'SELF' AND o.status = 'FINAL'));
        ELSE
          PERFORM project_latest_refresh(ARRAY(
            SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id,
                   LATERAL (VALUES (o.project_id), (n.project_id)) AS x(id)
             WHERE x.id IS NOT NULL AND (o.kind = 'SELF' OR n.kind = 'SELF')
               AND (o.kind, o.status, o.grade, o.project_id) IS DISTINCT FROM (n.kind, n.status, n.grade, n.project_id)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION project_latest_flags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT n.project_id FROM new_rows n WHERE n.status = 'OPEN'));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT o.project_id FROM old_rows o WHERE o.status = 'OPEN'));
        ELSE
          PERFORM project_latest_refresh(ARRAY(
            SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id,
                   LATERAL (VALUES (o.project_id), (n.project_id)) AS x(id)
             WHERE (o.status, o.level, o.project_id) IS DISTINCT FROM (n.status, n.level, n.project_id)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION project_latest_checkpoints() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A period's end moved may change which report of a project is its latest.
        PERFORM project_latest_refresh(ARRAY(
          SELECT DISTINCT r.project_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            JOIN monitoring_report r ON r.checkpoint_id = n.id
           WHERE o.period_end IS DISTINCT FROM n.period_end));
        RETURN NULL;
      END $$`);
    for (const [table, fn, ops] of [
      ['project', 'project_latest_projects', ['insert', 'update', 'delete']],
      ['monitoring_report', 'project_latest_reports', ['insert', 'update', 'delete']],
      ['monitoring_checkpoint', 'project_latest_checkpoints', ['update']],
      ['evaluation', 'project_latest_evaluations', ['insert', 'update', 'delete']],
      ['flag', 'project_latest_flags', ['insert', 'update', 'delete']],
    ] as const) {
      for (const op of ops) {
        const tables =
          op === 'insert'
            ? 'NEW TABLE AS new_rows'
            : op === 'delete'
              ? 'OLD TABLE AS old_rows'
              : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
        await q.query(`CREATE TRIGGER ${table}_latest_${op} AFTER ${op.toUpperCase()} ON ${table}
          REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
    }

    await q.query(SUMMARY_ROWS);
    await q.query(`CREATE TRIGGER project_latest_summary_insert AFTER INSERT ON project_latest
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_summary_rows()`);
    await q.query(`CREATE TRIGGER project_latest_summary_update AFTER UPDATE ON project_latest
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_summary_rows()`);
    await q.query(`CREATE TRIGGER project_latest_summary_delete AFTER DELETE ON project_latest
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION latest_summary_rows()`);

    // TRUNCATE rebuilds both from what is left (and the migration from the rows already there): the summary is
    // emptied, and the rows inserted again add their deltas to it.
    await q.query(BUILD);
    await q.query(`CREATE FUNCTION latest_summary_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM latest_summary_build();
        RETURN NULL;
      END $$`);
    for (const table of ['project', 'monitoring_report', 'monitoring_checkpoint', 'evaluation', 'flag']) {
      await q.query(`CREATE TRIGGER ${table}_latest_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION latest_summary_rebuild()`);
    }
    await q.query(`SELECT latest_summary_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['project', 'monitoring_report', 'monitoring_checkpoint', 'evaluation', 'flag']) {
      await q.query(`DROP TRIGGER ${table}_latest_truncate ON ${table}`);
    }
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER project_latest_${op} ON project`);
      await q.query(`DROP TRIGGER monitoring_report_latest_${op} ON monitoring_report`);
      await q.query(`DROP TRIGGER evaluation_latest_${op} ON evaluation`);
      await q.query(`DROP TRIGGER flag_latest_${op} ON flag`);
      await q.query(`DROP TRIGGER project_latest_summary_${op} ON project_latest`);
    }
    await q.query(`DROP TRIGGER monitoring_checkpoint_latest_update ON monitoring_checkpoint`);
    for (const fn of [
      'latest_summary_rebuild()',
      'latest_summary_build()',
      'latest_summary_rows()',
      'project_latest_checkpoints()',
      'project_latest_flags()',
      'project_latest_evaluations()',
      'project_latest_reports()',
      'project_latest_projects()',
      'project_latest_refresh(int[])',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE "latest_grade_summary"`);
    await q.query(`DROP TABLE "latest_summary"`);
    await q.query(`DROP TABLE "project_latest"`);
  }
}
