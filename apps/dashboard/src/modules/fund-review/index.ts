// 资金主管科室: the fund-owning sections' review of their family (审核上报) and the fund-family summary of the year.
export { FundSummaryPanel } from './components/FundSummaryPanel';
export {
  FUND_REVIEW_MONITORING_REPORT,
  FUND_REVIEW_SELF_EVALUATION,
  FUND_REVIEW_TARGETS,
} from './graphql/fund-review.graphql';
