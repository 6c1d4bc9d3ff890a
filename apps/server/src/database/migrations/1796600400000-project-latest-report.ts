import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILD, REFRESH, REPORTS_TRIGGER, SUMMARY_ROWS } from './1796600200000-latest-execution-summary.js';

/**
 * `Project.latestReport` (a portfolio page's last column) found each project's latest report by reading all its
 * reports and each one's checkpoint, then sorting: 8 of the 8.5 ms of PostgreSQL a business section's portfolio
 * page costs at 1M projects. `project_latest` now also keeps that report's id (`latest_report_id`: the latest by
 * the checkpoint's period end, then the report's id, drafts included — what `latestReport` has always answered;
 * NULL without a report), so the page joins one row by primary key.
 *
 * - The recomputation (both paths) computes it; the trigger on monitoring_report recomputes the projects of drafts
 *   written too (a draft may be the latest report); a checkpoint's period end moved already recomputes every
 *   project with a report there.
 * - `latest_summary_rows` applies a `project_latest` update to the sums only for rows whose summed columns changed
 *   (a new latest report that changes no figure writes nothing there), and removes emptied rows of the sums by
 *   the keys it touched instead of scanning the whole table.
 */
const REFRESH_WITH_REPORT = `
  PERFORM 1 FROM project_latest l JOIN unnest(ids) AS k(id) ON k.id = l.project_id ORDER BY l.project_id FOR UPDATE OF l;
  DELETE FROM project_latest l USING unnest(ids) AS k(id)
   WHERE l.project_id = k.id AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = k.id);
  INSERT INTO project_latest AS l (project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag,
                                   latest_report_id)
  WITH k AS MATERIALIZED (SELECT DISTINCT id FROM unnest(ids) AS k(id)),
       r AS MATERIALIZED (SELECT r.project_id, r.id, r.status, r.executed, c.period_end, c.id AS checkpoint_id
                            FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                           WHERE r.project_id IN (SELECT id FROM k))
  SELECT p.id, p.region_id, p.unit_id, p.fund_family, p.year, p.budget, lr.executed,
         COALESCE(se.grade, 'NONE'), COALESCE(tf.top, 0), ar.id
    FROM k JOIN project p ON p.id = k.id
    LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.executed FROM r WHERE r.status <> 'DRAFT'
                ORDER BY r.project_id, r.period_end DESC, r.checkpoint_id DESC) lr ON lr.project_id = p.id
    LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.id FROM r
                ORDER BY r.project_id, r.period_end DESC, r.id DESC) ar ON ar.project_id = p.id
    LEFT JOIN evaluation se ON se.project_id = p.id AND se.kind = 'SELF' AND se.status = 'FINAL'
    LEFT JOIN (SELECT f.project_id, max(CASE f.level WHEN 'RED' THEN 2 ELSE 1 END) AS top FROM flag f
                WHERE f.status = 'OPEN' AND f.project_id IN (SELECT id FROM k) GROUP BY f.project_id) tf
      ON tf.project_id = p.id
   ORDER BY p.id
  ON CONFLICT (project_id) DO UPDATE
    SET region_id = EXCLUDED.region_id, unit_id = EXCLUDED.unit_id, fund_family = EXCLUDED.fund_family,
        year = EXCLUDED.year, budget = EXCLUDED.budget, executed = EXCLUDED.executed,
        self_grade = EXCLUDED.self_grade, top_flag = EXCLUDED.top_flag, latest_report_id = EXCLUDED.latest_report_id
    WHERE (l.region_id, l.unit_id, l.fund_family, l.year, l.budget, l.executed, l.self_grade, l.top_flag, l.latest_report_id)
          IS DISTINCT FROM (EXCLUDED.region_id, EXCLUDED.unit_id, EXCLUDED.fund_family, EXCLUDED.year,
                            EXCLUDED.budget, EXCLUDED.executed, EXCLUDED.self_grade, EXCLUDED.top_flag,
                            EXCLUDED.latest_report_id);`;

const refreshFunctions = (body: string) => [
  `CREATE OR REPLACE FUNCTION project_latest_refresh_bulk(ids int[]) RETURNS void LANGUAGE plpgsql
      SET enable_nestloop = off AS $$
      BEGIN
        ${body}
      END $$`,
  `CREATE OR REPLACE FUNCTION project_latest_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(ids) > 20000 THEN
          PERFORM project_latest_refresh_bulk(ids);
          RETURN;
        END IF;
        ${body}
      END $$`,
];

