// 领导驾驶舱: the cockpit's view (DashboardView, shared with the portfolio page), its charts and KPI row
// (reused by the big screen and the home pages).
export { AgencyRatingsChart } from './charts/agency-ratings/Chart';
export {
  agencyChartHeight,
  agencyRatingsOption,
  rankedAgencies,
  ratingWeights,
} from './charts/agency-ratings/transform';
export { ExecutionByFundFamilyChart } from './charts/execution-by-fund-family/Chart';
export { ExecutionByGroupChart } from './charts/execution-by-group/Chart';
export { ExecutionCheckpointsChart } from './charts/execution-checkpoints/Chart';
export { FlagsOverCheckpointsChart } from './charts/flags-over-checkpoints/Chart';
export { GradeDistributionChart } from './charts/grade-distribution/Chart';
export { DashboardView } from './components/DashboardView';
export { KpiRow } from './components/KpiRow';
export { useDashboardUrl, useYear } from '../../app/analytics/use-dashboard-url';
export { useYears } from '../../app/analytics/years';
export { useAgencyRatings } from './hooks/useOverviewQueries';
export { ExecutionRankingPanel, OverdueRankingPanel } from './rankings/RankingPanels';
