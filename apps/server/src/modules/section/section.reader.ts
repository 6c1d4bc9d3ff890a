import { byId, type Row } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { regionRows, ScopedReader } from '../auth/index.js';
import type { Section } from './section.types.js';

const mapSection = (r: Row): Section =>
  ({
    __typename: 'Section',
    id: toGlobalId('Section', r.id),
    dbId: r.id,
    regionId: r.region_id,
    code: r.code,
    regionCode: r.region_code,
    name: r.name,
    kind: r.kind,
    ownedFundFamily: r.owned_fund_family,
  }) as Section;

/** Sections: the organisation of the viewer's counties, visible to all of their people. */
export class SectionReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT s.*, r.code AS region_code FROM section s JOIN region r ON r.id = s.region_id
          WHERE s.id = ANY($1) AND ${regionRows(this.v, p, 's.region_id')}`,
      [ids],
    );
    return byId(ids, rows, mapSection);
  }

  async all() {
    const rows = await this.q(
      (p) => `SELECT s.*, r.code AS region_code FROM section s JOIN region r ON r.id = s.region_id
          WHERE ${regionRows(this.v, p, 's.region_id')} ORDER BY s.id`,
    );
    return rows.map(mapSection);
  }
}