const REPORTS_TRIGGER_WITH_DRAFTS = `CREATE OR REPLACE FUNCTION project_latest_reports() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Drafts too: a draft may be a project's latest report (latest_report_id).
        IF TG_OP = 'INSERT' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT n.project_id FROM new_rows n));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM project_latest_refresh(ARRAY(SELECT DISTINCT o.project_id FROM old_rows o));
        ELSE
          PERFORM project_latest_refresh(ARRAY(
            SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id,
                   LATERAL (VALUES (o.project_id), (n.project_id)) AS x(id)
             WHERE (o.status <> 'DRAFT', o.project_id, o.checkpoint_id, o.executed)
                   IS DISTINCT FROM (n.status <> 'DRAFT', n.project_id, n.checkpoint_id, n.executed)));
        END IF;
        RETURN NULL;
      END $$`;

const SUMMED = 'region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag';
const COARSE = 'region_id, unit_id, fund_family, year';
const FINE = `${COARSE}, self_grade, top_flag`;
/** Signed deltas of a relation of project_latest rows. */
const delta = (rows: string, sign: '' | '-') => `
  SELECT l.region_id, l.unit_id, l.fund_family, l.year, l.self_grade, l.top_flag, ${sign}1 AS n, ${sign}l.budget AS budget,
         ${sign}COALESCE(l.executed, 0) AS executed
    FROM ${rows} l`;
/** Applies deltas to both sums; rows left at zero projects go, found by the keys the deltas touched. */
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
  DELETE FROM ${table} s USING (SELECT DISTINCT ${keys} FROM (${deltas}) d) d
   WHERE ${keys
     .split(', ')
     .map((k) => `s.${k} = d.${k}`)
     .join(' AND ')} AND s.project_count = 0;`,
    )
    .join('\n');
// An update's rows whose summed columns changed (old and new side).
const changed = (side: 'o' | 'n') => `(SELECT ${side}.* FROM old_rows o JOIN new_rows n ON n.project_id = o.project_id
   WHERE (${SUMMED.split(', ')
     .map((c) => `o.${c}`)
     .join(', ')}) IS DISTINCT FROM (${SUMMED.split(', ')
     .map((c) => `n.${c}`)
     .join(', ')}))`;
const SUMMARY_ROWS_CHANGED = `CREATE OR REPLACE FUNCTION latest_summary_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applyDeltas(delta('new_rows', ''))}
        ELSIF TG_OP = 'UPDATE' THEN ${applyDeltas(`${delta(changed('o'), '-')} UNION ALL ${delta(changed('n'), '')}`)}
        ELSE ${applyDeltas(delta('old_rows', '-'))}
        END IF;
        RETURN NULL;
      END $$`;

const BUILD_WITH_REPORT = `CREATE OR REPLACE FUNCTION latest_summary_build() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM project_latest;
        DELETE FROM latest_summary;
        DELETE FROM latest_grade_summary;
        INSERT INTO project_latest (project_id, region_id, unit_id, fund_family, year, budget, executed, self_grade, top_flag,
                                    latest_report_id)
        SELECT p.id, p.region_id, p.unit_id, p.fund_family, p.year, p.budget, lr.executed,
               COALESCE(se.grade, 'NONE'), COALESCE(tf.top, 0), ar.id
          FROM project p
          LEFT JOIN evaluation se ON se.project_id = p.id AND se.kind = 'SELF' AND se.status = 'FINAL'
          LEFT JOIN (SELECT f.project_id, max(CASE f.level WHEN 'RED' THEN 2 ELSE 1 END) AS top FROM flag f
                      WHERE f.status = 'OPEN' GROUP BY f.project_id) tf ON tf.project_id = p.id
          LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.executed
                       FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                      WHERE r.status <> 'DRAFT' ORDER BY r.project_id, c.period_end DESC, c.id DESC) lr
            ON lr.project_id = p.id
          LEFT JOIN (SELECT DISTINCT ON (r.project_id) r.project_id, r.id
                       FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                      ORDER BY r.project_id, c.period_end DESC, r.id DESC) ar
            ON ar.project_id = p.id;
      END $$`;

export class ProjectLatestReport1796600400000 implements MigrationInterface {
  name = 'ProjectLatestReport1796600400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_latest" ADD "latest_report_id" integer`);
    for (const sql of refreshFunctions(REFRESH_WITH_REPORT)) await q.query(sql);
    await q.query(REPORTS_TRIGGER_WITH_DRAFTS);
    await q.query(SUMMARY_ROWS_CHANGED);
    await q.query(BUILD_WITH_REPORT);
    await q.query(`SELECT latest_summary_build()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of refreshFunctions(REFRESH)) await q.query(sql);
    for (const sql of [REPORTS_TRIGGER, SUMMARY_ROWS, BUILD])
      await q.query(sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    await q.query(`ALTER TABLE "project_latest" DROP COLUMN "latest_report_id"`);
  }
}
