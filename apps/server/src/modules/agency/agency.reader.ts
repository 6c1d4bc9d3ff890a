import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { agencyRows, ratingRows, ScopedReader } from '../auth/index.js';
import type { Agency, AgencyRating } from './agency.types.js';

const mapAgency = (r: Row): Agency =>
  ({
    __typename: 'Agency',
    id: toGlobalId('Agency', r.id),
    dbId: r.id,
    code: r.code,
    name: r.name,
    creditCode: r.credit_code,
  }) as Agency;

const mapRating = (r: Row): AgencyRating =>
  ({
    __typename: 'AgencyRating',
    id: toGlobalId('AgencyRating', r.id),
    dbId: r.id,
    agencyId: r.agency_id,
    year: r.year,
    quantity: Number(r.quantity),
    quality: Number(r.quality),
    effect: Number(r.effect),
    satisfaction: Number(r.satisfaction),
    score: Number(r.score),
    rating: r.rating,
    published: r.published,
    checks: r.checks,
    checkDeduction: Number(r.check_deduction),
  }) as AgencyRating;

/** Agencies and their ratings: an agency sees itself (and its published ratings), the county's people all. */
export class AgencyReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT a.* FROM agency a WHERE a.id = ANY($1) AND ${agencyRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapAgency);
  }

  async all() {
    const rows = await this.q((p) => `SELECT a.* FROM agency a WHERE ${agencyRows(this.v, p)} ORDER BY a.id`);
    return rows.map(mapAgency);
  }

  async ratingsByIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ar.* FROM agency_rating ar JOIN agency a ON a.id = ar.agency_id
      WHERE ar.id = ANY($1) AND ${ratingRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapRating);
  }

  async ratingsOfAgencies(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ar.* FROM agency_rating ar JOIN agency a ON a.id = ar.agency_id
      WHERE ar.agency_id = ANY($1) AND ${ratingRows(this.v, p)} ORDER BY ar.year`,
      [ids],
    );
    return groupBy(ids, rows, 'agency_id', mapRating);
  }
}
