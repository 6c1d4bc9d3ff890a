import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { paginate, pagesPerParent, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ScopedReader, unitRows } from '../auth/index.js';
import { filterSql, type Filter } from '../filter/index.js';
import type { Unit } from './unit.types.js';

export const mapUnit = (r: Row): Unit =>
  ({
    __typename: 'Unit',
    id: toGlobalId('Unit', r.id),
    dbId: r.id,
    sectionId: r.supervising_section_id,
    code: r.code,
    name: r.name,
    classified: r.classified,
  }) as Unit;

/** The columns each Unit field needs (the id and the section's key are always read). */
export const UNIT_FIELD_COLUMNS: Record<string, string> = {
  code: 'u.code',
  name: 'u.name',
  classified: 'u.classified',
};
export const UNIT_KEY_COLUMNS = ['u.id', 'u.supervising_section_id'];

/** Units, read within the viewer's row scope (classified ones only for those who may see them). */
export class UnitReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q((p) => `SELECT u.* FROM unit u WHERE u.id = ANY($1) AND ${unitRows(this.v, p)}`, [ids]);
    return byId(ids, rows, mapUnit);
  }

  async ofSections(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT u.* FROM unit u WHERE u.supervising_section_id = ANY($1) AND ${unitRows(this.v, p)} ORDER BY u.id`,
      [ids],
    );
    return groupBy(ids, rows, 'supervising_section_id', mapUnit);
  }

  /**
   * A page of each section's units (by code, after the same cursor), in one statement: a LATERAL page per
   * section. `columns` are the SQL columns the query asks for (UNIT_FIELD_COLUMNS), besides the keys.
   */
  pagesOfSections(ids: readonly number[], columns: string[], first: number | undefined, after: string | undefined) {
    const p = this.params([ids]);
    const scope = unitRows(this.v, p);
    return pagesPerParent({
      db: this.db,
      parents: ids,
      select: columns.join(', '),
      from: (parent) => `FROM unit u WHERE u.supervising_section_id = ${parent} AND ${scope}`,
      params: p.values,
      idExpr: 'u.id',
      order: { expr: 'u.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapUnit,
    });
  }

  /** A page of the units connection, by code. */
  page(filter: Filter, first: number | undefined, after: string | undefined) {
    const p = this.params();
    const where = unitRows(this.v, p) + filterSql(filter, p, 'unit');
    return paginate({
      db: this.db,
      select: 'u.*',
      from: `FROM unit u WHERE ${where}`,
      params: p.values,
      idExpr: 'u.id',
      order: { expr: 'u.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapUnit,
    });
  }
}
