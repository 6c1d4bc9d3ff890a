import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, ScopedReader } from '../auth/index.js';
import type { ResultApplication } from './result-application.types.js';

const COLUMNS = `ra.*, ra.base_budget::text AS base_budget, ra.proposed_cut::text AS proposed_cut,
  ra.accepted_cut::text AS accepted_cut, ra.applied_on::text AS applied_on`;
const FROM = `FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id`;

const mapResultApplication = (r: Row): ResultApplication =>
  ({
    __typename: 'ResultApplication',
    id: toGlobalId('ResultApplication', r.id),
    dbId: r.id,
    projectId: r.project_id,
    evaluationId: r.evaluation_id,
    targetYear: r.target_year,
    grade: r.grade,
    baseBudget: r.base_budget,
    cutShare: Number(r.cut_share),
    proposedCut: r.proposed_cut,
    acceptedCut: r.accepted_cut,
    status: r.status,
    reason: r.reason,
    version: r.version,
    appliedToProjectId: r.applied_to_project_id ?? null,
    appliedOn: r.applied_on ?? null,
  }) as ResultApplication;

/** Proposed and decided budget cuts, within the viewer's row scope. */
export class ResultApplicationReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE ra.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapResultApplication);
  }

  async ofProjects(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE ra.project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY ra.id`,
      [ids],
    );
    return groupBy(ids, rows, 'project_id', mapResultApplication);
  }

  /** The cuts taken from each budget line (the later year's project of the same recurring project). */
  async appliedTo(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${COLUMNS} ${FROM} WHERE ra.applied_to_project_id = ANY($1) AND ${projectRows(this.v, p)} ORDER BY ra.id`,
      [ids],
    );
    return groupBy(ids, rows, 'applied_to_project_id', mapResultApplication);
  }
}
