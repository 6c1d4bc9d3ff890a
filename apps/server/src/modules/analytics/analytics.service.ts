import type { DataSource } from 'typeorm';
import { GRADES, type EvaluationKind, type ExecutionGroupBy, type Grade } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  evaluationPortfolio,
  maskClassifiedUnit,
  projectPortfolio,
  ratingRows,
  regionRows,
  sqlParams,
  templateRows,
  unitPortfolio,
  type Viewer,
} from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import { executionRateSql } from '../monitoring/index.js';
import { projectAggregate, type AggregateDimension } from './project-aggregate.js';
import { resultApplicationByGroup, resultApplicationSummary } from './result-cuts.js';
import type { CutGroupBy } from './rankings.types.js';
import type {
  AgencyRatingRow,
  ExecutionRow,
  FlagSummary,
  FundFamilyInfo,
  TransferSplit,
  GradeDistribution,
  IndicatorLibrarySummary,
  TargetSummary,
  TrainingSummary,
} from './analytics.types.js';
import type { DisclosureSummary, ResultApplicationSummary } from './results.types.js';

/**
 * The analytics contract. Every figure is computed by PostgreSQL from the stored rows at query time,
 * within the viewer's portfolio (classified units count in totals, never shown as their own row).
 */
export class AnalyticsService {
  constructor(private readonly db: DataSource) {}

  async targetSummary(v: Viewer, year: number, f: Filter = {}): Promise<TargetSummary> {
    // Read target_summary and target_review_summary (per year, county, unit and fund family; per year and unit:
    // kept by triggers in the transaction of every write) when the viewer's scope and the filter are at that
    // grain; otherwise (an agency's portfolio, a filter about anything else) the raw projects and reviews.
    const summary = v.role !== 'AGENCY' && atSummaryGrain(f, TARGET_SUMMARY_FILTERS);
    // Coarser still, target_region_summary (per year, county and fund family) for a scope of whole counties with
    // no condition about units.
    const byRegion = summary && REGION_SCOPED_ROLES.has(v.role) && atSummaryGrain(f, REGION_SUMMARY_FILTERS);
    const p = sqlParams([year]);
    // In a summary `p` is the summary row: it has the projects' year, region_id, fund_family (and unit_id).
    const scope = projectPortfolio(v, p) + filterSql(f, p, 'project');
    // A sum over no row is 0, as the raw path's COALESCE gives (never 0.00 from groups whose part fell to zero).
    const [row] = await this.db.query(
      summary
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
        WHERE p.year = $1 AND p.target_status = 'APPROVED' AND ${scope}`,
      p.values,
    );
    const q = sqlParams([year]);
    const units = unitPortfolio(v, q) + filterSql(f, q, 'unit');
    const [review] = await this.db.query(
      summary
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
        WHERE t.year = $1 AND t.subject = 'UNIT_WIDE' AND t.stage = 'PERFORMANCE' AND ${units}`,
      q.values,
    );
    return {
      projectCount: row.project_count,
      budget: row.budget,
      annualBudgetProjectCount: row.annual_count,
      annualBudget: row.annual_budget,
      exAnteProjectCount: row.ex_ante_count,
      exAnteBudget: row.ex_ante_budget,
      unitWideReviewedCount: review.reviewed,
      unitWideReturnedCount: review.returned,
      unitWideIssueCount: review.issues,
    };
  }

