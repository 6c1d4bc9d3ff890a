import type { DataSource } from 'typeorm';
import { GRADES, type EvaluationKind, type Grade } from '@jixiao/schema/enums';
import { evaluationPortfolio, projectPortfolio, sqlParams, unitPortfolio, type Viewer } from '../auth/index.js';
import {
  atRegionGrain,
  filterSql,
  type Filter,
  atSummaryGrain,
  EVALUATION_REGION_SUMMARY_FILTERS,
  EVALUATION_SUMMARY_FILTERS,
} from '../filter/index.js';
import type { GradeDistribution } from './analytics.types.js';

type Db = Pick<DataSource, 'query'>;

/** Final evaluations of a year and kind by grade; from evaluation_summary when at its grain. */
export async function gradeDistribution(
  db: Db,
  v: Viewer,
  year: number,
  kind: EvaluationKind,
  f: Filter = {},
): Promise<GradeDistribution> {
  const p = sqlParams([year, kind]);
  // Read evaluation_summary (final evaluations per year, kind, grade, unit and the project's county, unit, fund
  // family and year, kept by triggers in the transaction of every write) when the viewer's scope and the filter
  // are at that grain; otherwise (an agency, a filter about anything else) the raw evaluations. In the summary
  // `e` is a summary row (`project_id` only says whether it counts projects' evaluations) and `p` the project
  // columns it carries. Its rows are all of projects or all of units (by the kind), so the portfolio is the
  // branch of `evaluationPortfolio` for them, written so that the county's rows are found by index.
  const summary = v.role !== 'AGENCY' && atSummaryGrain(f, EVALUATION_SUMMARY_FILTERS);
  // An agency counts the evaluations it ran, not the self and department evaluations of its projects.
  const scope =
    (kind === 'UNIT_WIDE' ? 'e.project_id IS NULL' : 'p.id IS NOT NULL') +
    ` AND ${
      !summary ? evaluationPortfolio(v, p) : kind === 'UNIT_WIDE' ? unitPortfolio(v, p) : projectPortfolio(v, p)
    }` +
    filterSql(f, p, 'evaluation');
  // Coarser still, for projects' evaluations and a scope of whole counties with no condition about units:
  // evaluation_region_summary (a province's 144,271 rows become 4,896 at 1M projects).
  const byRegion = summary && kind !== 'UNIT_WIDE' && atRegionGrain(v, f, EVALUATION_REGION_SUMMARY_FILTERS);
  const e = byRegion
    ? `SELECT e.grade, e.n, e.budget, e.findings
         FROM (SELECT s.*, 0 AS project_id FROM evaluation_region_summary s) e
         CROSS JOIN LATERAL (SELECT e.region_id, e.fund_family, e.project_year AS year, 0 AS id) p
        WHERE e.year = $1 AND e.kind = $2 AND ${scope}`
    : summary
      ? `SELECT e.grade, e.n, e.budget, e.findings
         FROM (SELECT s.*, CASE WHEN s.project THEN 0 END AS project_id FROM evaluation_summary s
                WHERE s.project = ${kind !== 'UNIT_WIDE'}) e
         JOIN unit u ON u.id = e.unit_id
         ${
           kind === 'UNIT_WIDE'
             ? `LEFT JOIN LATERAL (SELECT NULL::int AS region_id, NULL::int AS unit_id, NULL::text AS fund_family,
                                     NULL::int AS id) p ON TRUE`
             : `CROSS JOIN LATERAL (SELECT e.region_id, e.project_unit_id AS unit_id, e.fund_family, 0 AS id) p`
         }
        WHERE e.year = $1 AND e.kind = $2 AND ${scope}`
      : `SELECT e.id, e.grade, 1 AS n, e.budget
         FROM evaluation e
         JOIN unit u ON u.id = e.unit_id
         LEFT JOIN project p ON p.id = e.project_id
        WHERE e.year = $1 AND e.kind = $2 AND e.status = 'FINAL' AND ${scope}`;
  const findings = summary
    ? '(SELECT COALESCE(sum(e.findings), 0) FROM e)'
    : '(SELECT count(*) FROM evaluation_finding f WHERE f.evaluation_id IN (SELECT id FROM e))';
  const rows = (await db.query(
    `WITH e AS (${e})
     SELECT g.grade,
            (SELECT COALESCE(sum(e.n), 0) FROM e WHERE e.grade = g.grade)::int AS count,
            (SELECT COALESCE(sum(e.n), 0) FROM e)::int AS total,
            (SELECT COALESCE(sum(e.budget), 0) FROM e)::text AS budget,
            ${findings}::int AS findings
       FROM unnest($${p.values.length + 1}::text[]) WITH ORDINALITY AS g(grade, ord)
      ORDER BY g.ord`,
    [...p.values, GRADES],
  )) as { grade: Grade; count: number; total: number; budget: string; findings: number }[];
  const total = rows[0]?.total ?? 0;
  return {
    total,
    budget: rows[0]?.budget ?? '0',
    findings: rows[0]?.findings ?? 0,
    buckets: rows.map((r) => ({ grade: r.grade, count: r.count, share: total ? r.count / total : 0 })),
  };
}
