import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { elapsedShareAt } from '../../rules/monitoring.js';
import { paginate, pagesPerParent, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, regionRows, ScopedReader } from '../auth/index.js';
import { mapProject, PROJECT_COLUMNS } from '../project/index.js';
import type { Checkpoint } from './checkpoint.types.js';

const CHECKPOINT_COLUMNS = `c.id, c.region_id, c.year, c.month, c.scope, c.period_end::text AS period_end,
  c.report_due::text AS report_due, c.status, c.version, c.frozen_at, GREATEST(0, current_date - c.report_due)::int AS days_overdue,
  (SELECT rs.rules #> '{monitoring,checkpoints}' FROM rule_set rs WHERE rs.region_id = c.region_id AND rs.year = c.year) AS rules`;

const mapCheckpoint = (r: Row): Checkpoint => {
  const elapsed =
    r.scope === 'PROJECT'
      ? elapsedShareAt(r.month, { checkpoints: r.rules ?? DEFAULT_RULE_SET.monitoring.checkpoints })
      : null;
  return {
    __typename: 'Checkpoint',
    id: toGlobalId('Checkpoint', r.id),
    dbId: r.id,
    regionId: r.region_id,
    year: r.year,
    month: r.month,
    scope: r.scope,
    daysOverdue: r.days_overdue,
    periodEnd: r.period_end,
    reportDue: r.report_due,
    status: r.status,
    version: r.version,
    frozenAt: r.frozen_at,
    elapsedNumerator: elapsed?.numerator ?? null,
    elapsedDenominator: elapsed?.denominator ?? null,
  } as Checkpoint;
};

/** Checkpoints: the organisation of the viewer's counties' years, visible to all of their people. */
export class CheckpointReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${CHECKPOINT_COLUMNS} FROM monitoring_checkpoint c WHERE c.id = ANY($1) AND ${regionRows(this.v, p, 'c.region_id')}`,
      [ids],
    );
    return byId(ids, rows, mapCheckpoint);
  }

  async ofYear(year: number) {
    const rows = await this.q(
      (p) => `SELECT ${CHECKPOINT_COLUMNS} FROM monitoring_checkpoint c
               WHERE c.year = $1 AND ${regionRows(this.v, p, 'c.region_id')} ORDER BY c.period_end, c.scope`,
      [year],
    );
    return rows.map(mapCheckpoint);
  }

  /** The checkpoints of years, batched by year (the years of `Query.years`). */
  async ofYears(years: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${CHECKPOINT_COLUMNS} FROM monitoring_checkpoint c
               WHERE c.year = ANY($1) AND ${regionRows(this.v, p, 'c.region_id')} ORDER BY c.period_end, c.scope`,
      [years],
    );
    return groupBy(years, rows, 'year', mapCheckpoint);
  }

  /**
   * The chase lists of many checkpoints in one statement (a province's ~300): a LATERAL page per checkpoint
   * over `report_due` (the reports still due, kept by triggers: migration 1796600000000) in code order, an
   * index range per checkpoint; a checkpoint where everyone reported costs one index probe.
   */
  missingReportsOfCheckpoints(ids: readonly number[], first: number | undefined, after: string | undefined) {
    const p = this.params([ids]);
    const scope = `${regionRows(this.v, p, 'c.region_id')} AND ${projectRows(this.v, p)}`;
    return pagesPerParent({
      db: this.db,
      parents: ids,
      select: PROJECT_COLUMNS,
      from: (parent) => `FROM report_due d JOIN monitoring_checkpoint c ON c.id = d.checkpoint_id
        JOIN project p ON p.id = d.project_id JOIN unit u ON u.id = p.unit_id WHERE d.checkpoint_id = ${parent} AND ${scope}`,
      params: p.values,
      idExpr: 'd.project_id',
      order: { expr: 'd.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapProject,
    });
  }

  /** The projects that should have reported at a checkpoint and have not (the chase list), by code. */
  missingReports(c: Checkpoint, first: number | undefined, after: string | undefined) {
    const p = this.params();
    return paginate({
      db: this.db,
      select: PROJECT_COLUMNS,
      from: `FROM report_due d JOIN project p ON p.id = d.project_id JOIN unit u ON u.id = p.unit_id
              WHERE d.checkpoint_id = ${p.push(c.dbId)} AND ${projectRows(this.v, p)}`,
      params: p.values,
      idExpr: 'd.project_id',
      order: { expr: 'd.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapProject,
    });
  }
}
