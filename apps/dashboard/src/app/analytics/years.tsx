import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';
import type { AppYearsQuery } from '../../generated/graphql';
import type { Checkpoint } from './checkpoints';

// The years a view offers, the one it opens on, the year of work and each year's checkpoints: all the
// server's (`years`), loaded once per session. Nothing here is a constant of the dashboard.

export const APP_YEARS = graphql(`
  query AppYears {
    years {
      today
      currentYear
      defaultYear
      workYear
      years {
        year
        checkpointShares {
          month
          elapsedNumerator
          elapsedDenominator
        }
      }
    }
  }
`);

export interface Years {
  /** Years with data, ascending (the year of today when the viewer has none, e.g. an administrator). */
  years: readonly number[];
  /** The year a view opens on: the latest with every checkpoint closed, else the latest with data. */
  defaultYear: number;
  /** The year where work is open (the work bench and its to-dos). */
  workYear: number;
  /** The county's today, YYYY-MM-DD. */
  today: string;
  /** The project checkpoints of a year, by month, with the share of the year elapsed by its rule. */
  checkpoints: (year: number) => readonly Checkpoint[];
}

/** The years as the server gave them; a viewer without data gets the year of today, with no checkpoints. */
export function yearsOf(data: AppYearsQuery['years']): Years {
  const byYear = new Map(
    data.years.map((y) => [
      y.year,
      y.checkpointShares.map((c) => ({
        month: c.month,
        elapsed: { numerator: c.elapsedNumerator, denominator: c.elapsedDenominator },
      })),
    ]),
  );
  const years = data.years.length > 0 ? data.years.map((y) => y.year) : [data.currentYear];
  const latest = years.at(-1)!;
  return {
    years,
    defaultYear: data.defaultYear ?? latest,
    workYear: data.workYear ?? latest,
    today: data.today,
    checkpoints: (year) => byYear.get(year) ?? NONE,
  };
}

const NONE: readonly Checkpoint[] = [];
const YearsContext = createContext<Years | null>(null);

/**
 * Loads the years once and renders its children when they are known. Signed-in views only (the query
 * needs a session whose password is changed); a failure does not hold a view back: it opens on the year
 * of today, and each view's own queries report their errors.
 */
export function YearsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const { data, error } = useQuery(APP_YEARS);
  const value = useMemo(() => {
    if (data) return yearsOf(data.years);
    if (!error) return null;
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    return { years: [year], defaultYear: year, workYear: year, today, checkpoints: () => [] } satisfies Years;
  }, [data, error]);
  if (!value) return <>{fallback}</>;
  return <YearsContext.Provider value={value}>{children}</YearsContext.Provider>;
}

export function useYears(): Years {
  const years = useContext(YearsContext);
  if (!years) throw new Error('useYears outside YearsProvider');
  return years;
}
