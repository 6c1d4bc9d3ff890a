import type { FlagMeasure } from '@jixiao/schema/enums';
import { countyFor, type Scope } from '../../app/analytics/cross-filter';
import { projectListPath } from '../projects';

// Every number of the cockpit leads to its rows (issue 15 §1): the address of the project list filtered
// by the panel's scope and the number's own condition, which the server counts by the same rules.

/** The project list of a scope in a budget year, narrowed further by `extra` (the list's parameters). */
export function scopeListPath(
  year: number,
  scope: Scope,
  extra: Record<string, string | number | boolean | null | undefined> = {},
): string {
  return projectListPath({
    year,
    // An upper level's county goes along: the list counts that county's rows, as the number clicked did.
    county: scope.regionCode,
    ff: scope.fundFamily,
    section: scope.section,
    unit: scope.unit,
    grade: scope.grade,
    ...extra,
  });
}

/**
 * The project list of a ranking row's unit, by its code; when the viewer sees several counties and none is
 * picked, the row's county goes along (a unit code is unique only within a county).
 */
export function unitListPath(
  year: number,
  scope: Scope,
  row: { unitCode: string; regionCode: string },
  extra: Record<string, string | number | boolean | null | undefined> = {},
): string {
  return scopeListPath(year, scope, { unit: row.unitCode, county: countyFor(scope, row.regionCode), ...extra });
}

/** The projects behind a flag figure at a checkpoint (flagSummary's measures). */
export function flagListPath(year: number, scope: Scope, measure: FlagMeasure, month: number): string {
  return scopeListPath(year, scope, { measure, fm: month });
}
