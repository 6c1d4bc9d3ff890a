import { numberOrNull, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { countiesEvaluated, governmentEvaluationRows, ScopedReader } from '../auth/index.js';
import type { EvaluableCounty, GovernmentEvaluation, GovernmentEvaluationStep } from './government-evaluation.types.js';

const AT = (col: string) => `to_char(${col} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')`;

const COLUMNS = `ge.id, ge.year, ge.region_id, ge.status, ge.self_report, ge.self_score::float8 AS self_score,
  ge.score::float8 AS score, ge.grade, ge.version, r.name AS region_name, br.name AS by_region_name,
  (SELECT COALESCE(json_agg(json_build_object('kind', ev.kind, 'text', ev.text, 'score', ev.score::float8,
            'userName', COALESCE(au.display_name, ''), 'occurredAt', ${AT('ev.occurred_at')}) ORDER BY ev.id), '[]')
     FROM government_evaluation_event ev LEFT JOIN app_user au ON au.id = ev.user_id WHERE ev.evaluation_id = ge.id) AS history`;
const FROM = `FROM government_evaluation ge JOIN region r ON r.id = ge.region_id JOIN region br ON br.id = ge.by_region_id`;

function mapEvaluation(row: Row): GovernmentEvaluation {
  const history = row.history as GovernmentEvaluationStep[];
  const last = history[history.length - 1];
  return {
    __typename: 'GovernmentEvaluation',
    id: toGlobalId('GovernmentEvaluation', row.id),
    dbId: row.id,
    version: row.version,
    year: row.year,
    regionId: toGlobalId('Region', row.region_id),
    regionName: row.region_name,
    byRegionName: row.by_region_name,
    status: row.status,
    selfReport: row.self_report,
    selfScore: numberOrNull(row.self_score),
    score: numberOrNull(row.score),
    grade: row.grade,
    returnComment: row.status === 'RETURNED' && last?.kind === 'RETURNED' ? last.text : null,
    history,
  } as GovernmentEvaluation;
}

/** Evaluations of lower governments, within the viewer's scope (`governmentEvaluationRows`, in the SQL). */
export class GovernmentEvaluationReader extends ScopedReader {
  async byId(id: number): Promise<GovernmentEvaluation | null> {
    const [row] = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM} WHERE ge.id = $1 AND ${governmentEvaluationRows(this.v, p)}`,
      [id],
    );
    return row ? mapEvaluation(row) : null;
  }

  async byIds(ids: number[]): Promise<GovernmentEvaluation[]> {
    const rows = await this.q(
      (p) =>
        `SELECT ${COLUMNS} ${FROM} WHERE ge.id = ANY($1) AND ${governmentEvaluationRows(this.v, p)} ORDER BY r.path`,
      [ids],
    );
    return rows.map(mapEvaluation);
  }

  /** One county's (the upper level's picker) or all the viewer's, of a year or every year, newest year first. */
  async list(regionId: number | null, year: number | null): Promise<GovernmentEvaluation[]> {
    const rows = await this.q(
      (p) => `SELECT ${COLUMNS} ${FROM}
               WHERE ($1::int IS NULL OR ge.region_id = $1) AND ($2::int IS NULL OR ge.year = $2)
                 AND ${governmentEvaluationRows(this.v, p)}
               ORDER BY ge.year DESC, r.path`,
      [regionId, year],
    );
    return rows.map(mapEvaluation);
  }

  /** The counties the upper level may select (below it). */
  async evaluableCounties(): Promise<EvaluableCounty[]> {
    const rows = await this.q(
      (p) => `SELECT r.id, r.code, r.name FROM region r WHERE ${countiesEvaluated(this.v, p)} ORDER BY r.path`,
    );
    return rows.map((r) => ({ id: toGlobalId('Region', r.id), code: r.code, name: r.name }));
  }
}
