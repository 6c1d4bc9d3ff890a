import type { DataSource } from 'typeorm';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import type { Grade } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import { elapsedShareAt } from '../../rules/monitoring.js';
import { projectRows, sqlParams, type SqlParams, type Viewer } from '../auth/index.js';
import {
  filterSql,
  type Filter,
  atSummaryGrain,
  acrossFundFamilies,
  EXECUTION_SUMMARY_FILTERS,
  FLAG_SUMMARY_FILTERS,
} from '../filter/index.js';
import type {
  CutProjectRanking,
  ExecutionLagRanking,
  ExecutionRankingBy,
  OverdueFlagRanking,
} from './rankings.types.js';

// The cockpit's rankings (issue 15 §1), computed by PostgreSQL over the rows the viewer may see one by one.
// Each answer is one row: the count, the header figures and the first `first` rows as JSON (sums as text).

type Db = Pick<DataSource, 'query'>;

/**
 * The share of the year elapsed at checkpoint `c` (alias), exactly: the county's rule of that year for the
 * month, else the default rule's (month ÷ 12 where it has none), as `elapsedShareAt` reads them.
 */
function elapsedShareSql(p: SqlParams, month: number): string {
  const fallback = elapsedShareAt(month, DEFAULT_RULE_SET.monitoring);
  return `COALESCE(
    (SELECT (x #>> '{elapsedShare,numerator}')::numeric / (x #>> '{elapsedShare,denominator}')::numeric
       FROM rule_set rs CROSS JOIN LATERAL jsonb_array_elements(rs.rules::jsonb #> '{monitoring,checkpoints}') x
      WHERE rs.region_id = c.region_id AND rs.year = c.year AND (x ->> 'month')::int = c.month LIMIT 1),
    ${p.push(fallback.numerator)}::numeric / ${p.push(fallback.denominator)}::numeric)`;
}

interface LagJson {
  id: number;
  name: string;
  code: string | null;
  unit_id: number;
  unit_name: string;
  unit_code: string;
  region_code: string;
  n: number;
  budget: string;
  executed: string;
  rate: number;
  gap: number;
}

/** The ranked rows `g` (id, unit_id, n, budget, executed, elapsed; a budget to rate), their count, their checkpoints. */
interface Ranked {
  ctes: string;
  total: string;
  checkpoints: string;
}

/**
 * Units or projects, grouped from `summary` (units: execution_summary or execution_unit_summary) or from the
 * reports one by one, where `scope` is the viewer's rows and the filter (`p` the summary row or the project, `c`
 * the checkpoint).
 */
function rankedRows(by: ExecutionRankingBy, summary: string | null, scope: string): Ranked {
  const rows =
    by === 'UNIT' && summary
      ? `SELECT p.unit_id AS id, p.unit_id, p.project_count AS n, p.budget, p.executed, cp.id AS cp_id, cp.elapsed
           FROM ${summary} p
           JOIN cp ON cp.id = p.checkpoint_id
           JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id
           JOIN unit u ON u.id = p.unit_id
          WHERE ${scope}`
      : `SELECT ${by === 'PROJECT' ? 'p.id' : 'u.id'} AS id, u.id AS unit_id, 1 AS n, r.budget, r.executed,
                cp.id AS cp_id, cp.elapsed
           FROM monitoring_report r
           JOIN cp ON cp.id = r.checkpoint_id
           JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
           JOIN project p ON p.id = r.project_id
           JOIN unit u ON u.id = p.unit_id
          WHERE r.status <> 'DRAFT' AND ${scope}`;
  return {
    ctes: `x AS MATERIALIZED (${rows}),
     g AS MATERIALIZED (
       SELECT id, min(unit_id) AS unit_id, sum(n)::int AS n, sum(budget) AS budget, sum(executed) AS executed,
              max(elapsed) AS elapsed
         FROM x GROUP BY id HAVING sum(budget) > 0)`,
    total: 'SELECT count(*) FROM g',
    checkpoints: 'SELECT cp_id FROM x',
  };
}

