import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { byId, groupBy, trimNumeric, type Row } from '../../graphql/batch.js';
import { indicatorVerdict } from '../../rules/monitoring.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import type { Checkpoint } from './checkpoint.types.js';
import { executionRateSql } from './execution-rate.js';
import type { IndicatorActual, MonitoringReport } from './report.types.js';

const REPORT_FROM = `FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id`;

export const REPORT_COLUMNS = `r.id, r.project_id, r.checkpoint_id, r.budget::text AS budget, r.executed::text AS executed,
  ${executionRateSql('r.executed', 'r.budget')} AS rate, r.status, r.failed, r.failure_reasons,
  r.submitted_on::text AS submitted_on, r.review_comment, r.not_reported, r.version`;

export const mapReport = (r: Row): MonitoringReport =>
  ({
    __typename: 'MonitoringReport',
    id: toGlobalId('MonitoringReport', r.id),
    dbId: r.id,
    projectId: r.project_id,
    checkpointId: r.checkpoint_id,
    budget: r.budget,
    executed: r.executed,
    executionRate: r.rate,
    status: r.status,
    failed: r.failed,
    notReported: r.not_reported,
    submittedOn: r.submitted_on,
    reviewComment: r.review_comment,
    version: r.version,
    failureReasons: (r.failure_reasons ?? []).map((x: Row) => ({
      code: x.code,
      indicatorIndex: x.indicatorIndex ?? null,
    })),
  }) as MonitoringReport;

/**
 * The latest report of each project row `x` of a page (by its checkpoint's period end, then its id; drafts
 * included), as one JSON column `__latest`: the report `project_latest` points to, two primary-key lookups.
 */
export const LATEST_REPORT_JOIN = {
  join: `LEFT JOIN project_latest pl ON pl.project_id = x.id
         LEFT JOIN LATERAL (SELECT ${REPORT_COLUMNS} FROM monitoring_report r WHERE r.id = pl.latest_report_id) lr ON true`,
  select: `CASE WHEN lr.id IS NULL THEN NULL ELSE to_jsonb(lr) END AS __latest`,
};

/** The report of a `__latest` column (null when the project has no report). */
export const latestReportOf = (r: Row): MonitoringReport | null => (r.__latest ? mapReport(r.__latest as Row) : null);

/** Monitoring reports and the indicator values in them, within the viewer's row scope. */
export class ReportReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE r.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapReport);
  }

  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${REPORT_COLUMNS} ${REPORT_FROM} JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
      WHERE r.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY c.period_end`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapReport);
  }

  /** The latest report of each project (by the checkpoint's period end, then its id), null when it has none. */
  async latestOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${REPORT_COLUMNS} FROM project_latest pl JOIN monitoring_report r ON r.id = pl.latest_report_id
      JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
      WHERE pl.project_id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.project_id as number, mapReport(r)]));
    return ids.map((id) => by.get(id) ?? null);
  }

  /** A page of a checkpoint's reports, by id. */
  ofCheckpoint(c: Checkpoint, filter: Filter, first: number | undefined, after: string | undefined) {
    const p = this.params([c.dbId]);
    const where = projectRows(this.v, p) + filterSql(filter, p, 'report');
    return paginate({
      db: this.db,
      select: REPORT_COLUMNS,
      from: `${REPORT_FROM} JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id WHERE r.checkpoint_id = $1 AND ${where}`,
      params: p.values,
      idExpr: 'r.id',
      order: { expr: 'r.id', type: 'int', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapReport,
    });
  }

  async actualsOfReports(ids: readonly number[]) {
    const rows = await this.q(
      // Each value with its comparator and the allowed deviation of the project's year and county.
      (p) => `SELECT a.report_id, a.project_indicator_id, a.planned_value::text AS planned_value,
        a.actual_value::text AS actual_value, a.explanation, i.comparator,
        rs.rules #> '{monitoring,maxKeyIndicatorDeviation}' AS max_deviation
        FROM indicator_actual a JOIN monitoring_report r ON r.id = a.report_id
        JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
        JOIN project_indicator i ON i.id = a.project_indicator_id
        LEFT JOIN rule_set rs ON rs.region_id = p.region_id AND rs.year = p.year
        WHERE a.report_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY a.project_indicator_id`,
      [ids],
    );
    return groupBy(ids, rows, 'report_id', (r): IndicatorActual => {
      const plannedValue = trimNumeric(r.planned_value);
      const actualValue = trimNumeric(r.actual_value);
      const judged = indicatorVerdict(
        { comparator: r.comparator, planned: plannedValue, actual: actualValue },
        r.max_deviation ?? DEFAULT_RULE_SET.monitoring.maxKeyIndicatorDeviation,
      );
      return { indicatorId: r.project_indicator_id, plannedValue, actualValue, explanation: r.explanation, ...judged };
    });
  }
}
