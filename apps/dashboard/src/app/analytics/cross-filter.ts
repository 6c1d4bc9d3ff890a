import { FUND_FAMILIES, GRADES, type FundFamily, type Grade } from '@jixiao/schema/enums';
import type { DrillLevel } from '../router/routes';

// The cross-filter of the cockpit (issue 5): clicking a fund family, a section or a grade filters every
// other panel; the chips show it and clear it. It lives in the URL (?ff=…&section=…&grade=…).
//
// Grades come from evaluations, made the year after the budget year. The cockpit of year Y shows the
// evaluations made in Y (of the Y−1 budget), so a grade picks projects of Y−1: with a grade chosen, the
// budget-year panels show those projects, in their own year (`populationYear`).

export interface CrossFilter {
  fundFamily: FundFamily | null;
  /** Global id of a section (as `sections { id }` gives it). */
  sectionId: string | null;
  /** Self-evaluation grade of the projects of the year evaluated. */
  grade: Grade | null;
}

export const NO_FILTER: CrossFilter = { fundFamily: null, sectionId: null, grade: null };

export const FILTER_PARAMS = { fundFamily: 'ff', sectionId: 'section', grade: 'grade' } as const;

function isFundFamily(value: string | null): value is FundFamily {
  return value !== null && (FUND_FAMILIES as readonly string[]).includes(value);
}

export function isGrade(value: string | null | undefined): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}

/** The filter in the address; unknown values are ignored rather than failing the view. */
export function parseCrossFilter(params: URLSearchParams): CrossFilter {
  const ff = params.get(FILTER_PARAMS.fundFamily);
  const grade = params.get(FILTER_PARAMS.grade);
  const section = params.get(FILTER_PARAMS.sectionId);
  return {
    fundFamily: isFundFamily(ff) ? ff : null,
    sectionId: section && /^[A-Za-z0-9_-]{1,80}$/.test(section) ? section : null,
    grade: isGrade(grade) ? grade : null,
  };
}

/** The URL parameters of a filter (null removes a parameter). */
export function crossFilterParams(filter: CrossFilter): Record<string, string | null> {
  return {
    [FILTER_PARAMS.fundFamily]: filter.fundFamily,
    [FILTER_PARAMS.sectionId]: filter.sectionId,
    [FILTER_PARAMS.grade]: filter.grade,
  };
}

export function hasFilter(filter: CrossFilter): boolean {
  return filter.fundFamily !== null || filter.sectionId !== null || filter.grade !== null;
}

/** Clicking the chosen value again clears it; another value replaces it. */
export function toggle<K extends keyof CrossFilter>(filter: CrossFilter, key: K, value: CrossFilter[K]): CrossFilter {
  return { ...filter, [key]: filter[key] === value ? null : value };
}

/** The budget year whose projects the budget-year panels show. */
export function populationYear(year: number, filter: CrossFilter): number {
  return filter.grade ? year - 1 : year;
}

/** What the panels are limited to: the cross-filter plus the drill level (a drilled section replaces the section filter). */
export interface Scope {
  fundFamily: FundFamily | null;
  sectionId: string | null;
  unitId: string | null;
  grade: Grade | null;
}

export function scopeOf(filter: CrossFilter, drill: DrillLevel): Scope {
  return {
    fundFamily: filter.fundFamily,
    grade: filter.grade,
    sectionId: drill.level === 'section' ? drill.sectionId : drill.level === 'unit' ? null : filter.sectionId,
    unitId: drill.level === 'unit' ? drill.unitId : null,
  };
}

/** Whether the scope narrows the viewer's own portfolio (then the server's summaries no longer apply). */
export function isNarrowed(scope: Scope): boolean {
  return scope.fundFamily !== null || scope.sectionId !== null || scope.unitId !== null || scope.grade !== null;
}

/**
 * The API's global id of a section or unit from the raw key an aggregate row carries
 * (base64url of "Type:key", the server's node id format).
 */
export function globalId(type: 'Section' | 'Unit', key: string): string {
  const bytes = new TextEncoder().encode(`${type}:${key}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The analytics summaries' filter (targetSummary, flagSummary…) of a scope's fund family, section and
 * unit; null for the whole portfolio. The grade is not part of it: those summaries take no grade.
 */
export function analyticsFilter(
  scope: Scope,
): { fundFamily: FundFamily | null; sectionId: string | null; unitId: string | null } | null {
  if (!scope.fundFamily && !scope.sectionId && !scope.unitId) return null;
  return { fundFamily: scope.fundFamily, sectionId: scope.sectionId, unitId: scope.unitId };
}
