import { useCallback, useMemo } from 'react';
import { useQueryParams } from '../router/router';
import { crossFilterParams, parseCrossFilter, type CrossFilter } from './cross-filter';

/** Budget years of the demo county; the views open on the year of the report. */
export const YEARS = [2022, 2023, 2024] as const;
export const DEFAULT_YEAR = 2023;

export function parseYear(value: string | null): number {
  const year = Number(value);
  return (YEARS as readonly number[]).includes(year) ? year : DEFAULT_YEAR;
}

/** The year of a view, in the address (?year=2023) so a view can be bookmarked and shared. */
export function useYear(): [number, (year: number) => void] {
  const [params, update] = useQueryParams();
  const year = parseYear(params.get('year'));
  const setYear = useCallback((next: number) => update({ year: next === DEFAULT_YEAR ? null : next }), [update]);
  return [year, setYear];
}

/** Year and cross-filter of a dashboard, read from and written to the address. */
export function useDashboardUrl() {
  const [params, update] = useQueryParams();
  const [year, setYear] = useYear();
  const filter = useMemo(() => parseCrossFilter(params), [params]);
  const setFilter = useCallback((next: CrossFilter) => update(crossFilterParams(next)), [update]);
  return { year, setYear, filter, setFilter, params };
}
