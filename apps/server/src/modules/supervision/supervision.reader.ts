import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import type { FundRecall } from './fund-recall.types.js';
import type { SupervisionFinding } from './supervision.types.js';

const COLUMNS = `f.id, f.project_id, f.kind, f.source, f.found_on::text AS found_on, f.document_no, f.description, f.status,
  f.withdrawn_reason, to_char(f.recorded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS recorded_at, f.version`;
const FROM = `FROM supervision_finding f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id`;

const mapFinding = (r: Row): SupervisionFinding =>
  ({
    __typename: 'SupervisionFinding',
    id: toGlobalId('SupervisionFinding', r.id),
    dbId: r.id,
    projectId: r.project_id,
    kind: r.kind,
    source: r.source,
    foundOn: r.found_on,
    documentNo: r.document_no,
    description: r.description,
    status: r.status,
    withdrawnReason: r.withdrawn_reason,
    recordedAt: r.recorded_at,
    version: r.version,
  }) as SupervisionFinding;

/** Supervision findings, seen by whoever may see their project (row scope in the SQL). */
export class SupervisionReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE f.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapFinding);
  }

  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${COLUMNS} ${FROM} WHERE f.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY f.found_on DESC, f.id DESC`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapFinding);
  }
}

const RECALL_COLUMNS = `r.id, r.project_id, r.reason, r.status, r.proposed_amount::text AS proposed_amount,
  r.decided_amount::text AS decided_amount, r.proposal_note, r.decision_note, r.proposed_on::text AS proposed_on,
  r.decided_on::text AS decided_on, r.version`;
const RECALL_FROM = `FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id`;

const mapRecall = (r: Row): FundRecall =>
  ({
    __typename: 'FundRecall',
    id: toGlobalId('FundRecall', r.id),
    dbId: r.id,
    projectId: r.project_id,
    reason: r.reason,
    status: r.status,
    proposedAmount: r.proposed_amount,
    decidedAmount: r.decided_amount,
    proposalNote: r.proposal_note,
    decisionNote: r.decision_note,
    proposedOn: r.proposed_on,
    decidedOn: r.decided_on,
    version: r.version,
  }) as FundRecall;

/** Fund recalls, seen by whoever may see their project. */
export class FundRecallReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${RECALL_COLUMNS} ${RECALL_FROM} WHERE r.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapRecall);
  }

  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${RECALL_COLUMNS} ${RECALL_FROM} WHERE r.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY r.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapRecall);
  }

  /** The recalls of the year's projects (those still to decide only, if asked), oldest first; at most 500. */
  async ofYear(year: number, pendingOnly: boolean) {
    return (
      await this.q(
        (p) =>
          `SELECT ${RECALL_COLUMNS} ${RECALL_FROM} WHERE p.year = $1 AND ($2::boolean IS FALSE OR r.status = 'PROPOSED')
              AND ${projectRows(this.v, p)} ORDER BY r.proposed_on, r.id LIMIT 500`,
        [year, pendingOnly],
      )
    ).map(mapRecall);
  }

  /**
   * What can still be recalled from each project: its budget less every recall proposed or decided (a decided
   * one counts its decided amount, a rejected one nothing), exact in SQL, as the proposal checks it.
   */
  async recallableOfProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT p.id, (p.budget - COALESCE((SELECT sum(CASE r.status WHEN 'DECIDED' THEN r.decided_amount
                     WHEN 'PROPOSED' THEN r.proposed_amount ELSE 0 END) FROM fund_recall r WHERE r.project_id = p.id), 0))::text AS left
                FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, (r) => r.left as string);
  }
}
