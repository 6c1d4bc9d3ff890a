import type { DataSource } from 'typeorm';
import { projectPortfolio, sqlParams, unitPortfolio, type Viewer } from '../auth/index.js';
import { atRegionGrain, filterSql, type Filter, atSummaryGrain, TARGET_SUMMARY_FILTERS } from '../filter/index.js';
import type { TargetSummary } from './analytics.types.js';

type Db = Pick<DataSource, 'query'>;

/** Approved targets of a budget year, the ex-ante supported and the annual-budget part, and the unit-wide reviews. */
export async function targetSummary(db: Db, v: Viewer, year: number, f: Filter = {}): Promise<TargetSummary> {
  // Read target_summary and target_review_summary (per year, county, unit and fund family; per year and unit:
  // kept by triggers in the transaction of every write) when the viewer's scope and the filter are at that
  // grain; otherwise (an agency's portfolio, a filter about anything else) the raw projects and reviews.
  const summary = v.role !== 'AGENCY' && atSummaryGrain(f, TARGET_SUMMARY_FILTERS);
  // Coarser still, target_region_summary (per year, county and fund family) for a scope of whole counties with
  // no condition about units.
  const byRegion = summary && atRegionGrain(v, f);
  const p = sqlParams([year]);
  // In a summary `p` is the summary row: it has the projects' year, region_id, fund_family (and unit_id).
  const scope = projectPortfolio(v, p) + filterSql(f, p, 'project');
  // A sum over no row is 0, as the raw path's COALESCE gives (never 0.00 from groups whose part fell to zero).
  const projects = summary
    ? `SELECT COALESCE(sum(p.project_count), 0)::int AS project_count,
                COALESCE(sum(p.budget), 0)::text AS budget,
                COALESCE(sum(p.annual_count), 0)::int AS annual_count,
                COALESCE(sum(p.annual_budget) FILTER (WHERE p.annual_count > 0), 0)::text AS annual_budget,
                COALESCE(sum(p.ex_ante_count), 0)::int AS ex_ante_count,
                COALESCE(sum(p.ex_ante_budget) FILTER (WHERE p.ex_ante_count > 0), 0)::text AS ex_ante_budget
           FROM ${byRegion ? 'target_region_summary p' : 'target_summary p JOIN unit u ON u.id = p.unit_id'}
          WHERE p.year = $1 AND ${scope}`
    : `SELECT count(*)::int AS project_count,
                COALESCE(sum(p.budget), 0)::text AS budget,
                (count(*) FILTER (WHERE p.in_annual_budget))::int AS annual_count,
                COALESCE(sum(p.budget) FILTER (WHERE p.in_annual_budget), 0)::text AS annual_budget,
                (count(*) FILTER (WHERE x.conclusion = 'SUPPORT'))::int AS ex_ante_count,
                COALESCE(sum(p.budget) FILTER (WHERE x.conclusion = 'SUPPORT'), 0)::text AS ex_ante_budget
           FROM project p
           JOIN unit u ON u.id = p.unit_id
           LEFT JOIN ex_ante_assessment x ON x.project_id = p.id AND x.status = 'CONCLUDED'
          WHERE p.year = $1 AND p.target_status = 'APPROVED' AND ${scope}`;
  // The unit-wide reviews in the same statement (their own parameters follow the projects' in one list): one
  // round trip instead of two.
  const units = unitPortfolio(v, p) + filterSql(f, p, 'unit');
  const reviews = summary
    ? `SELECT count(*)::int AS reviewed,
                COALESCE(sum(t.returned_count), 0)::int AS returned,
                COALESCE(sum(t.issue_count), 0)::int AS issues
           FROM target_review_summary t
           JOIN unit u ON u.id = t.unit_id
          WHERE t.year = $1 AND ${units}`
    : `SELECT count(DISTINCT t.unit_id)::int AS reviewed,
                (count(*) FILTER (WHERE t.outcome = 'RETURNED'))::int AS returned,
                COALESCE(sum(t.issue_count) FILTER (WHERE t.outcome = 'RETURNED'), 0)::int AS issues
           FROM target_review t
           JOIN unit u ON u.id = t.unit_id
          WHERE t.year = $1 AND t.subject = 'UNIT_WIDE' AND t.stage = 'PERFORMANCE' AND ${units}`;
  const [row] = await db.query(`SELECT a.*, b.* FROM (${projects}) a CROSS JOIN (${reviews}) b`, p.values);
  return {
    projectCount: row.project_count,
    budget: row.budget,
    annualBudgetProjectCount: row.annual_count,
    annualBudget: row.annual_budget,
    exAnteProjectCount: row.ex_ante_count,
    exAnteBudget: row.ex_ante_budget,
    unitWideReviewedCount: row.reviewed,
    unitWideReturnedCount: row.returned,
    unitWideIssueCount: row.issues,
  };
}
