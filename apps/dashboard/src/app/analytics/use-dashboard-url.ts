import { useCallback, useMemo } from 'react';
import { useQueryParams } from '../router/router';
import { crossFilterParams, parseCounty, parseCrossFilter, type CrossFilter } from './cross-filter';
import { useYears } from './years';

/** The year asked for when it is one of the server's years, else the default year. */
export function parseYear(value: string | null, years: readonly number[], defaultYear: number): number {
  const year = Number(value);
  return years.includes(year) ? year : defaultYear;
}

/**
 * The year of a view, in the address (?year=2023) so a view can be bookmarked and shared; without one,
 * the server's default year (or its work year, for the work bench).
 */
export function useYear(which: 'default' | 'work' = 'default'): [number, (year: number) => void] {
  const [params, update] = useQueryParams();
  const { years, defaultYear, workYear } = useYears();
  const fallback = which === 'work' ? workYear : defaultYear;
  const year = parseYear(params.get('year'), years, fallback);
  const setYear = useCallback((next: number) => update({ year: next === fallback ? null : next }), [update, fallback]);
  return [year, setYear];
}

/**
 * Year, county and cross-filter of a dashboard, read from and written to the address. The county
 * (?county=652823) is an upper level's pick, and only that; choosing another clears the section, which is a
 * county's own.
 */
export function useDashboardUrl() {
  const [params, update] = useQueryParams();
  const [year, setYear] = useYear();
  const filter = useMemo(() => parseCrossFilter(params), [params]);
  const county = parseCounty(params.get('county'));
  // A section of one county clicked above one county is qualified by it (652823.sec-jkw): the pick is untouched.
  const setFilter = useCallback((next: CrossFilter) => update(crossFilterParams(next)), [update]);
  const setCounty = useCallback((code: string | null) => update({ county: code, section: null }), [update]);
  return { year, setYear, filter, setFilter, county, setCounty, params };
}
