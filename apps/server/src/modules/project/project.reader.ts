import { byId, groupBy, type Row } from '../../graphql/batch.js';
import { paginate, pagesPerParent, pageSize, type OrderTerm } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { classifiedHiddenProjects, projectRows, ScopedReader } from '../auth/index.js';
import { filterSql, type Filter, atSummaryGrain, LATEST_SUMMARY_FILTERS } from '../filter/index.js';
import type { ProjectOrder } from './project.inputs.js';
import type { ClassifiedTotals, Project } from './project.types.js';

export const PROJECT_COLUMNS = `p.id, p.code, p.name, p.year, p.budget::text AS budget, p.fund_family, p.kind, p.is_key,
  p.in_annual_budget, p.budgeted_on::text AS budgeted_on, p.purchase_of_services, p.target_status, p.unit_id, p.version,
  p.targets_published_on::text AS targets_published_on, p.carried_over_from_id, p.budget_before_cuts::text AS budget_before_cuts,
  (SELECT n.id FROM project n WHERE n.carried_over_from_id = p.id) AS carried_over_to_id`;
/** The columns each Project field needs (the id, its unit and version are always read). */
export const PROJECT_FIELD_COLUMNS: Record<string, string> = {
  code: 'p.code',
  name: 'p.name',
  year: 'p.year',
  budget: 'p.budget::text AS budget',
  fundFamily: 'p.fund_family',
  kind: 'p.kind',
  isKey: 'p.is_key',
  inAnnualBudget: 'p.in_annual_budget',
  budgetedOn: 'p.budgeted_on::text AS budgeted_on',
  purchaseOfServices: 'p.purchase_of_services',
  targetStatus: 'p.target_status',
  targetsPublishedOn: 'p.targets_published_on::text AS targets_published_on',
  carriedOverFrom: 'p.carried_over_from_id',
  carriedOverTo: '(SELECT n.id FROM project n WHERE n.carried_over_from_id = p.id) AS carried_over_to_id',
  budgetBeforeCuts: 'p.budget_before_cuts::text AS budget_before_cuts',
};
export const PROJECT_KEY_COLUMNS = ['p.id', 'p.unit_id', 'p.version'];

const PROJECT_FROM = `FROM project p JOIN unit u ON u.id = p.unit_id`;

export const mapProject = (r: Row): Project =>
  ({
    __typename: 'Project',
    id: toGlobalId('Project', r.id),
    dbId: r.id,
    unitId: r.unit_id,
    code: r.code,
    name: r.name,
    year: r.year,
    budget: r.budget,
    fundFamily: r.fund_family,
    kind: r.kind,
    isKey: r.is_key,
    inAnnualBudget: r.in_annual_budget,
    budgetedOn: r.budgeted_on,
    purchaseOfServices: r.purchase_of_services,
    targetStatus: r.target_status,
    version: r.version,
    targetsPublishedOn: r.targets_published_on,
    carriedOverFromId: r.carried_over_from_id ?? null,
    carriedOverToId: r.carried_over_to_id ?? null,
    budgetBeforeCuts: r.budget_before_cuts ?? null,
  }) as Project;

const PROJECT_ORDER: Record<ProjectOrder['field'], Omit<OrderTerm, 'direction'>> = {
  CODE: { expr: 'p.code', type: 'text' },
  NAME: { expr: 'p.name', type: 'text' },
  BUDGET: { expr: 'p.budget', type: 'numeric' },
  YEAR: { expr: 'p.year', type: 'int' },
};

/** Projects, read within the viewer's row scope. */
export class ProjectReader extends ScopedReader {
  async byIds(ids: readonly number[]) {
    const rows = await this.q(
      (p) => `SELECT ${PROJECT_COLUMNS} ${PROJECT_FROM} WHERE p.id = ANY($1) AND ${projectRows(this.v, p)}`,
      [ids],
    );
    return byId(ids, rows, mapProject);
  }

