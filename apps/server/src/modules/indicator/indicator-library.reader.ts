import type { Row } from '../../graphql/batch.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { administersPath, containsPattern, ScopedReader, templateRows, type Viewer } from '../auth/index.js';
import type { IndicatorGroupInfo, IndicatorTemplateInfo } from './indicator-library.types.js';

export interface TemplateFilter {
  groupCode?: string;
  level1?: string;
  search?: string;
  /** The library of that year (default: the current versions). */
  year?: number | null;
  /** Also the versions retired from the library (what old targets were built from). */
  includeRetired?: boolean | null;
}

/** The versions in the library of `year` (as SQL over the template alias `t`). */
export const inLibraryOf = (year: string) =>
  `(t.from_year <= ${year} AND (t.retired_from IS NULL OR t.retired_from > ${year}))`;

/** The columns of a template as the API shows it (template `t`, its group `g`, its region `tr` LEFT JOINed). */
export const TEMPLATE_COLUMNS =
  't.id AS tid, t.code, g.name AS group_name, t.level1, t.level2, t.name, t.comparator, t.unit_of_measure, t.reference_value, t.quantitative, t.from_year, t.retired_from, t.version, tr.name AS region_name, tr.path AS region_path';

/** One template row as the API shows it, to `v`. */
export const templateInfo = (v: Viewer, r: Row): IndicatorTemplateInfo => ({
  id: toGlobalId('IndicatorTemplate', r.tid),
  code: r.code,
  groupName: r.group_name,
  level1: r.level1,
  level2: r.level2,
  name: r.name,
  comparator: r.comparator,
  unitOfMeasure: r.unit_of_measure,
  referenceValue: r.reference_value,
  quantitative: r.quantitative,
  fromYear: r.from_year,
  retiredFrom: r.retired_from,
  version: r.version,
  regionName: r.region_name ?? null,
  administered: administersPath(v, r.region_path ?? null),
});

/**
 * The indicator library: reference data every signed-in user browses to build targets, each the library of its
 * region (its own templates and those of the regions above it; an administrator also those it administers).
 */
export class IndicatorLibraryReader extends ScopedReader {
  async groups(): Promise<IndicatorGroupInfo[]> {
    const rows = await this.q(
      (p) => `SELECT g.code, g.library, g.name, g.name_en, count(t.id)::int AS n FROM indicator_group g
         LEFT JOIN indicator_template t ON t.group_id = g.id AND t.retired_from IS NULL AND ${templateRows(this.v, p, 't.region_id')}
         GROUP BY g.id ORDER BY g.library, g.code`,
    );
    return rows.map((r) => ({
      code: r.code,
      library: r.library,
      name: r.name,
      nameEn: r.name_en,
      indicatorCount: r.n,
    }));
  }

  templates(filter: TemplateFilter, first: number | undefined, after: string | undefined) {
    const p = this.params();
    let where = templateRows(this.v, p, 't.region_id');
    if (filter.groupCode) where += ` AND g.code = ${p.push(filter.groupCode)}`;
    if (filter.level1) where += ` AND t.level1 = ${p.push(filter.level1)}`;
    // A year's library; with the retired ones, also every version retired from it by then (begun by that year).
    if (filter.year != null) {
      const year = p.push(filter.year);
      where += filter.includeRetired ? ` AND t.from_year <= ${year}` : ` AND ${inLibraryOf(year)}`;
    } else if (!filter.includeRetired) where += ' AND t.retired_from IS NULL';
    if (filter.search) where += ` AND t.name ILIKE ${p.push(containsPattern(filter.search))}`;
    return paginate({
      db: this.db,
      select: TEMPLATE_COLUMNS,
      from: `FROM indicator_template t JOIN indicator_group g ON g.id = t.group_id LEFT JOIN region tr ON tr.id = t.region_id
              WHERE ${where}`,
      params: p.values,
      idExpr: 't.id',
      order: { expr: 't.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: (r: Row) => templateInfo(this.v, r),
    });
  }
}
