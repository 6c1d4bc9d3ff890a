import { FUND_FAMILIES, GRADE_LABELS, GRADES, type FundFamily, type Grade } from '@jixiao/schema/enums';
import type { DrillLevel } from '../router/routes';

// The cross-filter of the cockpit (issue 5): clicking a fund family, a section or a grade filters every
// other panel; the chips show it and clear it. It lives in the URL (?ff=…&section=…&grade=…), a section or
// unit by its code (?section=jkw: readable and shareable, issue 15); an older address's global id still works.
// Codes are unique within a county. ?county=… is an upper level's pick (the county picker); above one county
// with none picked, a section or unit clicked is named by its code qualified by its county's division code
// (?section=652823.sec-jkw): the figures are that county's section, the picker still shows every county, and
// clearing the chip returns to exactly the address before the click. An older address naming the county
// beside a plain code (?section=sec-jkw&county=652823) still opens, as that county picked.
//
// Grades come from evaluations, made the year after the budget year. The cockpit of year Y shows the
// evaluations made in Y (of the Y−1 budget). A grade chosen narrows the panels about those evaluations
// (grades, cuts); the budget-year panels stay on year Y, whose projects have no such grade yet, and say so
// (issue 15 §2: a filter never switches the year the page names).

export interface CrossFilter {
  fundFamily: FundFamily | null;
  /** The section's code (or, from an older address, its global id): see `idOrCode`. */
  section: string | null;
  /** Self-evaluation grade of the projects of the year evaluated. */
  grade: Grade | null;
}

export const NO_FILTER: CrossFilter = { fundFamily: null, section: null, grade: null };

export const FILTER_PARAMS = { fundFamily: 'ff', section: 'section', grade: 'grade' } as const;

/** A section or unit as an address may carry it: a code, or an older address's global id. */
const REF = /^[\p{L}\p{N}_.-]{1,80}$/u;

/** A section or unit reference from the address; anything else is no filter. */
export function parseRef(value: string | null | undefined): string | null {
  return value && REF.test(value) ? value : null;
}

/** A code qualified by its county: the county's division code, a dot, the code (652823.sec-jkw). */
const QUALIFIED = /^([0-9]{6,12})\.(.+)$/;

/**
 * A section or unit reference split into its county (when qualified: 652823.sec-jkw) and the code or older
 * global id itself.
 */
export function splitRef(value: string | null | undefined): { county: string | null; ref: string | null } {
  if (!value) return { county: null, ref: null };
  const m = QUALIFIED.exec(value);
  return m ? { county: m[1]!, ref: m[2]! } : { county: null, ref: value };
}

/** A section's or unit's code qualified by its county's division code (652823.sec-jkw). */
export function qualifiedRef(county: string, code: string): string {
  return `${county}.${code}`;
}

function isFundFamily(value: string | null): value is FundFamily {
  return value !== null && (FUND_FAMILIES as readonly string[]).includes(value);
}

export function isGrade(value: string | null | undefined): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}

/**
 * A grade from the address: the API's value (POOR) or, for addresses people write and share, its label in
 * either language (差, Poor).
 */
export function parseGrade(value: string | null | undefined): Grade | null {
  if (!value) return null;
  if (isGrade(value)) return value;
  const label = value.trim().toLowerCase();
  return GRADES.find((g) => GRADE_LABELS[g].zh === label || GRADE_LABELS[g].en.toLowerCase() === label) ?? null;
}

/** The filter in the address; unknown values are ignored rather than failing the view. */
export function parseCrossFilter(params: URLSearchParams): CrossFilter {
  const ff = params.get(FILTER_PARAMS.fundFamily);
  const grade = params.get(FILTER_PARAMS.grade);
  return {
    fundFamily: isFundFamily(ff) ? ff : null,
    section: parseRef(params.get(FILTER_PARAMS.section)),
    grade: parseGrade(grade),
  };
}

/** The URL parameters of a filter (null removes a parameter). */
export function crossFilterParams(filter: CrossFilter): Record<string, string | null> {
  return {
    [FILTER_PARAMS.fundFamily]: filter.fundFamily,
    [FILTER_PARAMS.section]: filter.section,
    [FILTER_PARAMS.grade]: filter.grade,
  };
}

export function hasFilter(filter: CrossFilter): boolean {
  return filter.fundFamily !== null || filter.section !== null || filter.grade !== null;
}

/** Clicking the chosen value again clears it; another value replaces it. */
export function toggle<K extends keyof CrossFilter>(filter: CrossFilter, key: K, value: CrossFilter[K]): CrossFilter {
  return { ...filter, [key]: filter[key] === value ? null : value };
}

/**
 * What the panels are limited to: the county picked (an upper level's, `?county=`), the cross-filter and the
 * drill level (a drilled section replaces the section filter).
 */
export interface Scope {
  /**
   * Division code of the county the figures are limited to: the county picked, or else the county a qualified
   * section or unit names (652823.sec-jkw); null: every county of the viewer's scope.
   */
  regionCode?: string | null;
  /**
   * The viewer sees several counties and none is picked (a `regionCode` then comes from a qualified section or
   * unit): a code from a row is qualified by its county in an address (see `qualify`).
   */
  spansCounties?: boolean;
  fundFamily: FundFamily | null;
  /** A section's code, without its county's qualifier (or an older address's global id). */
  section: string | null;
  /** A unit's code, without its county's qualifier (or an older address's global id). */
  unit: string | null;
  grade: Grade | null;
}