/** A checkpoint with more of the viewer's reports than this is read in the ranking's order, not whole. */
const WHOLE_CHECKPOINT_ROWS = 2000;

/**
 * Projects, without grouping every report of the month. A county has one checkpoint a month, so a project has
 * two reports in it only if one is at another county's checkpoint (it moved): the summary names those
 * (rows whose county is not their checkpoint's), and those few projects (`m`) are summed whole. Every other
 * project has one report, ranked at its checkpoint by execution rate (the elapsed share is the checkpoint's):
 * the first `first` of each checkpoint, read in that order from IDX_monitoring_report_rate (or, for the few
 * reports of a narrow scope, all of them: its units' projects' reports there), merged. The count is the
 * summary's reports, less those of `m` and those with no budget, plus `m`'s projects with one. `summary` is
 * execution_summary or execution_unit_summary; `scope` reads `p` as its row in `s` and as the project elsewhere
 * (both have the project's county, unit and year, and the fund family where the scope reads it).
 */
function projectsByCheckpoint(p: SqlParams, summary: string, scope: string): Ranked {
  const report = `r.status <> 'DRAFT' AND NOT (r.project_id = ANY ((SELECT ids FROM ms)::int[]))`;
  const whole = p.push(WHOLE_CHECKPOINT_ROWS);
  return {
    ctes: `s AS MATERIALIZED (
       SELECT p.checkpoint_id, p.region_id, p.unit_id, p.year, p.project_count, p.region_id <> c.region_id AS away
         FROM ${summary} p
         JOIN cp ON cp.id = p.checkpoint_id
         JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id
         JOIN unit u ON u.id = p.unit_id
        WHERE ${scope}),
     m AS MATERIALIZED (
       SELECT DISTINCT r.project_id AS id
         FROM s
         JOIN project p ON p.unit_id = s.unit_id AND p.region_id = s.region_id AND p.year = s.year
         JOIN monitoring_report r ON r.checkpoint_id = s.checkpoint_id AND r.project_id = p.id
        WHERE s.away AND r.status <> 'DRAFT'),
     ms AS MATERIALIZED (SELECT COALESCE(array_agg(id), '{}') AS ids FROM m),
     mg AS MATERIALIZED (
       SELECT r.project_id AS id, min(p.unit_id) AS unit_id, count(*)::int AS n, sum(r.budget) AS budget,
              sum(r.executed) AS executed, max(cp.elapsed) AS elapsed
         FROM m
         JOIN monitoring_report r ON r.project_id = m.id
         JOIN cp ON cp.id = r.checkpoint_id
         JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         JOIN project p ON p.id = r.project_id
         JOIN unit u ON u.id = p.unit_id
        WHERE r.status <> 'DRAFT' AND ${scope}
        GROUP BY r.project_id),
     k AS MATERIALIZED (
       SELECT checkpoint_id, sum(project_count) AS n FROM s WHERE NOT away GROUP BY checkpoint_id),
     g AS MATERIALIZED (
       SELECT t.* FROM k
         JOIN cp ON cp.id = k.checkpoint_id
         JOIN monitoring_checkpoint c ON c.id = k.checkpoint_id
        CROSS JOIN LATERAL (
          (SELECT r.project_id AS id, p.unit_id, 1 AS n, r.budget, r.executed, cp.elapsed
             FROM monitoring_report r
             JOIN project p ON p.id = r.project_id
             JOIN unit u ON u.id = p.unit_id
            WHERE k.n > ${whole} AND r.checkpoint_id = c.id AND r.budget > 0 AND ${report} AND ${scope}
            ORDER BY r.executed / r.budget, r.budget DESC, r.project_id LIMIT $3)
          UNION ALL
          (SELECT r.project_id AS id, p.unit_id, 1 AS n, r.budget, r.executed, cp.elapsed
             FROM (SELECT DISTINCT s.unit_id, s.year FROM s WHERE s.checkpoint_id = c.id AND NOT s.away) su
             JOIN project p ON p.unit_id = su.unit_id AND p.year = su.year
             JOIN unit u ON u.id = p.unit_id
             JOIN monitoring_report r ON r.checkpoint_id = c.id AND r.project_id = p.id
            WHERE k.n <= ${whole} AND r.budget > 0 AND ${report} AND ${scope}
            ORDER BY r.executed / r.budget, r.budget DESC, r.project_id LIMIT $3)) t
       UNION ALL
       SELECT id, unit_id, n, budget, executed, elapsed FROM mg WHERE budget > 0)`,
    total: `SELECT (SELECT COALESCE(sum(project_count), 0) FROM s) - (SELECT COALESCE(sum(n), 0) FROM mg)
              + (SELECT count(*) FROM mg WHERE budget > 0)
              - (SELECT count(*) FROM k
                   JOIN monitoring_checkpoint c ON c.id = k.checkpoint_id
                   JOIN monitoring_report r ON r.checkpoint_id = c.id AND r.budget = 0 AND ${report}
                   JOIN project p ON p.id = r.project_id
                   JOIN unit u ON u.id = p.unit_id
                  WHERE ${scope})`,
    checkpoints: 'SELECT checkpoint_id FROM s',
  };
}

