import type { EvaluationKind, FlagLevel, FlagMeasure, FlagStatus, FundFamily, Grade } from '@jixiao/schema/enums';
import { containsPattern, type SqlParams } from '../auth/index.js';

/** A filter with database ids, checked against the viewer's scope (see `resolveFilter`). */
export interface Filter {
  year?: number | null;
  checkpointMonth?: number | null;
  /** The county (region id) whose units' rows to keep, from the input's `regionCode`. */
  regionId?: number | null;
  fundFamily?: FundFamily | null;
  sectionId?: number | null;
  unitId?: number | null;
  agencyId?: number | null;
  isKey?: boolean | null;
  classified?: boolean | null;
  projectKind?: string | null;
  targetStatus?: string | null;
  targetsPublished?: boolean | null;
  adjustmentPending?: boolean | null;
  exAnteStatus?: string | null;
  grade?: Grade | null;
  evaluationKind?: EvaluationKind | null;
  evaluationStatus?: string | null;
  published?: boolean | null;
  fundReviewed?: boolean | null;
  confirmed?: boolean | null;
  flagLevel?: FlagLevel | null;
  flagStatus?: FlagStatus | null;
  overdue?: boolean | null;
  flagMeasure?: FlagMeasure | null;
  flagMonth?: number | null;
  reportStatus?: string | null;
  search?: string | null;
  /**
   * Set by `resolveFilter` for a viewer who may not see every row it counts: a search matches only rows the
   * viewer may see, so no name narrows a total to a classified unit's figures (issue 14 §3).
   */
  searchScope?: { project: (p: SqlParams) => string; unit: (p: SqlParams) => string } | null;
  /** Set by `resolveFilter` when the search's projects are found through the bigram index (`search-bigrams.ts`). */
  searchBigrams?: boolean;
  /**
   * Dates (YYYY-MM-DD, both included) of a period, set by the server, never by a GraphQL argument: the flags
   * raised (`raisedBetween`) or closed (`closedBetween`) in it, the evaluations finished (`evaluatedBetween`)
   * in it. The quarterly report upward counts a quarter so (issue 13 §3).
   */
  raisedBetween?: Period | null;
  closedBetween?: Period | null;
  evaluatedBetween?: Period | null;
}

/** A period of business dates (Asia/Shanghai), both ends included. */
export interface Period {
  from: string;
  to: string;
}

/**
 * The rows a query filters, and so the aliases its SQL must use: always `u` (the unit); `p` (the project)
 * unless the rows are units; and the row itself: `f` a flag, `r` a report with its checkpoint `c`, `e` an
 * evaluation (its project `p` LEFT JOINed: null for a unit-wide evaluation). Agencies (`a`) take only the
 * agency and the search.
 */
export type FilterSubject = 'project' | 'flag' | 'report' | 'evaluation' | 'unit' | 'agency';

/**
 * The one function that turns a filter into SQL: ` AND …` conditions over the aliases of `subject`, to be
 * appended to the viewer's scope. A condition about a project is ignored for rows without one (units,
 * unit-wide evaluations); a condition about a flag, report or evaluation applies to that row when the rows
 * are of its kind, and otherwise asks whether the project has such a row.
 */
