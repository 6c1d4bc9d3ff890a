// The public entry of monitoring: checkpoints, reports and what other features need of them.
export { Checkpoint } from './checkpoint.types.js';
export { FailureReason, IndicatorActual, MonitoringReport, MonitoringReportConnection } from './report.types.js';
export { CheckpointReader } from './checkpoint.reader.js';
export { CheckpointChangesReader } from './changes.reader.js';
export { freezeConfirmedCheckpoints } from './freeze.js';
export { LATEST_REPORT_JOIN, latestReportOf, ReportReader } from './report.reader.js';
export { reportStillDue } from './expected-reports.js';
export { EXECUTION_RATE_DESCRIPTION, executionRateSql } from './execution-rate.js';