/**
 * Units or projects by execution rate at the checkpoint of (year, month) minus the share of the year elapsed
 * there, furthest behind first. Reports as in executionSummary (not drafts); a zero budget has no rate and is
 * not ranked.
 */
export async function executionLagRanking(
  db: Db,
  v: Viewer,
  year: number,
  month: number,
  by: ExecutionRankingBy,
  first: number,
  f: Filter,
): Promise<ExecutionLagRanking> {
  const p = sqlParams([year, month, first]);
  const elapsed = elapsedShareSql(p, month);
  // With the scope and filter at its grain (never an agency's portfolio), execution_summary (per checkpoint and
  // the project's county, unit, fund family and year, kept by triggers; `p` the summary row) names the viewer's
  // checkpoints and units: units are ranked from it, projects by merging each checkpoint's first rows.
  // Without a condition about the fund family, execution_unit_summary (the same without it): a province's 40,578
  // rows at a checkpoint are 6,000 there.
  const summary =
    v.role !== 'AGENCY' && atSummaryGrain(f, EXECUTION_SUMMARY_FILTERS)
      ? acrossFundFamilies(v, f)
        ? 'execution_unit_summary'
        : 'execution_summary'
      : null;
  const scope = projectRows(v, p) + filterSql(f, p, 'report');
  const ranked = by === 'PROJECT' && summary ? projectsByCheckpoint(p, summary, scope) : rankedRows(by, summary, scope);
  // The rows carry ids and figures only; names are read for the first `first` ranked (a county's 9,365
  // projects were each carried with three names through the grouping and a window over all of them).
  const [row] = await db.query(
    // The share elapsed once per checkpoint of the month (a county's rule read from its JSON), not per report.
    `WITH cp AS MATERIALIZED (
       SELECT c.id, ${elapsed} AS elapsed FROM monitoring_checkpoint c
        WHERE c.year = $1 AND c.month = $2 AND c.scope = 'PROJECT'),
     ${ranked.ctes},
     top AS (
       SELECT g.*, g.executed / g.budget - g.elapsed AS lag FROM g
        ORDER BY g.executed / g.budget - g.elapsed, g.budget DESC, g.id LIMIT $3)
     SELECT (SELECT CASE WHEN count(DISTINCT elapsed) = 1 THEN min(elapsed)::float8 END
               FROM cp WHERE cp.id IN (${ranked.checkpoints})) AS elapsed_share,
            (${ranked.total})::int AS total,
            (SELECT COALESCE(json_agg(t ORDER BY t.lag, t.budget_n DESC, t.id), '[]') FROM (
               SELECT top.id, ${by === 'PROJECT' ? 'tp.name' : 'tu.name'} AS name,
                      ${by === 'PROJECT' ? 'tp.code' : 'NULL::text'} AS code, top.unit_id, tu.name AS unit_name,
                      tu.code AS unit_code, tr.code AS region_code, top.n, top.budget::text AS budget,
                      top.executed::text AS executed, (top.executed / top.budget)::float8 AS rate,
                      top.lag::float8 AS gap, top.lag, top.budget AS budget_n
                 FROM top
                 JOIN unit tu ON tu.id = top.unit_id
                 JOIN region tr ON tr.id = tu.region_id
                 ${by === 'PROJECT' ? 'JOIN project tp ON tp.id = top.id' : ''}) t) AS rows`,
    p.values,
  );
  const type = by === 'PROJECT' ? 'Project' : 'Unit';
  return {
    year,
    month,
    elapsedShare: row.elapsed_share,
    totalCount: row.total,
    rows: (row.rows as LagJson[]).map((r) => ({
      id: toGlobalId(type, r.id),
      name: r.name,
      code: r.code,
      unitId: toGlobalId('Unit', r.unit_id),
      unitName: r.unit_name,
      unitCode: r.unit_code,
      regionCode: r.region_code,
      projectCount: r.n,
      budget: r.budget,
      executed: r.executed,
      executionRate: r.rate,
      gap: r.gap,
    })),
  };
}