export function filterSql(f: Filter, p: SqlParams, subject: FilterSubject): string {
  if (subject === 'agency') return agencyFilterSql(f, p);
  const is = (s: FilterSubject) => subject === s;
  // Conditions are built lazily: one that does not apply pushes no parameter.
  const row: (() => string)[] = [];
  const project: (() => string)[] = [];

  if (f.year != null) {
    if (is('evaluation')) row.push(() => `e.year = ${p.push(f.year)}`);
    else project.push(() => `p.year = ${p.push(f.year)}`);
  }
  if (f.checkpointMonth != null) {
    if (is('report')) row.push(() => `c.month = ${p.push(f.checkpointMonth)}`);
    else
      project.push(
        () => `EXISTS (SELECT 1 FROM monitoring_report fr JOIN monitoring_checkpoint fc ON fc.id = fr.checkpoint_id
        WHERE fr.project_id = p.id AND fr.status <> 'DRAFT' AND fc.scope = 'PROJECT' AND fc.month = ${p.push(f.checkpointMonth)})`,
      );
  }
  if (f.regionId != null) row.push(() => `u.region_id = ${p.push(f.regionId)}`);
  if (f.sectionId != null) row.push(() => `u.supervising_section_id = ${p.push(f.sectionId)}`);
  if (f.unitId != null) row.push(() => `u.id = ${p.push(f.unitId)}`);
  if (f.classified != null) row.push(() => (f.classified ? 'u.classified' : 'NOT u.classified'));
  if (f.fundFamily != null) project.push(() => `p.fund_family = ${p.push(f.fundFamily)}`);
  if (f.isKey != null) project.push(() => `p.is_key = ${p.push(f.isKey)}`);
  if (f.projectKind != null) project.push(() => `p.kind = ${p.push(f.projectKind)}`);
  if (f.targetStatus != null) project.push(() => `p.target_status = ${p.push(f.targetStatus)}`);
  if (f.targetsPublished != null)
    project.push(() => `p.targets_published_on IS ${f.targetsPublished ? 'NOT NULL' : 'NULL'}`);
  if (f.adjustmentPending != null)
    project.push(
      () =>
        `${f.adjustmentPending ? '' : 'NOT '}EXISTS (SELECT 1 FROM target_adjustment ta WHERE ta.project_id = p.id AND ta.status = 'PENDING')`,
    );
  if (f.exAnteStatus != null)
    project.push(
      () =>
        `EXISTS (SELECT 1 FROM ex_ante_assessment xa WHERE xa.project_id = p.id AND xa.status = ${p.push(f.exAnteStatus)})`,
    );

  if (is('evaluation')) {
    if (f.agencyId != null) row.push(() => `e.agency_id = ${p.push(f.agencyId)}`);
    if (f.grade != null) row.push(() => `e.grade = ${p.push(f.grade)}`);
    if (f.evaluationKind != null) row.push(() => `e.kind = ${p.push(f.evaluationKind)}`);
    if (f.evaluationStatus != null) row.push(() => `e.status = ${p.push(f.evaluationStatus)}`);
    if (f.published != null) row.push(() => `e.published_on IS ${f.published ? 'NOT NULL' : 'NULL'}`);
    if (f.fundReviewed != null) row.push(() => `e.fund_reviewed_on IS ${f.fundReviewed ? 'NOT NULL' : 'NULL'}`);
    if (f.confirmed != null) row.push(() => `e.confirmed_on IS ${f.confirmed ? 'NOT NULL' : 'NULL'}`);
    const ev = f.evaluatedBetween;
    if (ev) row.push(() => `e.evaluated_on BETWEEN ${p.push(ev.from)}::date AND ${p.push(ev.to)}::date`);
  } else {
    if (f.agencyId != null)
      project.push(
        () =>
          `EXISTS (SELECT 1 FROM evaluation ea WHERE ea.project_id = p.id AND ea.agency_id = ${p.push(f.agencyId)})`,
      );
    if (f.grade != null)
      project.push(
        () => `EXISTS (SELECT 1 FROM evaluation eg WHERE eg.project_id = p.id AND eg.status = 'FINAL'
        AND eg.kind = ${p.push(f.evaluationKind ?? 'SELF')} AND eg.grade = ${p.push(f.grade)})`,
      );
  }

  if (is('flag')) {
    if (f.flagLevel != null) row.push(() => `f.level = ${p.push(f.flagLevel)}`);
    if (f.flagStatus != null) row.push(() => `f.status = ${p.push(f.flagStatus)}`);
    if (f.overdue) row.push(() => `f.status = 'OPEN' AND f.deadline < current_date`);
    const raised = f.raisedBetween;
    if (raised)
      row.push(
        () => `EXISTS (SELECT 1 FROM flag_event fr WHERE fr.flag_id = f.id AND fr.kind = 'RAISED'
          AND fr.occurred_on BETWEEN ${p.push(raised.from)}::date AND ${p.push(raised.to)}::date)`,
      );
    const closed = f.closedBetween;
    if (closed) row.push(() => `f.closed_on BETWEEN ${p.push(closed.from)}::date AND ${p.push(closed.to)}::date`);
  } else {
    if (f.flagLevel != null)
      project.push(
        () =>
          `EXISTS (SELECT 1 FROM flag fl WHERE fl.project_id = p.id AND fl.status = 'OPEN' AND fl.level = ${p.push(f.flagLevel)})`,
      );
    if (f.flagStatus != null)
      project.push(
        () => `EXISTS (SELECT 1 FROM flag fs WHERE fs.project_id = p.id AND fs.status = ${p.push(f.flagStatus)})`,
      );
    if (f.overdue)
      project.push(
        () =>
          `EXISTS (SELECT 1 FROM flag fo WHERE fo.project_id = p.id AND fo.status = 'OPEN' AND fo.deadline < current_date)`,
      );
  }
  if (f.flagMeasure != null && f.flagMonth != null) {
    const measure = f.flagMeasure;
    const month = f.flagMonth;
    if (is('flag')) row.push(() => flagMeasureSql('f', measure, p.push(month)));
    else
      project.push(
        () =>
          `EXISTS (SELECT 1 FROM flag fm WHERE fm.project_id = p.id AND ${flagMeasureSql('fm', measure, p.push(month))})`,
      );
  }
  if (is('report') && f.reportStatus != null) row.push(() => `r.status = ${p.push(f.reportStatus)}`);

  if (f.search) {
    const like = () => p.push(containsPattern(f.search!));
    // The projects whose name or code holds the term: by the bigram index, the matches found first by id (the
    // planner then reads just those, whatever the order asked), or else row by row.
    const projectMatch = (x: string) =>
      f.searchBigrams
        ? `p.id = ANY(ARRAY(SELECT s.id FROM project s
            WHERE search_bigrams(s.name, s.code) @> search_bigrams(${p.push(f.search!)}, '')
              AND (s.name ILIKE ${x} OR s.code ILIKE ${x})))`
        : `(p.name ILIKE ${x} OR p.code ILIKE ${x})`;
    // Within the rows the viewer may see, when it may not see all it counts (see `searchScope`).
    const visible = (kind: 'project' | 'unit') => (f.searchScope ? ` AND ${f.searchScope[kind](p)}` : '');
    if (is('unit')) row.push(() => `u.name ILIKE ${like()}${visible('unit')}`);
    else if (is('evaluation'))
      row.push(() => {
        const x = like();
        return `((${projectMatch(x)}${visible('project')})
          OR (e.project_id IS NULL AND u.name ILIKE ${x}${visible('unit')}))`;
      });
    else
      project.push(() => {
        const x = like();
        const scope = visible('project');
        return scope ? `(${projectMatch(x)}${scope})` : projectMatch(x);
      });
  }

  const conditions = row.map((c) => c());
  if (project.length > 0 && !is('unit')) {
    const all = project.map((c) => c()).join(' AND ');
    // A unit-wide evaluation has no project: conditions about one do not apply to it.
    conditions.push(is('evaluation') ? `(e.project_id IS NULL OR (${all}))` : all);
  }
  return conditions.map((c) => ` AND ${c}`).join('');
}