  async executionSummary(
    v: Viewer,
    year: number,
    month: number,
    groupBy: ExecutionGroupBy,
    f: Filter = {},
    frozen = false,
  ): Promise<ExecutionRow[]> {
    const p = sqlParams([year, month]);
    // Read execution_summary (one row per checkpoint, county, unit, fund family and budget year, kept by triggers
    // in the transaction of every write) when the viewer's scope and the filter are at that grain; otherwise
    // (frozen figures, an agency's portfolio, a filter about anything else) the raw reports.
    const summary = !frozen && v.role !== 'AGENCY' && atSummaryGrain(f, EXECUTION_SUMMARY_FILTERS);
    // Coarser still, execution_region_summary (per checkpoint, county, fund family and year) for a scope of whole
    // counties grouped by TOTAL or fund family with no condition about units.
    const byRegion =
      summary &&
      (groupBy === 'TOTAL' || groupBy === 'FUND_FAMILY') &&
      REGION_SCOPED_ROLES.has(v.role) &&
      atSummaryGrain(f, REGION_SUMMARY_FILTERS);
    // Frozen: the reports as they stood when their checkpoint was confirmed (frozen_report has the same columns).
    const reports = frozen ? 'frozen_report' : 'monitoring_report';
    // In the summary `p` is the summary row: it has the project's region_id, unit_id, fund_family and year.
    const scope = projectPortfolio(v, p) + filterSql(f, p, 'report');
    const unit = maskClassifiedUnit(v);
    const budget = summary ? 'sum(p.budget)' : 'sum(r.budget)';
    const executed = summary ? 'sum(p.executed)' : 'sum(r.executed)';
    const group: Record<ExecutionGroupBy, { key: string; label: string; join: string; order: string }> = {
      TOTAL: { key: `'TOTAL'`, label: `'合计'`, join: '', order: '1' },
      FUND_FAMILY: {
        key: 'ff.code',
        label: 'ff.name_zh',
        join: 'JOIN fund_family ff ON ff.code = p.fund_family',
        order: 'min(ff.sort_order)',
      },
      SECTION: {
        key: 's.id::text',
        label: 's.name',
        join: 'JOIN section s ON s.id = u.supervising_section_id',
        order: `${budget} DESC`,
      },
      UNIT: { key: unit.key, label: unit.label, join: '', order: `${budget} DESC` },
    };
    const g = group[groupBy];
    const from = byRegion
      ? `execution_region_summary p
         JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'`
      : summary
        ? `execution_summary p
         JOIN monitoring_checkpoint c ON c.id = p.checkpoint_id AND c.scope = 'PROJECT'
         JOIN unit u ON u.id = p.unit_id`
        : `${reports} r
         JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'
         JOIN project p ON p.id = r.project_id
         JOIN unit u ON u.id = p.unit_id`;
    const rows = (await this.db.query(
      `SELECT ${g.key} AS key, ${g.label} AS label,
              ${summary ? 'sum(p.project_count)' : 'count(*)'}::int AS project_count,
              ${budget}::text AS budget,
              ${executed}::text AS executed,
              ${executionRateSql(executed, budget)} AS rate
         FROM ${from}
         ${g.join}
        WHERE c.year = $1 AND c.month = $2${summary ? '' : ` AND r.status <> 'DRAFT'`} AND ${scope}
        GROUP BY 1, 2
        ORDER BY ${g.order}, 1`,
      p.values,
    )) as {
      key: string;
      label: string;
      project_count: number;
      budget: string;
      executed: string;
      rate: number | null;
    }[];
    const out = rows.map((r) => ({
      key: r.key,
      label: r.label,
      projectCount: r.project_count,
      budget: r.budget,
      executed: r.executed,
      executionRate: r.rate,
    }));
    if (groupBy === 'TOTAL' && out.length === 0) {
      out.push({ key: 'TOTAL', label: '合计', projectCount: 0, budget: '0', executed: '0', executionRate: null });
    }
    return out;
  }

