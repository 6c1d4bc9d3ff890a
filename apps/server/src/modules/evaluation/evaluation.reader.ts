import { byId, groupBy, numberOrNull, type Row } from '../../graphql/batch.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { capNote } from '../../rules/evaluation.js';
import { evaluationRows, ScopedReader } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import type { Evaluation, EvaluationVersion, Finding } from './evaluation.types.js';

const EVALUATION_COLUMNS = `e.id, e.year, e.kind, e.project_id, e.unit_id, e.agency_id, e.status, e.budget::text AS budget,
  e.executed::text AS executed, e.score::float8 AS score, e.expert_score::float8 AS expert_score, e.grade, e.uncapped_grade,
  e.caps, e.authenticity_failed, e.report_name, e.evaluated_on::text AS evaluated_on, e.published_on::text AS published_on, e.explanation, e.version,
  e.fund_reviewed_on::text AS fund_reviewed_on, e.confirmed_on::text AS confirmed_on`;
// Unit-wide evaluations have no project: it is LEFT JOINed (evaluationRows expects `e`, `p` and `u`).
const EVALUATION_FROM = `FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id`;
const FINDING_FROM = `FROM evaluation_finding f JOIN evaluation e ON e.id = f.evaluation_id
  LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id`;

const mapEvaluation = (r: Row): Evaluation =>
  ({
    __typename: 'Evaluation',
    id: toGlobalId('Evaluation', r.id),
    dbId: r.id,
    projectId: r.project_id,
    unitId: r.unit_id,
    agencyId: r.agency_id,
    year: r.year,
    kind: r.kind,
    status: r.status,
    budget: r.budget,
    executed: r.executed,
    score: numberOrNull(r.score),
    expertScore: numberOrNull(r.expert_score),
    grade: r.grade,
    uncappedGrade: r.uncapped_grade,
    caps: (r.caps ?? []).map((c: Row) => ({
      code: c.code,
      zh: c.zh,
      en: c.en,
      applied: !!c.applied,
      findings: c.findings ?? [],
    })),
    cappedBecause: capNote(r.grade, r.caps ?? []),
    authenticityFailed: r.authenticity_failed,
    reportName: r.report_name,
    evaluatedOn: r.evaluated_on,
    publishedOn: r.published_on,
    explanation: r.explanation,
    version: r.version,
    fundReviewedOn: r.fund_reviewed_on,
    confirmedOn: r.confirmed_on,
    // A scored self-evaluation still a draft was sent back (see EvaluationService.submitSelf).
    rectificationRequired: r.kind === 'SELF' && r.status === 'DRAFT' && r.score !== null,
  }) as Evaluation;

const VERSION_COLUMNS = `v.id, v.evaluation_id, v.version, v.status, v.executed::text AS executed,
  v.output_completion::float8 AS output_completion, v.benefit_completion::float8 AS benefit_completion,
  v.satisfaction_completion::float8 AS satisfaction_completion, v.score::float8 AS score, v.grade, v.uncapped_grade,
  v.explanation, v.evaluated_on::text AS evaluated_on, v.superseded_on::text AS superseded_on`;
const VERSION_FROM = `FROM evaluation_version v JOIN evaluation e ON e.id = v.evaluation_id
  LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id`;

const mapVersion = (r: Row): EvaluationVersion =>
  ({
    __typename: 'EvaluationVersion',
    id: toGlobalId('EvaluationVersion', r.id),
    dbId: r.id,
    evaluationId: r.evaluation_id,
    version: r.version,
    status: r.status,
    executed: r.executed,
    outputCompletion: numberOrNull(r.output_completion),
    benefitCompletion: numberOrNull(r.benefit_completion),
    satisfactionCompletion: numberOrNull(r.satisfaction_completion),
    score: numberOrNull(r.score),
    grade: r.grade,
    uncappedGrade: r.uncapped_grade,
    explanation: r.explanation,
    evaluatedOn: r.evaluated_on,
    supersededOn: r.superseded_on,
  }) as EvaluationVersion;

const mapFinding = (r: Row): Finding =>
  ({
    __typename: 'Finding',
    id: toGlobalId('Finding', r.id),
    dbId: r.id,
    evaluationId: r.evaluation_id,
    category: r.category,
    text: r.text,
    suggestion: r.suggestion,
    upheld: r.upheld,
  }) as Finding;

/** Evaluations and their findings: an agency those assigned to it; others those of their rows. */
export class EvaluationReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} ${EVALUATION_FROM} WHERE e.id = ANY($1) AND ${evaluationRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapEvaluation);
  }

  /** Evaluations by a parent column (`project_id`, `agency_id`, or `unit_id` for unit-wide ones). */
  private async ofParents(ids: readonly number[], column: 'project_id' | 'agency_id' | 'unit_id', extra = '') {
    const rows = await this.q(
      (p) => `SELECT ${EVALUATION_COLUMNS} ${EVALUATION_FROM}
      WHERE e.${column} = ANY($1)${extra} AND ${evaluationRows(this.v, p)} ORDER BY ${column === 'unit_id' ? 'e.year' : 'e.id'}`,
      [ids],
    );
    return groupBy(ids, rows, column, mapEvaluation);
  }

  ofProjects(ids: readonly number[]) {
    return this.ofParents(ids, 'project_id');
  }

  ofAgencies(ids: readonly number[]) {
    return this.ofParents(ids, 'agency_id');
  }

  unitWideOfUnits(ids: readonly number[]) {
    return this.ofParents(ids, 'unit_id', ` AND e.kind = 'UNIT_WIDE'`);
  }

  async findingsByIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT f.* ${FINDING_FROM} WHERE f.id = ANY($1) AND ${evaluationRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapFinding);
  }

  async findingsOfEvaluations(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT f.* ${FINDING_FROM} WHERE f.evaluation_id = ANY($1) AND ${evaluationRows(this.v, p)} ORDER BY f.id`,
      [ids],
    );
    return groupBy(ids, rows, 'evaluation_id', mapFinding);
  }

  async versionsByIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.id = ANY($1) AND ${evaluationRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapVersion);
  }

  /** The superseded versions of each evaluation, oldest first. */
  async versionsOfEvaluations(ids: readonly number[]) {
    const rows = await this.q(
      (p) =>
        `SELECT ${VERSION_COLUMNS} ${VERSION_FROM} WHERE v.evaluation_id = ANY($1) AND ${evaluationRows(this.v, p)}
          ORDER BY v.version`,
      [ids],
    );
    return groupBy(ids, rows, 'evaluation_id', mapVersion);
  }

  /** A page of the evaluations connection, by id. */
  page(filter: Filter, first: number | undefined, after: string | undefined) {
    const p = this.params();
    const where = evaluationRows(this.v, p) + filterSql(filter, p, 'evaluation');
    return paginate({
      db: this.db,
      select: EVALUATION_COLUMNS,
      from: `${EVALUATION_FROM} WHERE ${where}`,
      params: p.values,
      idExpr: 'e.id',
      order: { expr: 'e.id', type: 'int', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapEvaluation,
    });
  }
}
