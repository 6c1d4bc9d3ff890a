import { useCallback, useState } from 'react';

/** Budget years with data in this first version; the overview opens on the year of the report. */
export const OVERVIEW_YEARS = [2022, 2023, 2024] as const;
export const DEFAULT_OVERVIEW_YEAR = 2023;

function yearFromUrl(): number {
  const value = Number(new URLSearchParams(window.location.search).get('year'));
  return (OVERVIEW_YEARS as readonly number[]).includes(value) ? value : DEFAULT_OVERVIEW_YEAR;
}

/** The chosen year, kept in the address (?year=2023) so a view can be bookmarked and shared. */
export function useOverviewYear(): [number, (year: number) => void] {
  const [year, setYearState] = useState(yearFromUrl);
  const setYear = useCallback((next: number) => {
    setYearState(next);
    const url = new URL(window.location.href);
    url.searchParams.set('year', String(next));
    window.history.replaceState(window.history.state, '', url);
  }, []);
  return [year, setYear];
}