  /**
   * Flags as of the checkpoint(s) of a month: projects' flags at the project checkpoints, units' unit-wide flags
   * at the unit-wide checkpoint (June) — each counted at the checkpoints of its own scope. Frozen: the projects'
   * flags as they stood when each county's checkpoint was confirmed (frozen_flag, same columns); unit-wide flags
   * are not frozen and count nothing then.
   */
  async flagSummary(v: Viewer, year: number, month: number, f: Filter = {}, frozen = false): Promise<FlagSummary> {
    const p = sqlParams([year, month]);
    // Read flag_summary (flags counted per county, unit, fund family, budget year, level, raising and escalating
    // checkpoint and closing date — every column the counts as of a checkpoint use, so they stay exact for any
    // checkpoint) when the viewer's scope and the filter are at that grain; otherwise (frozen, an agency, a filter
    // about a flag's state or anything else) the raw flags.
    const summary = !frozen && v.role !== 'AGENCY' && atSummaryGrain(f, FLAG_SUMMARY_FILTERS);
    const flags = frozen ? 'frozen_flag' : 'flag';
    const frozenAt = frozen ? 'AND f.checkpoint_id = cp.id' : '';
    const projects = summary
      ? flagCountsSql(
          'PROJECT',
          // `p` is the summary row (the project's region_id, unit_id, fund_family, year), `f` the same row.
          `FROM flag_summary p CROSS JOIN LATERAL (SELECT p.level, p.closed_on, p.raised_checkpoint_id,
                  p.escalated_checkpoint_id, p.n) f
           JOIN unit u ON u.id = p.unit_id JOIN cp ON cp.region_id = p.region_id`,
          `p.year = $1 AND ${projectPortfolio(v, p) + filterSql(f, p, 'flag')}`,
          'f.n',
        )
      : flagCountsSql(
          'PROJECT',
          `FROM ${flags} f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
       JOIN cp ON cp.region_id = p.region_id ${frozenAt}`,
          `p.year = $1 AND ${projectPortfolio(v, p) + filterSql(f, p, 'flag')}`,
        );
    const [row] = await this.db.query(projects, p.values);
    // A filter about projects or about flags' own fields (fund family, level, …) selects no unit-wide flag.
    const unitLevel = !frozen && Object.entries(f).every(([k, x]) => x == null || UNIT_LEVEL_FILTERS.has(k));
    if (!unitLevel) {
      return {
        yellow: row.yellow,
        red: row.red,
        newYellow: row.new_yellow,
        escalatedToRed: row.escalated,
        closed: row.closed,
      };
    }
    const q = sqlParams([year, month]);
    const units = flagCountsSql(
      'UNIT_WIDE',
      `FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id JOIN unit u ON u.id = t.unit_id
       JOIN cp ON cp.region_id = u.region_id`,
      `t.year = $1 AND ${unitPortfolio(v, q) + filterSql(f, q, 'unit')}`,
    );
    const [uw] = await this.db.query(units, q.values);
    return {
      yellow: row.yellow + uw.yellow,
      red: row.red + uw.red,
      newYellow: row.new_yellow + uw.new_yellow,
      escalatedToRed: row.escalated + uw.escalated,
      closed: row.closed + uw.closed,
    };
  }