function agencyFilterSql(f: Filter, p: SqlParams): string {
  const c: string[] = [];
  if (f.regionId != null) c.push(`a.region_id = ${p.push(f.regionId)}`);
  if (f.agencyId != null) c.push(`a.id = ${p.push(f.agencyId)}`);
  if (f.search) c.push(`a.name ILIKE ${p.push(containsPattern(f.search))}`);
  return c.map((x) => ` AND ${x}`).join('');
}

/**
 * Whether flag `x` (of project `p`'s budget year) counts for `measure` at the checkpoint of `month`, by the
 * rules of flagSummary: open as of the checkpoint's end (red once escalated by then), raised there, turned
 * red there, or closed since the checkpoint before.
 */
function flagMeasureSql(x: string, measure: FlagMeasure, month: string): string {
  const cp = `(SELECT xc.id, xc.period_end,
       COALESCE((SELECT max(c2.period_end) FROM monitoring_checkpoint c2 WHERE c2.region_id = xc.region_id
                  AND c2.year = xc.year AND c2.scope = 'PROJECT' AND c2.period_end < xc.period_end),
                make_date(xc.year, 1, 1) - 1) AS prev_end
     FROM monitoring_checkpoint xc
    WHERE xc.region_id = p.region_id AND xc.year = p.year AND xc.scope = 'PROJECT' AND xc.month = ${month})`;
  const open = `(${x}.closed_on IS NULL OR ${x}.closed_on > cpm.period_end)`;
  const redAsOf = `(${x}.level = 'RED' AND (xe.period_end IS NULL OR xe.period_end <= cpm.period_end))`;
  const condition = {
    OPEN: open,
    OPEN_YELLOW: `${open} AND NOT ${redAsOf}`,
    OPEN_RED: `${open} AND ${redAsOf}`,
    NEW_YELLOW: `${x}.raised_checkpoint_id = cpm.id AND (${x}.level = 'YELLOW' OR ${x}.escalated_checkpoint_id IS NOT NULL)`,
    ESCALATED: `(${x}.escalated_checkpoint_id = cpm.id
      OR (${x}.raised_checkpoint_id = cpm.id AND ${x}.level = 'RED' AND ${x}.escalated_checkpoint_id IS NULL))`,
    CLOSED: `${x}.closed_on > cpm.prev_end AND ${x}.closed_on <= cpm.period_end`,
  }[measure];
  return `EXISTS (SELECT 1 FROM ${cp} cpm
    JOIN monitoring_checkpoint xr ON xr.id = ${x}.raised_checkpoint_id
    LEFT JOIN monitoring_checkpoint xe ON xe.id = ${x}.escalated_checkpoint_id
   WHERE xr.year = p.year AND xr.period_end <= cpm.period_end AND ${condition})`;
}