/**
 * The scope of a filter at a drill level for the county picked (`regionCode`); a qualified section or unit
 * (652823.sec-jkw) limits the figures to its county too. A county picked prevails over a qualifier.
 */
export function scopeOf(
  filter: CrossFilter,
  drill: DrillLevel,
  regionCode: string | null = null,
  spansCounties = false,
): Scope {
  const section = splitRef(drill.level === 'section' ? drill.section : drill.level === 'unit' ? null : filter.section);
  const unit = splitRef(drill.level === 'unit' ? drill.unit : null);
  return {
    regionCode: regionCode ?? section.county ?? unit.county,
    ...(spansCounties && !regionCode ? { spansCounties: true } : {}),
    fundFamily: filter.fundFamily,
    grade: filter.grade,
    section: section.ref,
    unit: unit.ref,
  };
}

/** The county picked (`?county=`), not one a qualified section or unit names; null when none is picked. */
export function pickedCounty(scope: Pick<Scope, 'regionCode' | 'spansCounties'>): string | null {
  return scope.spansCounties ? null : (scope.regionCode ?? null);
}

/**
 * A row's section or unit as the cockpit's address names it: its code, qualified by the row's county when the
 * viewer sees several counties and none is picked (codes are unique only within a county).
 */
export function qualify(
  scope: Pick<Scope, 'spansCounties'>,
  code: string,
  rowRegionCode: string | null | undefined,
): string {
  return scope.spansCounties && rowRegionCode ? qualifiedRef(rowRegionCode, code) : code;
}

/** The scope of the budget-year panels: a grade belongs to the evaluations of the year before, not to them. */
export function budgetScope(scope: Scope): Scope {
  return scope.grade ? { ...scope, grade: null } : scope;
}

/** A county code as the address may carry it (?county=652823); anything else is ignored. */
export function parseCounty(value: string | null): string | null {
  return value && /^[0-9]{6,12}$/.test(value) ? value : null;
}

/** Whether the scope narrows the viewer's own portfolio (then the server's summaries no longer apply). */
export function isNarrowed(scope: Scope): boolean {
  return scope.fundFamily !== null || scope.section !== null || scope.unit !== null || scope.grade !== null;
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
 * The analytics summaries' filter (targetSummary, flagSummary…) of a scope's county, fund family, section
 * and unit; null for the whole portfolio. The grade is not part of it: those summaries take no grade.
 */
export function analyticsFilter(
  scope: Scope,
): ({ regionCode?: string; fundFamily: FundFamily | null } & RefFilter) | null {
  if (!scope.regionCode && !scope.fundFamily && !scope.section && !scope.unit) return null;
  return {
    ...(scope.regionCode ? { regionCode: scope.regionCode } : {}),
    fundFamily: scope.fundFamily,
    ...refFilter(scope),
  };
}

export interface RefFilter {
  sectionId: string | null;
  sectionCode: string | null;
  unitId: string | null;
  unitCode: string | null;
}

/** The API filter's fields of a scope's section and unit: by code, or by id for an older address. */
export function refFilter(scope: Pick<Scope, 'section' | 'unit'>): RefFilter {
  const section = idOrCode('Section', scope.section);
  const unit = idOrCode('Unit', scope.unit);
  return { sectionId: section.id, sectionCode: section.code, unitId: unit.id, unitCode: unit.code };
}

/**
 * Whether an address's section or unit (code, code qualified by its county, or older global id) is this one;
 * a qualified code is a row's of that county only.
 */
export function sameRef(
  type: 'Section' | 'Unit',
  value: string | null | undefined,
  row: { id: string; code: string | null; regionCode?: string | null },
): boolean {
  const { county, ref: plain } = splitRef(value);
  if (!plain) return false;
  if (county !== null && row.regionCode !== county) return false;
  const ref = idOrCode(type, plain);
  return ref.id !== null ? ref.id === row.id : ref.code === row.code;
}

/**
 * The county a project list's address names along with a row's section or unit code: the county the scope is
 * limited to; or, when the viewer sees several counties and none is picked, the row's own (codes are unique
 * only within a county); else none.
 */
export function countyFor(
  scope: Pick<Scope, 'regionCode' | 'spansCounties'>,
  rowRegionCode: string | null | undefined,
): string | null {
  return scope.regionCode ?? (scope.spansCounties ? (rowRegionCode ?? null) : null);
}

/** Only the county of a scope, as a filter (null: every county). */
export function countyFilter(scope: Pick<Scope, 'regionCode'>): { regionCode: string } | null {
  return scope.regionCode ? { regionCode: scope.regionCode } : null;
}

/**
 * A section or unit as an address gives it: the API's global id (older, opaque addresses) or its code
 * (readable, shareable ones: ?unit=jyj). A value that decodes to a global id of `type` is an id.
 */
export function idOrCode(
  type: 'Section' | 'Unit',
  value: string | null | undefined,
): { id: string | null; code: string | null } {
  if (!value) return { id: null, code: null };
  try {
    const decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    if (new RegExp(`^${type}:\\d+$`).test(decoded)) return { id: value, code: null };
  } catch {
    // Not base64: a code.
  }
  return { id: null, code: value };
}