/**
 * Units by their open flags past the deadline (today, Beijing time: the server's session time zone), on the
 * projects of budget year `year`: most flags first, then the longest overdue.
 */
export async function overdueFlagRanking(
  db: Db,
  v: Viewer,
  year: number,
  first: number,
  f: Filter,
): Promise<OverdueFlagRanking> {
  const p = sqlParams([year, first]);
  // With the scope and filter at a project's grain (never an agency's): open_flag_summary (`p`, kept by triggers)
  // holds per county, unit, fund family, year and deadline the open flags, the red ones and the projects whose
  // earliest open deadline that is; a unit's figures are its sums over the deadlines before today. A province's
  // ranking joined its ~68,000 open flags to their projects (~470 ms at 1M projects).
  const summary = v.role !== 'AGENCY' && atSummaryGrain(f, FLAG_SUMMARY_FILTERS);
  const scope = projectRows(v, p) + filterSql(f, p, summary ? 'project' : 'flag');
  // Per unit: ids and figures (names for the first `first` only).
  const perUnit = summary
    ? `SELECT p.unit_id, sum(p.flags)::int AS flags, sum(p.red)::int AS red, sum(p.projects)::int AS projects,
              (current_date - min(p.deadline))::int AS days
         FROM open_flag_summary p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = $1 AND p.deadline < current_date AND ${scope}
        GROUP BY p.unit_id`
    : `SELECT unit_id, sum(n)::int AS flags, sum(red)::int AS red, count(*)::int AS projects,
              (current_date - min(deadline))::int AS days
         FROM (SELECT p.unit_id, count(*) AS n, count(*) FILTER (WHERE f.level = 'RED') AS red, min(f.deadline) AS deadline
                 FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
                WHERE p.year = $1 AND f.status = 'OPEN' AND f.deadline < current_date AND ${scope}
                GROUP BY f.project_id, p.unit_id) x
        GROUP BY unit_id`;
  const [row] = await db.query(
    `WITH g AS MATERIALIZED (${perUnit})
     SELECT (SELECT count(*) FROM g)::int AS total, (SELECT COALESCE(sum(flags), 0) FROM g)::int AS flags,
            (SELECT COALESCE(json_agg(t ORDER BY t.flags DESC, t.days DESC, t.unit_id), '[]') FROM (
               SELECT g.*, u.name AS unit_name, u.code AS unit_code, ur.code AS region_code
                 FROM (SELECT * FROM g ORDER BY flags DESC, days DESC, unit_id LIMIT $2) g
                 JOIN unit u ON u.id = g.unit_id
                 JOIN region ur ON ur.id = u.region_id) t) AS rows`,
    p.values,
  );
  return {
    year,
    totalCount: row.total,
    flagCount: row.flags,
    rows: (
      row.rows as {
        unit_id: number;
        unit_name: string;
        unit_code: string;
        region_code: string;
        flags: number;
        red: number;
        projects: number;
        days: number;
      }[]
    ).map((r) => ({
      unitId: toGlobalId('Unit', r.unit_id),
      unitName: r.unit_name,
      unitCode: r.unit_code,
      regionCode: r.region_code,
      flagCount: r.flags,
      redCount: r.red,
      projectCount: r.projects,
      maxDaysOverdue: r.days,
    })),
  };
}

