import type { DataSource } from 'typeorm';
import { evaluationPortfolio, projectPortfolio, regionRows, sqlParams, type Viewer } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import { executionRateSql } from '../monitoring/index.js';
import type { CountyComparisonRow, CountyOption } from './county-comparison.types.js';

/** The counties of the viewer's scope, by path: an upper level's every county, a county's people their own. */
export async function countiesInScope(db: Pick<DataSource, 'query'>, v: Viewer): Promise<CountyOption[]> {
  const p = sqlParams();
  return (await db.query(
    `SELECT r.code, r.name, r.name_en AS "nameEn" FROM region r WHERE r.level = 'COUNTY' AND ${regionRows(v, p, 'r.id')} ORDER BY r.path, r.code`,
    p.values,
  )) as CountyOption[];
}

/**
 * The counties of the viewer's scope side by side (issue 15 §3), one row per county even when it has no
 * data: projects of budget year `year`, execution at each county's latest checkpoint of that year with
 * reports, flags open today on those projects, and the self-evaluation grades of the evaluations carried out
 * in `year` (of the budget of `year − 1`, as the cockpit's grade chart). Figures within the viewer's
 * portfolio, classified units counted (no unit is a row here). A county viewer gets its one county.
 */
export async function countyComparison(
  db: Pick<DataSource, 'query'>,
  v: Viewer,
  year: number,
  filter: Filter,
): Promise<CountyComparisonRow[]> {
  // The year is the argument's; a year in the filter would contradict it.
  const f: Filter = { ...filter, year: null };
  const p = sqlParams([year]);
  const counties = `SELECT r.id, r.code, r.name, r.name_en, r.path FROM region r
     WHERE r.level = 'COUNTY' AND ${regionRows(v, p, 'r.id')}${f.regionId != null ? ` AND r.id = ${p.push(f.regionId)}` : ''}`;
  const projects = `SELECT p.region_id, count(*)::int AS n, sum(p.budget) AS budget
      FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.year = $1 AND ${projectPortfolio(v, p)}${filterSql(f, p, 'project')}
     GROUP BY 1`;
  const lastCheckpoint = `SELECT DISTINCT ON (lc.region_id) lc.region_id, lc.id, lc.month
      FROM monitoring_checkpoint lc
     WHERE lc.year = $1 AND lc.scope = 'PROJECT'${f.checkpointMonth != null ? ` AND lc.month = ${p.push(f.checkpointMonth)}` : ''}
       AND EXISTS (SELECT 1 FROM monitoring_report lr WHERE lr.checkpoint_id = lc.id AND lr.status <> 'DRAFT')
     ORDER BY lc.region_id, lc.month DESC`;
  const execution = `SELECT c.region_id, sum(r.budget) AS budget, sum(r.executed) AS executed
      FROM last_checkpoint lc
      JOIN monitoring_checkpoint c ON c.id = lc.id
      JOIN monitoring_report r ON r.checkpoint_id = c.id AND r.status <> 'DRAFT'
      JOIN project p ON p.id = r.project_id
      JOIN unit u ON u.id = p.unit_id
     WHERE ${projectPortfolio(v, p)}${filterSql({ ...f, checkpointMonth: null }, p, 'report')}
     GROUP BY 1`;
  const flags = `SELECT p.region_id,
           (count(*) FILTER (WHERE f.level = 'YELLOW'))::int AS yellow,
           (count(*) FILTER (WHERE f.level = 'RED'))::int AS red
      FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
     WHERE f.status = 'OPEN' AND p.year = $1 AND ${projectPortfolio(v, p)}${filterSql(f, p, 'flag')}
     GROUP BY 1`;
  const grades = `SELECT u.region_id,
           count(*)::int AS n,
           (count(*) FILTER (WHERE e.grade = 'EXCELLENT'))::int AS excellent,
           (count(*) FILTER (WHERE e.grade = 'GOOD'))::int AS good,
           (count(*) FILTER (WHERE e.grade = 'MEDIUM'))::int AS medium,
           (count(*) FILTER (WHERE e.grade = 'POOR'))::int AS poor
      FROM evaluation e JOIN unit u ON u.id = e.unit_id JOIN project p ON p.id = e.project_id
     WHERE e.year = $1 - 1 AND e.kind = 'SELF' AND e.status = 'FINAL'
       AND ${evaluationPortfolio(v, p)}${filterSql({ ...f, evaluationKind: null }, p, 'evaluation')}
     GROUP BY 1`;
  const rows = (await db.query(
    `WITH county AS (${counties}), projects AS (${projects}), last_checkpoint AS (${lastCheckpoint}),
          execution AS (${execution}), flags AS (${flags}), grades AS (${grades})
     SELECT county.code, county.name, county.name_en, COALESCE(pr.n, 0) AS project_count, COALESCE(pr.budget, 0)::text AS budget,
            lc.month, COALESCE(x.budget, 0)::text AS reported_budget, COALESCE(x.executed, 0)::text AS executed,
            ${executionRateSql('x.executed', 'x.budget')} AS rate,
            COALESCE(fl.yellow, 0) AS yellow, COALESCE(fl.red, 0) AS red,
            COALESCE(g.n, 0) AS evaluated, COALESCE(g.excellent, 0) AS excellent, COALESCE(g.good, 0) AS good,
            COALESCE(g.medium, 0) AS medium, COALESCE(g.poor, 0) AS poor
       FROM county
       LEFT JOIN projects pr ON pr.region_id = county.id
       LEFT JOIN last_checkpoint lc ON lc.region_id = county.id
       LEFT JOIN execution x ON x.region_id = county.id
       LEFT JOIN flags fl ON fl.region_id = county.id
       LEFT JOIN grades g ON g.region_id = county.id
      ORDER BY county.path, county.code`,
    p.values,
  )) as {
    code: string;
    name: string;
    name_en: string | null;
    project_count: number;
    budget: string;
    month: number | null;
    reported_budget: string;
    executed: string;
    rate: number | null;
    yellow: number;
    red: number;
    evaluated: number;
    excellent: number;
    good: number;
    medium: number;
    poor: number;
  }[];
  return rows.map((r) => ({
    regionCode: r.code,
    regionName: r.name,
    regionNameEn: r.name_en,
    projectCount: r.project_count,
    budget: r.budget,
    checkpointMonth: r.month,
    reportedBudget: r.reported_budget,
    executed: r.executed,
    executionRate: r.rate,
    openYellow: r.yellow,
    openRed: r.red,
    evaluatedYear: year - 1,
    evaluated: r.evaluated,
    excellent: r.excellent,
    good: r.good,
    medium: r.medium,
    poor: r.poor,
  }));
}
