// 对下级政府预算绩效管理评价 (issue 13 §2): the prefecture's panel (beside its county picker) and the county's form.
export { GovernmentSelfReportPanel } from './components/GovernmentSelfReportPanel';
export { PrefectureEvaluationsPanel } from './components/PrefectureEvaluationsPanel';
