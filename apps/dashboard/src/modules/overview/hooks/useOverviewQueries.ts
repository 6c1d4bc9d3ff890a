import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import type {
  OverviewAgencyRatingsQuery, OverviewCheckpointsQuery, OverviewFlagsQuery, OverviewFundFamiliesQuery,
  OverviewGradesQuery, OverviewTargetsQuery,
} from '../../../generated/graphql';
import { atCheckpoints, CHECKPOINT_VARIABLES } from '../checkpoints';
import type { KindDistribution } from '../charts/grade-distribution/transform';
import { OVERVIEW_AGENCY_RATINGS } from '../graphql/agency-ratings.graphql';
import { OVERVIEW_CHECKPOINTS, OVERVIEW_FUND_FAMILIES } from '../graphql/execution.graphql';
import { OVERVIEW_FLAGS } from '../graphql/flags.graphql';
import { OVERVIEW_GRADES } from '../graphql/grades.graphql';
import { OVERVIEW_TARGETS } from '../graphql/targets.graphql';

// One hook per query. A KPI tile and a chart that need the same figures call the same hook: Apollo
// sends one request and both read the cached answer.

const selectTargets = (d: OverviewTargetsQuery) => d.targetSummary;
export function useOverviewTargets(year: number) {
  return useLoadableQuery(OVERVIEW_TARGETS, { year }, selectTargets);
}

const selectCheckpoints = (d: OverviewCheckpointsQuery) => atCheckpoints(d);
/** The TOTAL execution row at each checkpoint of the year. */
export function useCheckpointTotals(year: number) {
  return useLoadableQuery(OVERVIEW_CHECKPOINTS, { year, ...CHECKPOINT_VARIABLES }, selectCheckpoints);
}

const selectFundFamilies = (d: OverviewFundFamiliesQuery) => atCheckpoints(d);
/** Execution by fund family at each checkpoint of the year. */
export function useFundFamilyExecution(year: number) {
  return useLoadableQuery(OVERVIEW_FUND_FAMILIES, { year, ...CHECKPOINT_VARIABLES }, selectFundFamilies);
}

const selectFlags = (d: OverviewFlagsQuery) => atCheckpoints(d);
export function useFlagSummaries(year: number) {
  return useLoadableQuery(OVERVIEW_FLAGS, { year, ...CHECKPOINT_VARIABLES }, selectFlags);
}

const selectGrades = (d: OverviewGradesQuery): KindDistribution[] => [
  { kind: 'SELF', distribution: d.self },
  { kind: 'DEPARTMENT', distribution: d.department },
  { kind: 'KEY', distribution: d.key },
  { kind: 'UNIT_WIDE', distribution: d.unitWide },
];
/** Grade distributions of every kind of evaluation of a budget year (evaluated the year after). */
export function useGradeDistributions(evaluatedYear: number) {
  return useLoadableQuery(OVERVIEW_GRADES, { year: evaluatedYear }, selectGrades);
}

const selectAgencies = (d: OverviewAgencyRatingsQuery) => d.agencyRatings;
export function useAgencyRatings(year: number) {
  return useLoadableQuery(OVERVIEW_AGENCY_RATINGS, { year }, selectAgencies);
}
