import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../graphql/global-id.js';
import { maskClassifiedUnit, projectPortfolio, sqlParams, type Viewer } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import type { CutGroupBy, CutGroupRow } from './rankings.types.js';
import type { ResultApplicationSummary } from './results.types.js';

// Result application in figures: the cuts proposed from the evaluations of a budget year and what the budget
// section decided, over the viewer's portfolio (classified units count in totals), exact sums in SQL.

type Db = Pick<DataSource, 'query'>;

/** The cuts of budget year `year`'s evaluations land in the budget of `year + 2` (evaluated in year + 1). */
const TARGET_YEAR_OFFSET = 2;

/** Cuts proposed from the evaluations of budget year `year` (graded 中 or 差), and what the budget section decided. */
export async function resultApplicationSummary(
  db: Db,
  v: Viewer,
  year: number,
  f: Filter = {},
): Promise<ResultApplicationSummary> {
  const p = sqlParams([year]);
  const scope = projectPortfolio(v, p) + filterSql(f, p, 'project');
  const [row] = await db.query(
    `SELECT count(*)::int AS projects, (count(*) FILTER (WHERE ra.grade = 'MEDIUM'))::int AS medium,
            (count(*) FILTER (WHERE ra.grade = 'POOR'))::int AS poor, COALESCE(sum(ra.proposed_cut), 0)::text AS proposed,
            (count(ra.accepted_cut))::int AS decided, COALESCE(sum(ra.accepted_cut), 0)::text AS accepted
       FROM result_application ra
       JOIN evaluation e ON e.id = ra.evaluation_id
       JOIN project p ON p.id = ra.project_id
       JOIN unit u ON u.id = p.unit_id
      WHERE e.year = $1 AND ${scope}`,
    p.values,
  );
  // The budget the cuts land in: the target year's projects of the same portfolio, section, unit and fund
  // family (conditions about the evaluated projects, a grade say, do not apply to next year's).
  const targetYear = year + TARGET_YEAR_OFFSET;
  const t = sqlParams([targetYear, row.proposed, row.accepted]);
  const organisational: Filter = {
    fundFamily: f.fundFamily,
    sectionId: f.sectionId,
    unitId: f.unitId,
    classified: f.classified,
  };
  const [target] = await db.query(
    `SELECT COALESCE(sum(p.budget), 0)::text AS budget,
            CASE WHEN sum(p.budget) > 0 THEN ($2::numeric / sum(p.budget))::float8 END AS proposed_share,
            CASE WHEN sum(p.budget) > 0 THEN ($3::numeric / sum(p.budget))::float8 END AS accepted_share
       FROM project p JOIN unit u ON u.id = p.unit_id
      WHERE p.year = $1 AND ${projectPortfolio(v, t)}${filterSql(organisational, t, 'project')}`,
    t.values,
  );
  // Fund recalls (资金收回) of the year's projects: apart from the cuts, exact sums in SQL.
  const q = sqlParams([year]);
  const [recalls] = await db.query(
    `SELECT (count(*) FILTER (WHERE r.status <> 'REJECTED'))::int AS proposed_count,
            COALESCE(sum(r.proposed_amount) FILTER (WHERE r.status <> 'REJECTED'), 0)::text AS proposed,
            (count(*) FILTER (WHERE r.status = 'DECIDED'))::int AS decided_count,
            COALESCE(sum(r.decided_amount) FILTER (WHERE r.status = 'DECIDED'), 0)::text AS decided
       FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
      WHERE p.year = $1 AND ${projectPortfolio(v, q)}`,
    q.values,
  );
  return {
    projectCount: row.projects,
    mediumCount: row.medium,
    poorCount: row.poor,
    proposedCut: row.proposed,
    decidedCount: row.decided,
    acceptedCut: row.accepted,
    targetYear,
    targetYearBudget: target.budget,
    proposedShare: target.proposed_share,
    acceptedShare: target.accepted_share,
    recallCount: recalls.proposed_count,
    recallProposed: recalls.proposed,
    recallDecidedCount: recalls.decided_count,
    recallDecided: recalls.decided,
  };
}

/** The same cuts by supervising section or by unit (classified units merged for viewers who may not see them). */
export async function resultApplicationByGroup(
  db: Db,
  v: Viewer,
  year: number,
  groupBy: CutGroupBy,
  f: Filter = {},
): Promise<CutGroupRow[]> {
  const p = sqlParams([year]);
  const scope = projectPortfolio(v, p) + filterSql(f, p, 'project');
  const unit = maskClassifiedUnit(v);
  const g =
    groupBy === 'SECTION'
      ? {
          key: 's.id::text',
          label: 's.name',
          code: 's.code',
          regionCode: 'sr.code',
          join: 'JOIN section s ON s.id = u.supervising_section_id JOIN region sr ON sr.id = s.region_id',
        }
      : { ...unit, join: 'JOIN region ur ON ur.id = u.region_id' };
  const rows = (await db.query(
    `SELECT ${g.key} AS key, ${g.label} AS label, ${g.code} AS code, ${g.regionCode} AS region_code,
            count(*)::int AS projects,
            sum(ra.proposed_cut)::text AS proposed, count(ra.accepted_cut)::int AS decided,
            COALESCE(sum(ra.accepted_cut), 0)::text AS accepted
       FROM result_application ra
       JOIN evaluation e ON e.id = ra.evaluation_id
       JOIN project p ON p.id = ra.project_id
       JOIN unit u ON u.id = p.unit_id
       ${g.join}
      WHERE e.year = $1 AND ${scope}
      GROUP BY 1, 2, 3, 4
      ORDER BY sum(ra.proposed_cut) DESC, 2, 1`,
    p.values,
  )) as {
    key: string;
    label: string;
    code: string | null;
    region_code: string | null;
    projects: number;
    proposed: string;
    decided: number;
    accepted: string;
  }[];
  return rows.map((r) => ({
    key: r.key === 'CLASSIFIED' ? r.key : toGlobalId(groupBy === 'SECTION' ? 'Section' : 'Unit', Number(r.key)),
    label: r.label,
    code: r.code,
    regionCode: r.region_code,
    projectCount: r.projects,
    proposedCut: r.proposed,
    decidedCount: r.decided,
    acceptedCut: r.accepted,
  }));
}
