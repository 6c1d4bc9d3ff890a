import type { Filter } from './filter-sql.js';

// When a figure is read from its summary table (kept by triggers in the writing transaction) rather than from
// the raw rows: the viewer's scope and every condition of the filter must be at the summary's grain.

/**
 * Filter fields the summaries answer at their grain (the project's county, unit — so its section and
 * classification —, fund family and budget year; for reports the checkpoint). A search is not one of them.
 */
export const EXECUTION_SUMMARY_FILTERS = new Set([
  'year',
  'checkpointMonth',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
]);
export const EVALUATION_SUMMARY_FILTERS = new Set([
  'year',
  'regionId',
  'sectionId',
  'unitId',
  'classified',
  'fundFamily',
  'grade',
  'evaluationKind',
]);
/** Roles whose portfolio is whole counties (and a fund family): `projectPortfolio` reads only p.region_id, p.fund_family. */
export const REGION_SCOPED_ROLES = new Set(['LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'UPPER_LEVEL', 'FUND_SECTION']);
/** The filter fields of a project's grain: its county, unit (so its section and classification), fund family, year. */
const PROJECT_GRAIN = ['year', 'regionId', 'sectionId', 'unitId', 'classified', 'fundFamily'];
/** Filter fields target_summary answers (no condition on a target's status: it holds approved targets only). */
export const TARGET_SUMMARY_FILTERS = new Set(PROJECT_GRAIN);
export const REGION_SUMMARY_FILTERS = new Set(['year', 'checkpointMonth', 'fundFamily']);
/** Filter fields evaluation_region_summary answers (the evaluation's year, kind and grade; the project's fund family). */
export const EVALUATION_REGION_SUMMARY_FILTERS = new Set(['year', 'fundFamily', 'grade', 'evaluationKind']);
export const FLAG_SUMMARY_FILTERS = new Set(PROJECT_GRAIN);
/** Filter fields latest_summary and latest_grade_summary answer (projectAggregate without a checkpoint). */
export const LATEST_SUMMARY_FILTERS = new Set(PROJECT_GRAIN);

/** Fields `resolveFilter` sets to say how a search reads rows: with the search, never conditions of their own. */
const SEARCH_READING = new Set(['searchScope', 'searchBigrams']);

/** Whether every condition the filter sets is among `fields` (those a summary answers, say). */
export function atSummaryGrain(f: Filter, fields: Set<string>): boolean {
  return Object.entries(f).every(([k, x]) => x == null || SEARCH_READING.has(k) || fields.has(k));
}

/**
 * Whether a county rollup (no unit) answers: the viewer's portfolio is whole counties (and a fund family) and the
 * filter has no condition below a county — by default the execution, flag and target rollups' fields.
 */
export function atRegionGrain(v: { role: string }, f: Filter, fields: Set<string> = REGION_SUMMARY_FILTERS): boolean {
  return REGION_SCOPED_ROLES.has(v.role) && atSummaryGrain(f, fields);
}

/**
 * Whether a rollup without the fund family answers, given that the summary it rolls up does: no condition about
 * the fund family, from the filter or from the viewer's portfolio (a fund section's). execution_unit_summary
 * (execution_summary without it), flag_region_all_funds (flag_region_summary without it).
 */
export function acrossFundFamilies(v: { role: string }, f: Filter): boolean {
  return f.fundFamily == null && v.role !== 'FUND_SECTION';
}