  /** Projects of units, for one year (or all years): keyed by unit id, the year shared by the batch. */
  async ofUnits(ids: readonly number[], year: number | null) {
    const rows = await this.q(
      (p) => `SELECT ${PROJECT_COLUMNS} ${PROJECT_FROM} WHERE p.unit_id = ANY($1) AND ($2::int IS NULL OR p.year = $2)
               AND ${projectRows(this.v, p)} ORDER BY p.year DESC, p.code`,
      [ids, year],
    );
    return groupBy(ids, rows, 'unit_id', mapProject);
  }

  /**
   * A page of each unit's projects of a year (or of all years; by year, newest first, then code), after the
   * same cursor, in one statement: a LATERAL page per unit. `columns` are the SQL columns asked for
   * (PROJECT_FIELD_COLUMNS and the keys); `extra` joins more to each project of the page (`x`: the latest report).
   */
  pagesOfUnits(
    ids: readonly number[],
    year: number | null,
    columns: string[],
    first: number | undefined,
    after: string | undefined,
    extra?: { join: string; select: string },
  ) {
    const p = this.params([ids]);
    const scope = projectRows(this.v, p);
    const yearSql = year === null ? '' : ` AND p.year = ${p.push(year)}::int`;
    return pagesPerParent({
      db: this.db,
      parents: ids,
      select: columns.join(', '),
      // The unit is the parent's row (its scope conditions read once per unit), so each unit's page is its
      // projects in the order of the (unit_id, code, year) index, read only up to the page's end.
      parentJoin: 'JOIN unit u ON u.id = k.parent_id',
      from: (parent) => `FROM project p WHERE p.unit_id = ${parent}${yearSql} AND ${scope}`,
      outer: extra,
      params: p.values,
      idExpr: 'p.id',
      // One key for both: the year (newest first) and the code, as text that sorts so.
      order:
        year === null
          ? { expr: `(9999 - p.year)::text || ' ' || p.code`, type: 'text', direction: 'ASC' }
          : { expr: 'p.code', type: 'text', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: (r) => r,
    });
  }

  /** A page of the projects connection, with the classified projects its totals count beyond its rows. */
  async page(
    filter: Filter,
    order: ProjectOrder | null,
    first: number | undefined,
    after: string | undefined,
    rows = true,
  ) {
    const p = this.params();
    const where = projectRows(this.v, p) + filterSql(filter, p, 'project');
    const page = await paginate({
      db: this.db,
      select: PROJECT_COLUMNS,
      from: `${PROJECT_FROM} WHERE ${where}`,
      params: p.values,
      idExpr: 'p.id',
      order: { ...PROJECT_ORDER[order?.field ?? 'CODE'], direction: order?.direction ?? 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: mapProject,
      rows,
    });
    // The count, when the scope and the filter are at its grain (not an agency's portfolio), from latest_summary:
    // one row per county, unit, fund family and year with its projects counted (every project has its row in
    // project_latest; kept by triggers), `p` the summary row. A province's 900,000 projects were counted one by
    // one (206 ms at 1M projects).
    if (this.v.role !== 'AGENCY' && atSummaryGrain(filter, LATEST_SUMMARY_FILTERS)) {
      const q = this.params();
      const scope = projectRows(this.v, q) + filterSql(filter, q, 'project');
      const count = async () => {
        const [row] = await this.db.query(
          `SELECT COALESCE(sum(p.project_count), 0)::int AS n
             FROM latest_summary p JOIN unit u ON u.id = p.unit_id WHERE ${scope}`,
          q.values,
        );
        return row.n as number;
      };
      return { ...page, count, classified: () => this.classifiedTotals(filter) };
    }
    return { ...page, classified: () => this.classifiedTotals(filter) };
  }

  /**
   * The projects matching `filter` in the viewer's portfolio that it may not list because their units are
   * classified, all together. A hidden project never matches a search: the viewer cannot find it by name.
   */
  async classifiedTotals(filter: Filter): Promise<ClassifiedTotals> {
    if (filter.search) return { count: 0, budget: '0' };
    const p = this.params();
    const where = classifiedHiddenProjects(this.v, p) + filterSql(filter, p, 'project');
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n, COALESCE(sum(p.budget), 0)::text AS budget ${PROJECT_FROM} WHERE ${where}`,
      p.values,
    );
    return { count: row.n, budget: row.budget };
  }
}
