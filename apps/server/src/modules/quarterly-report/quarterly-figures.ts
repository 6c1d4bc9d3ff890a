import type { DataSource, EntityManager } from 'typeorm';
import { EVALUATION_KINDS, type EvaluationKind } from '@jixiao/schema/enums';
import { projectPortfolio, sqlParams, type Viewer } from '../auth/index.js';
import { AnalyticsService } from '../analytics/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import { quarterPeriod } from './quarter.js';

/** The figures of a quarterly report, as stored frozen with each submission. Amounts in yuan, as decimal text. */
export interface QuarterlyFiguresData {
  year: number;
  quarter: number;
  from: string;
  to: string;
  /** targetSummary(year): projects with approved targets and their budget. */
  targetProjectCount: number;
  targetBudget: string;
  /** executionSummary at the latest project checkpoint ending by the quarter's end; null when there is none. */
  execution: {
    checkpointYear: number;
    checkpointMonth: number;
    periodEnd: string;
    projectCount: number;
    budget: string;
    executed: string;
    executionRate: number | null;
  } | null;
  /** Flags raised and flags closed within the quarter. */
  flagsRaised: number;
  flagsClosed: number;
  /** gradeDistribution(year - 1, kind) of the evaluations finished within the quarter, per kind. */
  evaluations: { kind: EvaluationKind; year: number; count: number; budget: string; excellent: number }[];
}

/**
 * Assembles a quarter's figures from the contract queries (analytics) and the filter builder, for the
 * viewer's portfolio, within the transaction `m` when given: what a submission freezes is what it read.
 */
export async function quarterlyFigures(
  db: DataSource | EntityManager,
  v: Viewer,
  year: number,
  quarter: number,
): Promise<QuarterlyFiguresData> {
  // The analytics contract reads only through `query`, which a transaction's manager has too.
  const analytics = new AnalyticsService(db as DataSource);
  const period = quarterPeriod(year, quarter);
  const targets = await analytics.targetSummary(v, year);

  const [cp] = (await db.query(
    `SELECT c.year, c.month, c.period_end::text AS period_end FROM monitoring_checkpoint c
      WHERE c.region_id = $1 AND c.scope = 'PROJECT' AND c.period_end <= $2::date
      ORDER BY c.period_end DESC LIMIT 1`,
    [v.regionId, period.to],
  )) as { year: number; month: number; period_end: string }[];
  let execution: QuarterlyFiguresData['execution'] = null;
  if (cp) {
    const [total] = await analytics.executionSummary(v, cp.year, cp.month, 'TOTAL');
    execution = {
      checkpointYear: cp.year,
      checkpointMonth: cp.month,
      periodEnd: cp.period_end,
      projectCount: total!.projectCount,
      budget: total!.budget,
      executed: total!.executed,
      executionRate: total!.executionRate,
    };
  }

  const flagCount = async (f: Filter) => {
    const p = sqlParams();
    const scope = projectPortfolio(v, p) + filterSql(f, p, 'flag');
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
        WHERE ${scope}`,
      p.values,
    );
    return row.n as number;
  };

  const evaluations: QuarterlyFiguresData['evaluations'] = [];
  for (const kind of EVALUATION_KINDS) {
    const g = await analytics.gradeDistribution(v, year - 1, kind, { evaluatedBetween: period });
    evaluations.push({
      kind,
      year: year - 1,
      count: g.total,
      budget: g.budget,
      excellent: g.buckets.find((b) => b.grade === 'EXCELLENT')?.count ?? 0,
    });
  }

  return {
    year,
    quarter,
    from: period.from,
    to: period.to,
    targetProjectCount: targets.projectCount,
    targetBudget: targets.budget,
    execution,
    flagsRaised: await flagCount({ raisedBetween: period }),
    flagsClosed: await flagCount({ closedBetween: period }),
    evaluations,
  };
}
