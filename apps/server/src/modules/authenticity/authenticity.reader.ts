import { toGlobalId } from '../../graphql/global-id.js';
import { evaluationRows, ScopedReader } from '../auth/index.js';
import type { AuthenticitySampleInfo } from './authenticity.types.js';

/** The authenticity sample of the viewer's county (the performance section's and leadership's to read). */
export class AuthenticityReader extends ScopedReader {
  async sample(year: number): Promise<AuthenticitySampleInfo | null> {
    const [s] = await this.q(
      () => `SELECT s.id, s.year, s.seed, s.population,
        to_char(s.drawn_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS drawn_on, u.display_name AS drawn_by
        FROM authenticity_sample s LEFT JOIN app_user u ON u.id = s.drawn_by_user_id WHERE s.region_id = $1 AND s.year = $2`,
      [this.v.regionId, year],
    );
    if (!s) return null;
    // Only the checks of self-evaluations the viewer may see: a BI token never reads a classified unit's.
    const checks = await this.q(
      (p) => `SELECT k.id, k.position, k.evaluation_id, k.result, k.note, k.checked_on::text AS checked_on, k.version
               FROM authenticity_check k JOIN evaluation e ON e.id = k.evaluation_id JOIN unit u ON u.id = e.unit_id
               LEFT JOIN project p ON p.id = e.project_id
              WHERE k.sample_id = $1 AND ${evaluationRows(this.v, p)} ORDER BY k.position`,
      [s.id],
    );
    return {
      year: s.year,
      seed: s.seed,
      population: s.population,
      drawnOn: s.drawn_on,
      drawnBy: s.drawn_by,
      checks: checks.map((c) => ({
        id: toGlobalId('AuthenticityCheck', c.id),
        evaluationId: c.evaluation_id,
        position: c.position,
        result: c.result,
        note: c.note,
        checkedOn: c.checked_on,
        version: c.version,
      })),
    };
  }
}
