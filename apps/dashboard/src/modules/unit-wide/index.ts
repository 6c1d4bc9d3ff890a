// 部门整体绩效: a unit's targets for its whole budget, its June report and its self-evaluation; the reviews,
// confirmations and the evaluation of the sections that work on them.
export { UnitWidePanel } from './components/UnitWidePanel';
export { UnitWideEvaluationQueue } from './components/UnitWideEvaluationQueue';
export { UnitWideMonitoringQueue } from './components/UnitWideMonitoringQueue';
export { UnitWideReviewQueue } from './components/UnitWideReviewQueue';
