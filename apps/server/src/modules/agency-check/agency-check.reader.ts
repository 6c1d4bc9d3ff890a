import { byId, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { agencyCheckRows, agencyWorkRows, ScopedReader } from '../auth/index.js';
import { WORK } from './agency-check.service.js';
import type { AgencyCheck, AgencyWorkItem } from './agency-check.types.js';

const COLUMNS = `c.id, c.agency_id, a.name AS agency_name, c.year, c.kind, c.status, c.lead_source, c.evaluation_id,
  c.ex_ante_assessment_id, COALESCE(ce.project_id, cx.project_id) AS project_id, COALESCE(cp.name, u.name) AS subject_name,
  COALESCE(cp.code, '') AS subject_code, c.draw_seed, c.draw_pool, c.outcome, c.findings, c.deduction::text AS deduction,
  c.opened_on::text AS opened_on, c.concluded_on::text AS concluded_on, c.version`;
const FROM = `FROM agency_check c JOIN agency a ON a.id = c.agency_id JOIN unit u ON u.id = c.unit_id
  LEFT JOIN evaluation ce ON ce.id = c.evaluation_id LEFT JOIN ex_ante_assessment cx ON cx.id = c.ex_ante_assessment_id
  LEFT JOIN project cp ON cp.id = COALESCE(ce.project_id, cx.project_id)`;

const mapCheck = (r: Row): AgencyCheck =>
  ({
    __typename: 'AgencyCheck',
    id: toGlobalId('AgencyCheck', r.id),
    dbId: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    projectId: r.project_id,
    year: r.year,
    kind: r.kind,
    status: r.status,
    leadSource: r.lead_source,
    subjectKind: r.evaluation_id !== null ? 'KEY_EVALUATION' : 'EX_ANTE_REASSESSMENT',
    subjectId:
      r.evaluation_id !== null
        ? toGlobalId('Evaluation', r.evaluation_id)
        : toGlobalId('ExAnteAssessment', r.ex_ante_assessment_id),
    subjectName: r.subject_name,
    subjectCode: r.subject_code,
    drawSeed: r.draw_seed,
    drawPool: r.draw_pool,
    outcome: r.outcome,
    findings: r.findings,
    deduction: r.deduction,
    openedOn: r.opened_on,
    concludedOn: r.concluded_on,
    version: r.version,
  }) as AgencyCheck;

/** Checks of agencies' work, within the viewer's scope (`agencyCheckRows`, in the SQL). */
export class AgencyCheckReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE c.id = ANY($1) AND ${agencyCheckRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapCheck);
  }

  /** The checks of a year's work, newest first; of one agency if given. */
  async ofYear(year: number, agencyId: number | null) {
    const rows = await this.q(
      (p) =>
        `SELECT ${COLUMNS} ${FROM} WHERE c.year = $1 AND ($2::int IS NULL OR c.agency_id = $2) AND ${agencyCheckRows(this.v, p)}
          ORDER BY c.id DESC`,
      [year, agencyId],
    );
    return rows.map(mapCheck);
  }

  /**
   * The agencies' work of the viewer's county in a year that a check may take (the same pieces the ratings count
   * and a random draw chooses from): key evaluations and ex-ante re-assessments; of one agency if given.
   */
  async work(year: number, agencyId: number | null): Promise<AgencyWorkItem[]> {
    const rows = await this.q(
      () =>
        `SELECT w.kind, w.id, w.agency_id, a.name AS agency_name, COALESCE(p.code, '') AS code,
                COALESCE(p.name, u.name) AS name, u.name AS unit_name
           FROM (${WORK}) w JOIN agency a ON a.id = w.agency_id JOIN unit u ON u.id = w.unit_id
           LEFT JOIN evaluation e ON w.kind = 'E' AND e.id = w.id
           LEFT JOIN ex_ante_assessment x ON w.kind = 'X' AND x.id = w.id
           LEFT JOIN project p ON p.id = COALESCE(e.project_id, x.project_id)
          WHERE ${agencyWorkRows(this.v)}
          ORDER BY a.name, w.kind, p.code NULLS LAST, w.id`,
      [this.v.regionId, year, agencyId],
    );
    return rows.map((r) => ({
      subjectKind: r.kind === 'E' ? 'KEY_EVALUATION' : 'EX_ANTE_REASSESSMENT',
      subjectId: toGlobalId(r.kind === 'E' ? 'Evaluation' : 'ExAnteAssessment', r.id),
      agencyId: toGlobalId('Agency', r.agency_id),
      agencyName: r.agency_name,
      projectCode: r.code,
      name: r.name,
      unitName: r.unit_name,
    }));
  }
}
