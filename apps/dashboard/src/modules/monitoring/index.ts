// 绩效监控 (双监控): checkpoints, the unit's reports, their first review and confirmation.
export { CheckpointsPanel } from './components/CheckpointsPanel';
export { ReportPanel } from './components/ReportPanel';
export { ReportQueue } from './components/ReportQueue';
