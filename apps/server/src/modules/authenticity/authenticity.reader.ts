import { toGlobalId } from '../../graphql/global-id.js';
import { ScopedReader } from '../auth/index.js';
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
    const checks = await this.q(
      () => `SELECT id, position, evaluation_id, result, note, checked_on::text AS checked_on, version
               FROM authenticity_check WHERE sample_id = $1 ORDER BY position`,
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
