// 资金主管科室: the fund-owning sections' review of their family (审核上报) and the fund-family summary of the year.
export { FundSummaryPanel } from './components/FundSummaryPanel';
