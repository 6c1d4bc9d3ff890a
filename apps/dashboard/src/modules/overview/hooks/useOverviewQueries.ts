import { useCallback, useMemo } from 'react';
import { useAllPages } from '../../../app/apollo/use-all-pages';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { mapLoadable } from '../../../app/loadable';
import { graphql } from '../../../generated';
import type {
  AggregateDimension,
  OverviewAgencyRatingsQuery,
  OverviewAggregateQuery,
  OverviewFlagRowsQuery,
  OverviewFlagsQuery,
  OverviewGradesInScopeQuery,
  OverviewGradesQuery,
  OverviewTargetsQuery,
} from '../../../generated/graphql';
import { aggregateFilter, byCheckpoint, dimensionsFor, gradeCounts, ofGrade, yearTotals } from '../aggregate';
import type { KindDistribution } from '../charts/grade-distribution/transform';
import { atCheckpoints, CHECKPOINT_VARIABLES, CHECKPOINTS } from '../../../app/analytics/checkpoints';
import { analyticsFilter, isNarrowed, populationYear, type Scope } from '../../../app/analytics/cross-filter';
import { flagsInScope, flagSummaries } from '../flags/flags-in-scope';
import { OVERVIEW_AGENCY_RATINGS } from '../graphql/agency-ratings.graphql';
import { OVERVIEW_AGGREGATE, OVERVIEW_GRADES_IN_SCOPE } from '../graphql/aggregate.graphql';
import { OVERVIEW_FLAG_ROWS, OVERVIEW_FLAGS } from '../graphql/flags.graphql';
import { OVERVIEW_GRADES } from '../graphql/grades.graphql';
import { OVERVIEW_TARGETS } from '../graphql/targets.graphql';

// One hook per panel's data. A KPI tile and a chart that need the same figures call the same hook with
// the same variables: Apollo sends one request and both read the cached answer.
//
// `year` is the cockpit's year; the hooks move to the year evaluated when a grade is chosen.

/** Execution at each checkpoint of the year shown and of the year before, within the scope. */
export function useCheckpointSeries(year: number, scope: Scope) {
  const shown = populationYear(year, scope);
  const select = useCallback(
    (d: OverviewAggregateQuery) => {
      const rows = ofGrade(d.projectAggregate, scope.grade);
      return { year: shown, current: byCheckpoint(rows, shown), previous: byCheckpoint(rows, shown - 1) };
    },
    [shown, scope.grade],
  );
  // No year in the filter: one answer holds every year's checkpoints, the year before included.
  return useLoadableQuery(
    OVERVIEW_AGGREGATE,
    { groupBy: dimensionsFor(['CHECKPOINT'], scope), filter: aggregateFilter(scope, null) },
    select,
  );
}

/** Execution grouped by fund family, section or unit at each checkpoint of the year shown. */
export function useExecutionBy(dimension: AggregateDimension, year: number, scope: Scope) {
  const shown = populationYear(year, scope);
  const select = useCallback(
    (d: OverviewAggregateQuery) => byCheckpoint(ofGrade(d.projectAggregate, scope.grade), shown, dimension),
    [shown, scope.grade, dimension],
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

/**
 * Projects with targets and their budget: the API's summary, filtered by fund family, section or unit;
 * the aggregate when a grade is chosen (targetSummary takes no grade).
 */
export function useTargets(year: number, scope: Scope) {
  const byGrade = scope.grade !== null;
  const shown = populationYear(year, scope);
  const summary = useLoadableQuery(OVERVIEW_TARGETS, { year, filter: analyticsFilter(scope) }, selectTargets, {
    skip: byGrade,
  });
  const selectNarrowed = useCallback(
    (d: OverviewAggregateQuery): TargetFigures => ({
      ...yearTotals(ofGrade(d.projectAggregate, scope.grade), shown),
      annualBudgetProjectCount: null,
      annualBudget: null,
    }),
    [scope.grade, shown],
  );
  const aggregate = useLoadableQuery(
    OVERVIEW_AGGREGATE,
    { groupBy: dimensionsFor(['YEAR'], scope), filter: aggregateFilter(scope, shown) },
    selectNarrowed,
    { skip: !byGrade },
  );
  return byGrade ? aggregate : summary;
}

const selectFlags = (d: OverviewFlagsQuery) => atCheckpoints(d);
const flagConnection = (d: OverviewFlagRowsQuery) => d.flags;

/**
 * Flags at each checkpoint: the API's summary, filtered by fund family, section or unit; counted from
 * the ledger when a grade is chosen (flagSummary takes no grade).
 */
export function useFlagSummaries(year: number, scope: Scope) {
  const byGrade = scope.grade !== null;
  const shown = populationYear(year, scope);
  const summary = useLoadableQuery(
    OVERVIEW_FLAGS,
    { year: shown, ...CHECKPOINT_VARIABLES, filter: analyticsFilter(scope) },
    selectFlags,
    { skip: byGrade },
  );
  const rows = useAllPages(
    OVERVIEW_FLAG_ROWS,
    { filter: { year: shown, sectionId: scope.sectionId, unitId: scope.unitId } },
    flagConnection,
    { skip: !byGrade },
  );
  const counted = useMemo(
    () => mapLoadable(rows.state, (pages) => flagSummaries(flagsInScope(pages.nodes, scope), shown, CHECKPOINTS)),
    [rows.state, scope, shown],
  );
  return byGrade ? { state: counted, retry: rows.retry } : summary;
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
  const narrowed = isNarrowed({ ...scope, grade: null });
  const all = useLoadableQuery(OVERVIEW_GRADES, { year: evaluatedYear }, selectGrades, { skip: narrowed });
  const inScope = useLoadableQuery(
    OVERVIEW_GRADES_IN_SCOPE,
    { year: evaluatedYear, fundFamily: scope.fundFamily, sectionId: scope.sectionId, unitId: scope.unitId },
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
      name
      kind
    }
  }
`);
const selectSections = (d: { sections: { id: string; name: string; kind: string }[] }) => d.sections;
/** The sections of the viewer's counties: names for the chips and breadcrumbs. */
export function useSections() {
  return useLoadableQuery(OVERVIEW_SECTIONS, {}, selectSections);
}

export const OVERVIEW_CHECKPOINT_DATES = graphql(`
  query OverviewCheckpointDates($year: Int!) {
    checkpoints(year: $year) {
      id
      month
      periodEnd
      reportDue
      scope
      status
    }
  }
`);
const selectCheckpointDates = (d: {
  checkpoints: { month: number; periodEnd: string; reportDue: string; scope: string }[];
}) => d.checkpoints;
export function useCheckpointDates(year: number) {
  return useLoadableQuery(OVERVIEW_CHECKPOINT_DATES, { year }, selectCheckpointDates);
}
