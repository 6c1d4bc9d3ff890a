import type { DataSource } from 'typeorm';
import type { EvaluationKind, ExecutionGroupBy } from '@jixiao/schema/enums';
import { toGlobalId } from '../../graphql/global-id.js';
import {
  evaluationPortfolio,
  projectPortfolio,
  ratingRows,
  regionRows,
  sqlParams,
  templateRows,
  type Viewer,
} from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import { executionSummary } from './execution-summary.js';
import { flagSummary } from './flag-summary.js';
import { gradeDistribution } from './grade-distribution.js';
import { projectAggregate, type AggregateDimension, type KeyColumns } from './project-aggregate.js';
import { resultApplicationByGroup, resultApplicationSummary } from './result-cuts.js';
import { targetSummary } from './target-summary.js';
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

  targetSummary(v: Viewer, year: number, f: Filter = {}): Promise<TargetSummary> {
    return targetSummary(this.db, v, year, f);
  }

  /** Budget and execution at a checkpoint, grouped, see execution-summary.ts. */
  executionSummary(
    v: Viewer,
    year: number,
    month: number,
    groupBy: ExecutionGroupBy,
    f: Filter = {},
    frozen = false,
    asked?: KeyColumns,
  ): Promise<ExecutionRow[]> {
    return executionSummary(this.db, v, year, month, groupBy, f, frozen, asked);
  }

  /** Flags as of the checkpoint(s) of a month, see flag-summary.ts. */
  flagSummary(v: Viewer, year: number, month: number, f: Filter = {}, frozen = false): Promise<FlagSummary> {
    return flagSummary(this.db, v, year, month, f, frozen);
  }

  /** Final evaluations by grade, see grade-distribution.ts. */
  gradeDistribution(v: Viewer, year: number, kind: EvaluationKind, f: Filter = {}): Promise<GradeDistribution> {
    return gradeDistribution(this.db, v, year, kind, f);
  }

  /** Projects grouped by up to three dimensions (a BI tool's pivot), see project-aggregate.ts. */
  projectAggregate(v: Viewer, groupBy: AggregateDimension[], f: Filter, asked?: KeyColumns) {
    return projectAggregate(this.db, v, groupBy, f, asked);
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