interface CutJson {
  project_id: number;
  code: string;
  name: string;
  unit_id: number;
  unit_name: string;
  unit_code: string;
  region_code: string;
  grade: Grade;
  score: number | null;
  budget: string;
  proposed: string | null;
  accepted: string | null;
  status: string | null;
  target_year: number;
}

/**
 * The projects of budget year `year` whose final evaluation (the filter's evaluationKind, SELF by default) is
 * 中 or 差, with the cut proposed and decided for each: 差 first, then the largest cut.
 */
export async function cutProjectRanking(
  db: Db,
  v: Viewer,
  year: number,
  first: number,
  f: Filter,
): Promise<CutProjectRanking> {
  const p = sqlParams([year, f.evaluationKind ?? 'SELF', first]);
  const scope = projectRows(v, p) + filterSql(f, p, 'project');
  const [row] = await db.query(
    `WITH x AS MATERIALIZED (
       SELECT p.id AS project_id, p.code, p.name, u.id AS unit_id, u.name AS unit_name, u.code AS unit_code,
              ur.code AS region_code, e.grade,
              e.score::float8 AS score, p.budget::text AS budget, ra.proposed_cut, ra.accepted_cut,
              ra.status, COALESCE(ra.target_year, e.year + 2) AS target_year, e.id AS evaluation_id
         FROM evaluation e
         JOIN project p ON p.id = e.project_id
         JOIN unit u ON u.id = p.unit_id
         JOIN region ur ON ur.id = u.region_id
         LEFT JOIN result_application ra ON ra.evaluation_id = e.id
        WHERE e.year = $1 AND e.kind = $2 AND e.status = 'FINAL' AND e.grade IN ('MEDIUM', 'POOR') AND ${scope})
     SELECT (SELECT count(DISTINCT project_id) FROM x)::int AS total,
            (SELECT count(DISTINCT project_id) FILTER (WHERE grade = 'MEDIUM') FROM x)::int AS medium,
            (SELECT count(DISTINCT project_id) FILTER (WHERE grade = 'POOR') FROM x)::int AS poor,
            (SELECT COALESCE(json_agg(t ORDER BY t.ord), '[]') FROM (
               SELECT x.project_id, x.code, x.name, x.unit_id, x.unit_name, x.unit_code, x.region_code, x.grade, x.score, x.budget,
                      x.proposed_cut::text AS proposed, x.accepted_cut::text AS accepted, x.status, x.target_year,
                      row_number() OVER (ORDER BY x.grade = 'POOR' DESC,
                        COALESCE(x.accepted_cut, x.proposed_cut, 0) DESC, x.project_id, x.evaluation_id) AS ord
                 FROM x ORDER BY ord LIMIT $3) t) AS rows`,
    p.values,
  );
  return {
    year,
    totalCount: row.total,
    mediumCount: row.medium,
    poorCount: row.poor,
    rows: (row.rows as CutJson[]).map((r) => ({
      projectId: toGlobalId('Project', r.project_id),
      code: r.code,
      name: r.name,
      unitId: toGlobalId('Unit', r.unit_id),
      unitName: r.unit_name,
      unitCode: r.unit_code,
      regionCode: r.region_code,
      grade: r.grade,
      score: r.score,
      budget: r.budget,
      proposedCut: r.proposed,
      acceptedCut: r.accepted,
      cutStatus: r.status,
      targetYear: r.target_year,
    })),
  };
}