  async gradeDistribution(v: Viewer, year: number, kind: EvaluationKind, f: Filter = {}): Promise<GradeDistribution> {
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
    const e = summary
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
    const rows = (await this.db.query(
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

  /** Projects grouped by up to three dimensions (a BI tool's pivot), see project-aggregate.ts. */
  projectAggregate(v: Viewer, groupBy: AggregateDimension[], f: Filter) {
    return projectAggregate(this.db, v, groupBy, f);
  }

  /** Cuts proposed from the evaluations of budget year `year`, see result-cuts.ts. */
  resultApplicationSummary(v: Viewer, year: number, f: Filter = {}): Promise<ResultApplicationSummary> {
    return resultApplicationSummary(this.db, v, year, f);
  }

  /** Cut totals by section or unit, see result-cuts.ts. */
  resultApplicationByGroup(v: Viewer, year: number, groupBy: CutGroupBy, f: Filter = {}) {
    return resultApplicationByGroup(this.db, v, year, groupBy, f);
  }

  /** Targets of budget year `year` approved and published; final evaluations of that budget year and those published. */
  async disclosureSummary(v: Viewer, year: number, f: Filter = {}): Promise<DisclosureSummary> {
    const p = sqlParams([year]);
    const scope = projectPortfolio(v, p) + filterSql(f, p, 'project');
    const [targets] = await this.db.query(
      `SELECT count(*)::int AS approved, count(p.targets_published_on)::int AS published
         FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = $1 AND p.target_status = 'APPROVED' AND ${scope}`,
      p.values,
    );
    const q = sqlParams([year]);
    const rows = evaluationPortfolio(v, q);
    const [evaluations] = await this.db.query(
      `SELECT count(*)::int AS final, count(e.published_on)::int AS published
         FROM evaluation e JOIN unit u ON u.id = e.unit_id LEFT JOIN project p ON p.id = e.project_id
        WHERE e.year = $1 AND e.status = 'FINAL'
          AND ${rows}${filterSql(f, q, 'evaluation')}`,
      q.values,
    );
    return {
      approvedTargetCount: targets.approved,
      publishedTargetCount: targets.published,
      finalEvaluationCount: evaluations.final,
      publishedEvaluationCount: evaluations.published,
    };
  }

  async agencyRatings(v: Viewer, year: number, f: Filter = {}): Promise<AgencyRatingRow[]> {
    const p = sqlParams([year]);
    const scope = ratingRows(v, p) + filterSql(f, p, 'agency');
    const rows = (await this.db.query(
      `SELECT a.id, a.name, ar.score::float8 AS score, ar.rating, ar.quantity::float8 AS quantity,
              ar.quality::float8 AS quality, ar.effect::float8 AS effect, ar.satisfaction::float8 AS satisfaction, ar.published,
              ar.checks, ar.check_deduction::float8 AS check_deduction
         FROM agency_rating ar
         JOIN agency a ON a.id = ar.agency_id
        WHERE ar.year = $1 AND ${scope}
        ORDER BY ar.score DESC, a.id`,
      p.values,
    )) as {
      id: number;
      name: string;
      score: number;
      rating: string;
      quantity: number;
      quality: number;
      effect: number;
      satisfaction: number;
      published: boolean;
      checks: number;
      check_deduction: number;
    }[];
    return rows.map((r) => ({
      agencyId: toGlobalId('Agency', r.id),
      agencyName: r.name,
      score: r.score,
      rating: r.rating,
      quantity: r.quantity,
      quality: r.quality,
      effect: r.effect,
      satisfaction: r.satisfaction,
      published: r.published,
      checks: r.checks,
      checkDeduction: r.check_deduction,
    }));
  }

  async trainingSummary(v: Viewer, year: number): Promise<TrainingSummary> {
    const p = sqlParams([year]);
    const region = regionRows(v, p, 't.region_id');
    const [row] = await this.db.query(
      `SELECT count(*)::int AS sessions, COALESCE(sum(t.attendance), 0)::int AS attendance
         FROM training_session t WHERE t.year = $1 AND ${region}`,
      p.values,
    );
    return row;
  }

  /** Transfer-payment targets against the sum of their splits to projects, exactly (numeric in SQL). */
  async transferSplits(v: Viewer, year: number): Promise<TransferSplit[]> {
    const p = sqlParams([year]);
    const region = regionRows(v, p, 'tp.region_id');
    const rows = await this.db.query(
      `SELECT tp.name AS tp_name, ti.name, count(pi.id)::int AS n,
              trim_scale(ti.target_value)::text AS upper,
              trim_scale(COALESCE(sum(pi.target_value), 0))::text AS split,
              trim_scale(ti.target_value - COALESCE(sum(pi.target_value), 0))::text AS diff
         FROM transfer_payment tp JOIN transfer_payment_indicator ti ON ti.transfer_payment_id = tp.id
         LEFT JOIN project_indicator pi ON pi.transfer_indicator_id = ti.id
        WHERE tp.year = $1 AND ${region}
        GROUP BY tp.id, ti.id ORDER BY tp.id, ti.id`,
      p.values,
    );
    return rows.map((r: any) => ({
      transferPaymentName: r.tp_name,
      indicatorName: r.name,
      upperValue: r.upper,
      splitSum: r.split,
      difference: r.diff,
      ok: Number(r.diff) === 0,
      projectCount: r.n,
    }));
  }

  async fundFamilies(): Promise<FundFamilyInfo[]> {
    const rows = await this.db.query(`SELECT code, name_zh, name_en, is_budget FROM fund_family ORDER BY sort_order`);
    return rows.map((r: any) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, isBudget: r.is_budget }));
  }

  /** The library the viewer's region uses (scope.ts `templateRows`), counted. */
  async indicatorLibrarySummary(v: Viewer): Promise<IndicatorLibrarySummary> {
    const p = sqlParams();
    const [row] = await this.db.query(
      `SELECT (count(DISTINCT g.id) FILTER (WHERE g.library = 'COMMON'))::int AS common_categories,
              (count(t.id) FILTER (WHERE g.library = 'COMMON'))::int AS common_indicators,
              (count(DISTINCT g.id) FILTER (WHERE g.library = 'SECTOR'))::int AS sectors,
              (count(t.id) FILTER (WHERE g.library = 'SECTOR'))::int AS sector_indicators
         FROM indicator_group g LEFT JOIN indicator_template t ON t.group_id = g.id AND t.retired_from IS NULL
              AND ${templateRows(v, p, 't.region_id')}`,
      p.values,
    );
    return {
      commonCategories: row.common_categories,
      commonIndicators: row.common_indicators,
      sectors: row.sectors,
      sectorIndicators: row.sector_indicators,
    };
  }
}

/** Filter fields that a unit-wide flag (no project) can answer: its unit, section, classification, name, year. */
const UNIT_LEVEL_FILTERS = new Set(['year', 'sectionId', 'unitId', 'classified', 'search', 'searchScope']);

/**
 * Filter fields the summaries answer at their grain (the project's county, unit — so its section and
 * classification —, fund family and budget year; for reports the checkpoint). A search is not one of them.
 */
const EXECUTION_SUMMARY_FILTERS = new Set([
  'year',
  'checkpointMonth',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
  'searchScope',
]);
const EVALUATION_SUMMARY_FILTERS = new Set([
  'year',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
  'grade',
  'evaluationKind',
  'searchScope',
]);
/** Roles whose portfolio is whole counties (and a fund family): `projectPortfolio` reads only p.region_id, p.fund_family. */
const REGION_SCOPED_ROLES = new Set(['LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'UPPER_LEVEL', 'FUND_SECTION']);
/** Filter fields target_summary answers (no condition on a target's status: it holds approved targets only). */
const TARGET_SUMMARY_FILTERS = new Set([
  'year',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
  'searchScope',
]);
const REGION_SUMMARY_FILTERS = new Set(['year', 'checkpointMonth', 'fundFamily', 'searchScope']);
const FLAG_SUMMARY_FILTERS = new Set([
  'year',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
  'searchScope',
]);

/** Whether every condition of the filter is one a summary answers (`searchScope` only matters with a search). */
function atSummaryGrain(f: Filter, fields: Set<string>): boolean {
  return Object.entries(f).every(([k, x]) => x == null || fields.has(k));
}

/**
 * The flag counts as of the checkpoints of a month ($1 year, $2 month) of one scope, over the flags `from` joins;
 * `weight` is how many flags a row of `from` stands for (1 for a flag, `n` for a row of flag_summary).
 */
function flagCountsSql(scope: 'PROJECT' | 'UNIT_WIDE', from: string, where: string, weight = '1'): string {
  return `WITH cp AS MATERIALIZED (
         SELECT c.id, c.region_id, c.period_end,
                COALESCE((SELECT max(c2.period_end) FROM monitoring_checkpoint c2
                           WHERE c2.region_id = c.region_id AND c2.year = c.year AND c2.scope = '${scope}'
                             AND c2.period_end < c.period_end),
                         make_date(c.year, 1, 1) - 1) AS prev_end
           FROM monitoring_checkpoint c
          WHERE c.year = $1 AND c.month = $2 AND c.scope = '${scope}'),
       f AS (
         SELECT f.level, f.closed_on, f.raised_checkpoint_id, f.escalated_checkpoint_id, ${weight} AS n, cp.id AS cp_id,
                cp.period_end AS as_of, cp.prev_end,
                CASE WHEN f.level = 'RED' AND (ec.period_end IS NULL OR ec.period_end <= cp.period_end)
                     THEN 'RED' ELSE 'YELLOW' END AS level_as_of
           ${from}
           JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id
           LEFT JOIN monitoring_checkpoint ec ON ec.id = f.escalated_checkpoint_id
          WHERE rc.year = $1 AND rc.period_end <= cp.period_end AND ${where})
       SELECT
         (COALESCE(sum(n) FILTER (WHERE level_as_of = 'YELLOW' AND (closed_on IS NULL OR closed_on > as_of)), 0))::int AS yellow,
         (COALESCE(sum(n) FILTER (WHERE level_as_of = 'RED' AND (closed_on IS NULL OR closed_on > as_of)), 0))::int AS red,
         (COALESCE(sum(n) FILTER (WHERE raised_checkpoint_id = cp_id
                             AND (level = 'YELLOW' OR escalated_checkpoint_id IS NOT NULL)), 0))::int AS new_yellow,
         (COALESCE(sum(n) FILTER (WHERE escalated_checkpoint_id = cp_id
                             OR (raised_checkpoint_id = cp_id AND level = 'RED' AND escalated_checkpoint_id IS NULL)), 0))::int
           AS escalated,
         (COALESCE(sum(n) FILTER (WHERE closed_on > prev_end AND closed_on <= as_of), 0))::int AS closed
         FROM f`;
}
