import { useCallback } from 'react';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { graphql } from '../../../generated';
import type {
  AggregateDimension,
  OverviewAgencyRatingsQuery,
  OverviewAggregateQuery,
  OverviewFlagsQuery,
  OverviewGradesInScopeQuery,
  OverviewGradesQuery,
  OverviewSectionsQuery,
  OverviewTargetsQuery,
} from '../../../generated/graphql';
import { aggregateFilter, byCheckpoint, dimensionsFor, gradeCounts, ofGrade } from '../aggregate';
import type { ServerDeadline } from '../calendar/calendar';
import type { KindDistribution } from '../charts/grade-distribution/transform';
import { atCheckpoints, checkpointVariables } from '../../../app/analytics/checkpoints';
import { useYears } from '../../../app/analytics/years';
import {
  analyticsFilter,
  budgetScope,
  countyFilter,
  isNarrowed,
  refFilter,
  type Scope,
} from '../../../app/analytics/cross-filter';
import { OVERVIEW_AGENCY_RATINGS } from '../graphql/agency-ratings.graphql';
import { OVERVIEW_AGGREGATE, OVERVIEW_GRADES_IN_SCOPE } from '../graphql/aggregate.graphql';
import { OVERVIEW_FLAGS } from '../graphql/flags.graphql';
import { OVERVIEW_GRADES } from '../graphql/grades.graphql';
import { OVERVIEW_TARGETS } from '../graphql/targets.graphql';

// One hook per panel's data. A KPI tile and a chart that need the same figures call the same hook with
// the same variables: Apollo sends one request and both read the cached answer.
//
// `year` is the cockpit's year, and the budget-year hooks stay on it: a grade chosen belongs to the
// evaluations of the year before and does not narrow them (issue 15 §2, `budgetScope`).

/** Execution at each checkpoint of the year shown and of the year before, within the scope. */
export function useCheckpointSeries(year: number, panelScope: Scope) {
  const scope = budgetScope(panelScope);
  const shown = year;
  const { checkpoints } = useYears();
  const select = useCallback(
    (d: OverviewAggregateQuery) => {
      const rows = ofGrade(d.projectAggregate, scope.grade);
      return {
        year: shown,
        current: byCheckpoint(rows, shown, checkpoints(shown)),
        previous: byCheckpoint(rows, shown - 1, checkpoints(shown - 1)),
      };
    },
    [shown, scope.grade, checkpoints],
  );
  // No year in the filter: one answer holds every year's checkpoints, the year before included.
  return useLoadableQuery(
    OVERVIEW_AGGREGATE,
    { groupBy: dimensionsFor(['CHECKPOINT'], scope), filter: aggregateFilter(scope, null) },
    select,
  );
}

/** Execution grouped by fund family, section or unit at each checkpoint of the year shown. */
export function useExecutionBy(dimension: AggregateDimension, year: number, panelScope: Scope) {
  const scope = budgetScope(panelScope);
  const shown = year;
  const { checkpoints } = useYears();
  const select = useCallback(
    (d: OverviewAggregateQuery) =>
      byCheckpoint(ofGrade(d.projectAggregate, scope.grade), shown, checkpoints(shown), dimension),
    [shown, scope.grade, checkpoints, dimension],
  );
  return useLoadableQuery(
    OVERVIEW_AGGREGATE,
    { groupBy: dimensionsFor(['CHECKPOINT', dimension], scope), filter: aggregateFilter(scope, shown) },
    select,
  );
}

export interface TargetFigures {
  projectCount: number;
  budget: string;
  /** Known for the whole portfolio only (targetSummary). */
  annualBudgetProjectCount: number | null;
  annualBudget: string | null;
}

const selectTargets = (d: OverviewTargetsQuery): TargetFigures => d.targetSummary;

/** Projects with targets and their budget: the API's summary, filtered by county, fund family, section or unit. */
export function useTargets(year: number, scope: Scope) {
  return useLoadableQuery(OVERVIEW_TARGETS, { year, filter: analyticsFilter(scope) }, selectTargets);
}

/**
 * Flags at each checkpoint: the API's flagSummary with the whole scope as its filter (fund family, section,
 * unit and grade), so the counts are the server's and the ledger is never fetched for them.
 */
export function useFlagSummaries(year: number, scope: Scope) {
  const shown = year;
  const filter = analyticsFilter(scope);
  const at = useYears().checkpoints(shown);
  const selectFlags = useCallback((d: OverviewFlagsQuery) => atCheckpoints(d, at), [at]);
  return useLoadableQuery(OVERVIEW_FLAGS, { year: shown, ...checkpointVariables(at), filter }, selectFlags, {
    skip: at.length === 0,
  });
}

const selectGrades = (d: OverviewGradesQuery): KindDistribution[] => [
  { kind: 'SELF', distribution: d.self },
  { kind: 'DEPARTMENT', distribution: d.department },
  { kind: 'KEY', distribution: d.key },
  { kind: 'UNIT_WIDE', distribution: d.unitWide },
];
const selectGradesInScope = (d: OverviewGradesInScopeQuery): KindDistribution[] => [
  { kind: 'SELF', distribution: gradeCounts(d.self) },
  { kind: 'DEPARTMENT', distribution: gradeCounts(d.department) },
  { kind: 'KEY', distribution: gradeCounts(d.key) },
];

/**
 * Grade distributions of every kind of evaluation of a budget year (evaluated the year after). The
 * grade chosen does not narrow them: the grade chart is where it is chosen. Narrowed by fund family,
 * section or unit, they count projects by grade (unit-wide evaluations are not projects).
 */
export function useGradeDistributions(evaluatedYear: number, scope: Scope) {
  const narrowed = isNarrowed({ ...scope, grade: null, regionCode: null });
  const all = useLoadableQuery(OVERVIEW_GRADES, { year: evaluatedYear, filter: countyFilter(scope) }, selectGrades, {
    skip: narrowed,
  });
  const inScope = useLoadableQuery(
    OVERVIEW_GRADES_IN_SCOPE,
    {
      year: evaluatedYear,
      regionCode: scope.regionCode,
      fundFamily: scope.fundFamily,
      ...refFilter(scope),
    },
    selectGradesInScope,
    { skip: !narrowed },
  );
  return narrowed ? inScope : all;
}

const selectAgencies = (d: OverviewAgencyRatingsQuery) => d;
export function useAgencyRatings(year: number) {
  return useLoadableQuery(OVERVIEW_AGENCY_RATINGS, { year }, selectAgencies);
}

export const OVERVIEW_SECTIONS = graphql(`
  query OverviewSections {
    sections {
      id
      code
      regionCode
      name
      kind
    }
  }
`);
const selectSections = (d: OverviewSectionsQuery) => d.sections;
/** The sections of the viewer's counties: names for the chips and breadcrumbs. */
export function useSections() {
  return useLoadableQuery(OVERVIEW_SECTIONS, {}, selectSections);
}

export const OVERVIEW_DEADLINES = graphql(`
  query OverviewDeadlines($year: Int!) {
    deadlines(year: $year) {
      dueOn
      kind
      titleZh
      titleEn
      daysLeft
      checkpointMonth
    }
  }
`);
const selectDeadlines = (d: { deadlines: ServerDeadline[] }) => d.deadlines;
/** The year's deadlines for the viewer's role, as the server lists them. */
export function useDeadlines(year: number) {
  return useLoadableQuery(OVERVIEW_DEADLINES, { year }, selectDeadlines);
}
