import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import type { Flag, FlagEvent } from './flag.types.js';

const FLAG_COLUMNS = `f.id, f.project_id, f.level, f.status, f.deadline::text AS deadline, f.owner_name, f.rectification_plan,
  f.evidence, f.closed_on::text AS closed_on, f.proposed_reduction::text AS proposed_reduction, f.raised_checkpoint_id,
  f.escalated_checkpoint_id, f.version, CASE WHEN f.status = 'OPEN' AND f.deadline < current_date THEN current_date - f.deadline ELSE 0 END AS overdue`;
const FLAG_FROM = `FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id`;

const mapFlag = (r: Row): Flag =>
  ({
    __typename: 'Flag',
    id: toGlobalId('Flag', r.id),
    dbId: r.id,
    projectId: r.project_id,
    level: r.level,
    status: r.status,
    deadline: r.deadline,
    daysOverdue: r.overdue,
    ownerName: r.owner_name,
    rectificationPlan: r.rectification_plan,
    evidence: r.evidence,
    closedOn: r.closed_on,
    proposedReduction: r.proposed_reduction,
    raisedCheckpointId: r.raised_checkpoint_id,
    escalatedCheckpointId: r.escalated_checkpoint_id,
    version: r.version,
  }) as Flag;

/** Flags (the ledger) and their history, within the viewer's row scope. */
export class FlagReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${FLAG_COLUMNS} ${FLAG_FROM} WHERE f.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapFlag);
  }

  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${FLAG_COLUMNS} ${FLAG_FROM} WHERE f.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY f.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapFlag);
  }

  async eventsOfFlags(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT fe.flag_id, fe.kind, fe.level, fe.occurred_on::text AS occurred_on, fe.note
        FROM flag_event fe JOIN flag f ON f.id = fe.flag_id JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
        WHERE fe.flag_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY fe.occurred_on, fe.id`,
      [ids],
    );
    return groupBy(
      ids,
      rows,
      'flag_id',
      (r): FlagEvent => ({ kind: r.kind, level: r.level, occurredOn: r.occurred_on, note: r.note }) as FlagEvent,
    );
  }

  /** A page of the ledger, deadline first. */
  page(filter: Filter, first: number | undefined, after: string | undefined) {
    const p = this.params();
    const where = projectRows(this.v, p) + filterSql(filter, p, 'flag');
    return paginate({
      db: this.db,
      select: FLAG_COLUMNS,
      from: `${FLAG_FROM} WHERE ${where}`,
      params: p.values,
      idExpr: 'f.id',
      order: { expr: 'f.deadline', type: 'date', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapFlag,
    });
  }
}
